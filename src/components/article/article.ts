import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BENEFIT_IDS } from '../../content/benefits.js';
import { QUESTION_IDS } from '../../content/faq.js';
import { property } from 'lit/decorators.js';
import { alternateName, intro, procedureName, whatIsIt } from '../../content/article.js';
import { steps, STEP_IDS } from '../../content/steps.js';
import * as ui from '../../content/ui.js';
import { heading } from '../../internal/heading.js';
import { ClinicEntries } from '../../internal/clinic.js';
import { MnElement } from '../../internal/mn-element.js';
import { JsonLdController, medicalProcedure } from '../../internal/structured-data.js';
import { theme } from '../../internal/theme.styles.js';
import { headingLevel, pickIds, warn } from '../../internal/tokens.js';
import { isoDate, safeHref } from '../../internal/url.js';
import type { MnFaqCard } from '../faq-card/faq-card.js';
import type { MnProcedureStepper } from '../procedure-stepper/procedure-stepper.js';
import { styles } from './article.styles.js';
import { SECTION_IDS, type BookDetail, type SectionId } from './article.types.js';

/**
 * The inner elements' parts, exported through the article under their element's prefix
 * (`button` of the accordion is `accordion-button`), so that one stylesheet reaches them all.
 */
const exported = (prefix: string, parts: string): string =>
  parts.replace(/[\w-]+/g, (part) => `${part}:${prefix}-${part}`).replaceAll(' ', ',');
const PARTS = {
  accordion: exported('accordion', 'item header button icon panel'),
  stepper: exported('stepper', 'list step step-button panel progress title previous next'),
  faq: exported('faq', 'card heading question button icon answer'),
  disclaimer: exported('disclaimer', 'note icon text'),
};

/** Keeps the attribute's text, so a warning can quote exactly what was written. */
const raw = { fromAttribute: (value: string | null) => value as unknown as number };

/**
 * The whole micro-needling article in one tag: the introduction, the key points, the treatment
 * step by step, the FAQ and the closing caution, with the clinic's booking link and a
 * medical-review byline. It composes the library's other elements.
 *
 * @tagname mn-article
 * @summary The complete treatment page: every element, in order, under one heading outline.
 *
 * @slot intro - The clinic's own introduction, shown first: `<div slot="intro">…</div>`.
 * @slot closing - The clinic's closing note, shown last: `<p slot="closing">…</p>`.
 * @slot - The clinic's own `<mn-benefit>`, `<mn-step>` and `<mn-faq-item>` entries, shown in the key points, the steps and the FAQ, as in those elements.
 *
 * @fires {CustomEvent<BookDetail>} mn-book - The visitor clicked the booking link; cancel it (preventDefault) to open your own booking widget instead of navigating. `detail: { url }`.
 *
 * @csspart article - The article element around everything.
 * @csspart section - Each section.
 * @csspart heading - Each section's heading.
 * @csspart intro - The introduction's paragraph.
 * @csspart booking - The "Book a consultation" link.
 * @csspart byline - The "Medically reviewed by … on …" line.
 * @csspart accordion-item - The inner accordion's parts, each under its name with `accordion-` before it: also `accordion-header`, `accordion-button`, `accordion-icon`, `accordion-panel`.
 * @csspart stepper-step-button - The inner stepper's parts, each with `stepper-` before it: also `stepper-list`, `stepper-step`, `stepper-panel`, `stepper-progress`, `stepper-title`, `stepper-previous`, `stepper-next`.
 * @csspart faq-button - The inner FAQ card's parts, each with `faq-` before it: also `faq-card`, `faq-heading`, `faq-question`, `faq-icon`, `faq-answer`.
 * @csspart disclaimer-note - The inner disclaimer's parts, each with `disclaimer-` before it: also `disclaimer-icon`, `disclaimer-text`.
 *
 * @cssprop [--mn-accent=#0b6e69] - The clinic's brand colour: the one input every accent colour below is derived from, with WCAG AA contrast on a light or a dark page.
 * @cssprop [--mn-accent-fill=derived] - Background of filled controls (Next, the booking link, completed steps): the accent, moved just far enough from its text colour for 4.5:1.
 * @cssprop [--mn-accent-text=derived] - Text and icons on the fill: white on a dark accent, black on a light one.
 * @cssprop [--mn-accent-ink=derived] - The accent as text, icon or line on the page (chevrons, icons, current and completed steps, Previous): at least 4.5:1 against the page, light or dark.
 * @cssprop [--mn-focus-ring=derived] - Colour of the focus ring around controls on the page (filled controls are ringed inside, in their text colour).
 * @cssprop [--mn-hover-surface=derived] - Background of a hovered header, question, step or Previous button: a tint of the accent.
 * @cssprop [--mn-text=inherit] - Text colour; inherits the page's by default (and tells the elements whether the page is light or dark).
 * @cssprop [--mn-muted-text=derived] - Secondary text: the byline and "Step 3 of 7"; the page's text colour at 78%.
 * @cssprop [--mn-surface=transparent] - Background of the inner elements.
 * @cssprop [--mn-border-color=derived] - Decorative borders and dividers of the inner elements; the text colour at 25%.
 * @cssprop [--mn-line-color=derived] - Lines that carry meaning, at 3:1 or more: the stepper's connectors and the rings of steps to come; the text colour at 62%.
 * @cssprop [--mn-radius=0.5rem] - Corner radius.
 * @cssprop [--mn-shadow=0 1px 3px rgb(0 0 0 / 0.12)] - Shadow of the FAQ card.
 * @cssprop [--mn-space=1rem] - The spacing unit every gap and padding is a multiple of.
 * @cssprop [--mn-font=inherit] - Font family; inherits the page's by default.
 * @cssprop [--mn-heading-font=inherit] - Font family of every section heading.
 */
export class MnArticle extends MnElement {
  static override styles = [theme, styles];

  /** Space-separated ids of the sections to show, in that order (intro benefits procedure faq disclaimer). The disclaimer is always kept. */
  @property() sections = '';

  /** Where "Book a consultation" goes: an http(s) URL or a same-site path. Anything else shows no link. */
  @property({ attribute: 'booking-url' }) bookingUrl = '';

  /** The booking link's text, replacing the localized "Book a consultation". */
  @property({ attribute: 'booking-label' }) bookingLabel = '';

  /** Who medically reviewed the article, shown in the byline. */
  @property({ attribute: 'reviewed-by' }) reviewedBy = '';

  /** When it was last reviewed, as an ISO date (2026-10-01). */
  @property({ attribute: 'last-reviewed' }) lastReviewed = '';

  /** Level (2 to 5) of the section headings; everything inside follows from it. */
  @property({ attribute: 'heading-level', converter: raw }) headingLevel = 2;

  /** Space-separated ids of the key points to show, in that order, the clinic's `<mn-benefit>` among them (as the accordion's `items`). */
  @property() items = '';

  /** Space-separated ids of the steps to show, in that order, the clinic's `<mn-step>` among them (as the stepper's `steps`). */
  @property() steps = '';

  /** Space-separated ids of the questions to show, in that order, the clinic's `<mn-faq-item>` among them (as the FAQ card's `questions`). */
  @property() questions = '';

  /** Keeps one JSON-LD block (MedicalWebPage with its MedicalProcedure, and the FAQPage) in this element's light DOM. */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  /**
   * @internal Checks the clinic's own children and sanitises them: the intro and closing, and the
   * entries it hands down to its accordion, stepper and FAQ card.
   */
  override readonly entries = new ClinicEntries(this, {
    tags: { 'mn-benefit': 'label', 'mn-step': 'label', 'mn-faq-item': 'question' },
    reserved: [...BENEFIT_IDS, ...STEP_IDS, ...QUESTION_IDS, 'intro', 'closing'],
    slots: ['intro', 'closing'],
  });

  /**
   * The entries of one kind, for the element that shows them, with a slot for each that hands
   * the clinic's own element down to it: `<mn-faq-card .clinic=…><slot name="price" slot="price">`.
   */
  private handed(tag: string) {
    const list = this.entries.list.filter((entry) => entry.tag === tag);
    return { list, slots: list.map(({ id }) => html`<slot name=${id} slot=${id}></slot>`) };
  }

  private level = 2;
  private shown: SectionId[] = [...SECTION_IDS];
  private href?: string;
  private reviewed?: Date;

  constructor() {
    super();
    // The JSON-LD block follows every update, and goes with the attribute or the element.
    new JsonLdController(this, () => (this.structuredData ? this.jsonLd() : undefined));
  }

  /**
   * While the page is parsed, the first render waits until the parser is past the article's end
   * tag: rendered before, it would show its sections first and the clinic's intro and entries as
   * they came, above and among them, moving what was painted. Nothing below it is parsed yet.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const past = (): boolean => {
      if (this.nextSibling) return true;
      for (let node = this.parentNode; node; node = node.parentNode) if (node.nextSibling) return true;
      return false;
    };
    if (this.hasUpdated || !this.entries.parsing || this.getRootNode() !== document || past())
      return super.scheduleUpdate();
    return new Promise<void>((done) => {
      const end = (): void => {
        observer.disconnect();
        document.removeEventListener('DOMContentLoaded', end);
        done();
      };
      const observer = new MutationObserver(() => past() && end());
      observer.observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', end);
    }).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = headingLevel(this, this.headingLevel, 2, 5, 2);
    if (changed.has('sections')) {
      this.shown = pickIds(this, this.sections, SECTION_IDS, 'sections');
      if (!this.shown.includes('disclaimer')) {
        warn(
          this,
          'the disclaimer section cannot be left out: results vary and a professional must be consulted. Keeping it.',
        );
        this.shown.push('disclaimer');
      }
    }
    if (changed.has('bookingUrl')) {
      this.href = safeHref(this.bookingUrl);
      if (this.bookingUrl && !this.href) {
        warn(
          this,
          `booking-url "${this.bookingUrl}" is not an http(s) URL or a same-site path; showing no booking link.`,
        );
      }
    }
    if (changed.has('lastReviewed')) {
      this.reviewed = isoDate(this.lastReviewed);
      if (this.lastReviewed && !this.reviewed) {
        warn(this, `last-reviewed "${this.lastReviewed}" is not an ISO date (YYYY-MM-DD); leaving the date out.`);
      }
    }
  }

  /** The page's structured data: a MedicalWebPage about the procedure, and the FAQ card's FAQPage. */
  jsonLd() {
    const locale = this.locale;
    const text = steps();
    const card = this.renderRoot.querySelector<MnFaqCard>('mn-faq-card');
    const { '@context': _, ...faq } = card?.faqPage() ?? {};
    // The steps as the stepper shows them, the clinic's among them; the article's seven without one.
    const stepper = this.renderRoot.querySelector<MnProcedureStepper>('mn-procedure-stepper');
    const procedure = stepper
      ? (({ '@context': _c, inLanguage: _l, ...steps }) => steps)(stepper.jsonLd())
      : medicalProcedure(
          procedureName(),
          alternateName(),
          intro(),
          STEP_IDS.map((id) => text[id]),
          text.recovery.body,
        );
    const page = {
      '@type': 'MedicalWebPage',
      name: whatIsIt(),
      inLanguage: locale,
      about: procedure,
      ...(this.reviewed && { lastReviewed: this.lastReviewed.trim() }),
      ...(this.reviewedBy.trim() && { reviewedBy: { '@type': 'Person', name: this.reviewedBy.trim() } }),
    };
    return { '@context': 'https://schema.org', '@graph': card ? [page, faq] : [page] };
  }

  private byline(): TemplateResult | typeof nothing {
    const name = this.reviewedBy.trim();
    const date = this.reviewed
      ? new Intl.DateTimeFormat(this.textLang, { dateStyle: 'long', timeZone: 'UTC' }).format(this.reviewed)
      : '';
    const line =
      name && date ? ui.reviewedByOn(name, date) : name ? ui.reviewedBy(name) : date ? ui.reviewedOn(date) : '';
    return line ? html`<p part="byline">${line}</p>` : nothing;
  }

  private onBook(event: MouseEvent): void {
    const detail: BookDetail = { url: this.href! };
    const book = new CustomEvent('mn-book', { bubbles: true, composed: true, cancelable: true, detail });
    if (!this.dispatchEvent(book)) event.preventDefault();
  }

  private section(id: SectionId, cta: TemplateResult | typeof nothing): TemplateResult {
    const level = this.level;
    switch (id) {
      case 'intro':
        return html`<section part="section">${heading(level, 'heading', whatIsIt())}<p part="intro">${intro()}</p></section>`;
      case 'benefits': {
        const { list, slots } = this.handed('mn-benefit');
        return html`<section part="section">
          ${heading(level, 'heading', ui.benefits())}
          <mn-benefits-accordion exportparts=${PARTS.accordion} heading-level=${level + 1} items=${this.items || nothing} .clinic=${list}>${slots}</mn-benefits-accordion>
        </section>`;
      }
      case 'procedure': {
        const { list, slots } = this.handed('mn-step');
        return html`<section part="section">
          ${heading(level, 'heading', ui.procedure())}
          <mn-procedure-stepper exportparts=${PARTS.stepper} heading-level=${level + 1} steps=${this.steps || nothing} .clinic=${list}>${slots}</mn-procedure-stepper>
          ${cta}
        </section>`;
      }
      case 'faq': {
        const { list, slots } = this.handed('mn-faq-item');
        // The card's own "Frequently asked questions" heading is the section's heading.
        return html`<section part="section"><mn-faq-card exportparts=${PARTS.faq} heading-level=${level} questions=${this.questions || nothing} .clinic=${list}>${slots}</mn-faq-card></section>`;
      }
      case 'disclaimer':
        return html`<section part="section">
          ${heading(level, 'heading', ui.resultsVary())}
          <mn-disclaimer exportparts=${PARTS.disclaimer}></mn-disclaimer>
        </section>`;
    }
  }

  protected override render() {
    const cta = this.href
      ? html`<p class="cta"><a part="booking" href=${this.href} @click=${this.onBook}>${this.bookingLabel.trim() || ui.book()}</a></p>`
      : nothing;
    const last = this.shown[this.shown.length - 1];
    return html`<article part="article" lang=${this.textLang} dir=${this.textDir}>
      <slot name="intro"></slot>
      ${this.byline()} ${this.shown.map((id) => this.section(id, cta))} ${last === 'procedure' ? nothing : cta}
      <slot name="closing"></slot>
    </article>`;
  }
}
