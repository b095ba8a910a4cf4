import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
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
import { styles } from './article.styles.js';
import { SECTION_IDS, type BookDetail, type SectionId } from './article.types.js';

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
 *
 * @fires {CustomEvent<BookDetail>} mn-book - The visitor clicked the booking link; cancel it (preventDefault) to open your own booking widget instead of navigating. `detail: { url }`.
 *
 * @csspart article - The article element around everything.
 * @csspart section - Each section.
 * @csspart heading - Each section's heading.
 * @csspart intro - The introduction's paragraph.
 * @csspart booking - The "Book a consultation" link.
 * @csspart byline - The "Medically reviewed by … on …" line.
 *
 * @cssprop [--mn-accent=#0b6e69] - Accent colour of every part, and of the booking link.
 * @cssprop [--mn-accent-text=#fff] - Text on the booking link.
 * @cssprop [--mn-text] - Text colour; inherits the page's by default.
 * @cssprop [--mn-muted-text] - Colour of the byline.
 * @cssprop [--mn-surface=transparent] - Background of the inner elements.
 * @cssprop [--mn-border-color] - Colour of borders.
 * @cssprop [--mn-radius=0.5rem] - Corner radius.
 * @cssprop [--mn-space=1rem] - Spacing unit.
 * @cssprop [--mn-font] - Font family; inherits the page's by default.
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

  /** Keeps one JSON-LD block (MedicalWebPage with its MedicalProcedure, and the FAQPage) in this element's light DOM. */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  /** @internal Checks the clinic's own children (the intro and closing slots) and sanitises them. */
  override readonly entries = new ClinicEntries(this, { slots: ['intro', 'closing'] });

  private level = 2;
  private shown: SectionId[] = [...SECTION_IDS];
  private href?: string;
  private reviewed?: Date;

  constructor() {
    super();
    // The JSON-LD block follows every update, and goes with the attribute or the element.
    new JsonLdController(this, () => (this.structuredData ? this.jsonLd() : undefined));
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
    const page = {
      '@type': 'MedicalWebPage',
      name: whatIsIt(),
      inLanguage: locale,
      about: medicalProcedure(
        procedureName(),
        alternateName(),
        intro(),
        STEP_IDS.map((id) => text[id]),
        text.recovery.body,
      ),
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
      case 'benefits':
        return html`<section part="section">
          ${heading(level, 'heading', ui.benefits())}
          <mn-benefits-accordion heading-level=${level + 1}></mn-benefits-accordion>
        </section>`;
      case 'procedure':
        return html`<section part="section">
          ${heading(level, 'heading', ui.procedure())}
          <mn-procedure-stepper heading-level=${level + 1}></mn-procedure-stepper>
          ${cta}
        </section>`;
      case 'faq':
        // The card's own "Frequently asked questions" heading is the section's heading.
        return html`<section part="section"><mn-faq-card heading-level=${level}></mn-faq-card></section>`;
      case 'disclaimer':
        return html`<section part="section">
          ${heading(level, 'heading', ui.resultsVary())}
          <mn-disclaimer></mn-disclaimer>
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
