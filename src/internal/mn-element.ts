import { LitElement, nothing } from 'lit';
import { getLocale, isRtl, localeReady, track } from '../i18n/locale.js';

/**
 * The one base class: every element re-renders when the library's locale changes, waits for
 * the page's language before its first render, and lays itself out right to left when the
 * locale is written that way, whatever the page around it does.
 */
export class MnElement extends LitElement {
  override connectedCallback(): void {
    super.connectedCallback();
    track(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    track(this, false);
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = localeReady();
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** `lang` for the shadow root's outer element. */
  protected get textLang(): string {
    return getLocale();
  }

  /** `dir` for the shadow root's outer element: rtl for a right-to-left locale, else the page's. */
  protected get textDir(): 'rtl' | typeof nothing {
    return isRtl() ? 'rtl' : nothing;
  }
}
