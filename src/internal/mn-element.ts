import { LitElement, ReactiveElement, nothing, type PropertyValues } from 'lit';
import { hydrate } from '@lit-labs/ssr-client';
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
import type { ClinicEntries, Entry } from './clinic.js';

declare const __VERSION__: string;

/**
 * The one base class: every element renders in its locale (its own `lang`, an ancestor's, or
 * the page's), re-renders when that changes, waits for the translation before its first render,
 * and lays itself out right to left when the locale is written that way, whatever the page
 * around it does.
 */
export class MnElement extends LitElement implements LocalizedElement {
  /** The locale of the last render: `lang` and `dir` of the shadow root's outer element. */
  renderedLocale?: string;

  /** The shadow root came with the page (declarative shadow DOM, from the prerenderer) and is not taken over yet. */
  private prerendered?: boolean;

  /** Waiting for the page to be parsed (see connectedCallback). */
  private parsing?: boolean;

  /** @internal The clinic's own entries, in the elements that take them. */
  readonly entries?: ClinicEntries;

  /** @internal The clinic's entries of this element's kind, handed down by the `<mn-article>` it is in. */
  set clinic(entries: readonly Entry[]) {
    this.entries?.feed(entries);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The locale this element shows: its `lang` (or its nearest ancestor's) if shipped, else the page's. */
  get locale(): string {
    return localeOf(this);
  }

  override connectedCallback(): void {
    // Upgraded while the page is still being parsed (a script in <head>, or async): the
    // declarative shadow root the prerenderer wrote after its start tag may not be there yet,
    // or only in part. Wait for the whole page, once, rather than attach an empty shadow root
    // or take over half of one.
    if (this.hasAttribute('prerendered') && document.readyState === 'loading') {
      // eslint-disable-next-line wc/require-listener-teardown
      if (!this.parsing) document.addEventListener('DOMContentLoaded', () => this.parsed(), { once: true });
      // The clinic's children the parser adds meanwhile are sanitised as they come, all the same.
      this.entries?.hostConnected();
      return void (this.parsing = true);
    }
    super.connectedCallback();
    track(this, true);
  }

  override disconnectedCallback(): void {
    if (this.parsing) return;
    super.disconnectedCallback();
    track(this, false);
  }

  private parsed(): void {
    this.parsing = false;
    if (this.isConnected) this.connectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // Inside another element of the library (the article's FAQ card): after that one's first
    // render, which hands this one what it needs (the clinic's entries) as it takes over a
    // prerendered shadow root.
    const outer = this.hasUpdated ? undefined : ((this.getRootNode() as ShadowRoot).host as MnElement | undefined);
    const first = outer instanceof MnElement && !outer.hasUpdated ? outer.updateComplete : undefined;
    const ready = localeReady(this);
    return ready || first ? Promise.all([ready, first]).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override performUpdate(): void {
    const locale = localeOf(this);
    const before = this.renderedLocale;
    this.renderedLocale = locale;
    inLocale(locale, () => super.performUpdate());
    // Elements rendered inside this one follow it.
    if (before !== undefined && before !== locale) refresh();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.prerendered = !!this.shadowRoot;
    return super.createRenderRoot();
  }

  /**
   * What the first render depends on, as the prerenderer writes it into the shadow root
   * (`<!--mn-state …-->`): the library's version (its templates and its text), the locale, the
   * direction, every property and the clinic's entries, one a line, as plain text (nothing of
   * Lit's internals); `%` and `-` escaped, so that no value can end the comment, and all beyond
   * ASCII, so that it reads the same in a page of any encoding.
   */
  get renderState(): string {
    const props = [...(this.constructor as typeof ReactiveElement).elementProperties.keys()];
    const entries = this.entries?.list.flatMap(({ id, label }) => [id, label]) ?? [];
    return (
      [
        __VERSION__,
        this.renderedLocale,
        // The direction written on the element's root, or none (Lit's `nothing`, an internal).
        typeof this.textDir === 'string' ? this.textDir : '',
        ...props.map((p) => String(this[p as keyof this])),
        ...entries,
      ]
        .join('\n')
        .replace(/[%-]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)
        // Beyond ASCII, four hex digits a unit: a comment the same in a page of any encoding.
        .replace(/[^\0-\x7f]/g, (c) => `%u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    );
  }

  /**
   * Takes over a prerendered shadow root in place (hydration: the nodes the visitor sees stay,
   * Lit only attaches its parts and listeners), when it was rendered from the same state;
   * otherwise, or if the markup is not what this version renders, renders afresh, silently.
   */
  protected override update(changed: PropertyValues): void {
    if (!this.prerendered) return super.update(changed);
    const root = this.renderRoot as ShadowRoot & { _$litPart$?: unknown };
    const value = this.render();
    this.prerendered = false;
    // Lit renders before the root's first child when it has one; the part lives on the root.
    this.renderOptions.renderBefore = null;
    if (root.firstChild?.nodeValue === `mn-state ${this.renderState}`) {
      try {
        ReactiveElement.prototype['update'].call(this, changed);
        hydrate(value, root, this.renderOptions);
        // Taken over as served; what the browser shows otherwise is rendered at once, on those nodes.
        if (this.unlikeServer) super.update(changed);
        return;
      } catch {
        delete root._$litPart$;
      }
    }
    root.replaceChildren();
    super.update(changed);
  }

  /**
   * Set by a render that takes over a prerendered shadow root (so renders what the server did)
   * when the browser shows something else: the element renders again, in the same update.
   */
  protected unlikeServer = false;

  /** Whether this render takes over a prerendered shadow root: it must render what the server did. */
  protected get hydrating(): boolean {
    return !!this.prerendered;
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
