import { LitElement, nothing } from 'lit';
import {
  getLocale,
  inLocale,
  isRtl,
  localeOf,
  localeReady,
  refresh,
  track,
  type LocalizedElement,
} from '../i18n/locale.js';

/**
 * The one base class: every element renders in its locale (its own `lang`, an ancestor's, or
 * the page's), re-renders when that changes, waits for the translation before its first render,
 * and lays itself out right to left when the locale is written that way, whatever the page
 * around it does.
 */
export class MnElement extends LitElement implements LocalizedElement {
  /** The locale of the last render: `lang` and `dir` of the shadow root's outer element. */
  renderedLocale?: string;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The locale this element shows: its `lang` (or its nearest ancestor's) if shipped, else the page's. */
  get locale(): string {
    return localeOf(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    track(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    track(this, false);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = localeReady(this);
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override performUpdate(): void {
    const locale = localeOf(this);
    const before = this.renderedLocale;
    this.renderedLocale = locale;
    inLocale(locale, () => super.performUpdate());
    // Elements rendered inside this one follow it.
    if (before !== undefined && before !== locale) refresh();
  }

  /** Runs `read` in this element's locale: for text it produces outside its own render. */
  protected inLocale<T>(read: () => T): T {
    return inLocale(this.locale, read);
  }

  /** `lang` for the shadow root's outer element. */
  protected get textLang(): string {
    return this.renderedLocale ?? this.locale;
  }

  /**
   * `dir` for the shadow root's outer element: rtl for a right-to-left locale, ltr for a
   * left-to-right one other than the page's (an English card in an Arabic page), else the page's.
   */
  protected get textDir(): 'rtl' | 'ltr' | typeof nothing {
    const locale = this.textLang;
    return isRtl(locale) ? 'rtl' : locale === getLocale() ? nothing : 'ltr';
  }
}
