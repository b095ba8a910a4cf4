import type { PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { QUESTION_IDS, questions, type QuestionId } from '../../content/faq.js';
import * as ui from '../../content/ui.js';
import { DisclosureController, type DisclosureHost } from '../../internal/disclosure.js';
import { disclosureStyles } from '../../internal/disclosure.styles.js';
import { fixed, heading, headingTag } from '../../internal/heading.js';
import { ClinicEntries } from '../../internal/clinic.js';
import { MnElement } from '../../internal/mn-element.js';
import { faqPage, JsonLdController } from '../../internal/structured-data.js';
import { theme } from '../../internal/theme.styles.js';
import { headingLevel, tokens, warn } from '../../internal/tokens.js';
import { styles } from './faq-card.styles.js';

/** Space-separated lists reflect as an attribute only while they hold something. */
const list = { toAttribute: (value: string) => value || null };
/** Keeps the attribute's text, so a warning can quote exactly what was written. */
const raw = { fromAttribute: (value: string | null) => value as unknown as number };

/**
 * The questions visitors arrive with, answered in the article's words, as WAI-ARIA disclosures;
 * optionally described to search engines as schema.org FAQPage JSON-LD.
 *
 * @tagname mn-faq-card
 * @summary The article's answers as an FAQ card, with structured data from the same text.
 *
 * The clinic's own questions go in as children, after the article's (or where `questions`
 * places their ids): `<mn-faq-item question="How much does a session cost?">From 150 €.</mn-faq-item>`.
 * Each is slotted by its `id` (or one made from its question); its answer stays in the page's
 * light DOM, as the clinic wrote it, with anything that could run code taken out.
 *
 * @fires {CustomEvent<ToggleDetail>} mn-toggle - An answer opened or closed, by the visitor or a method. `detail: { id, open }`.
 *
 * @csspart card - The card around the questions (the heading stands above it).
 * @csspart heading - The "Frequently asked questions" heading.
 * @csspart question - One question and its answer.
 * @csspart button - The button that shows or hides an answer.
 * @csspart icon - The chevron inside each button.
 * @csspart answer - The answer's panel.
 *
 * @cssprop [--mn-accent=#0b6e69] - The clinic's brand colour: the one input every accent colour below is derived from, with WCAG AA contrast on a light or a dark page.
 * @cssprop [--mn-accent-ink=derived] - The accent as text, icon or line on the page (chevrons, icons, current and completed steps, Previous): at least 4.5:1 against the page, light or dark.
 * @cssprop [--mn-focus-ring=derived] - Colour of the focus ring around controls on the page (filled controls are ringed inside, in their text colour).
 * @cssprop [--mn-hover-surface=derived] - Background of a hovered header, question, step or Previous button: a tint of the accent.
 * @cssprop [--mn-text=inherit] - Text colour; inherits the page's by default (and tells the elements whether the page is light or dark).
 * @cssprop [--mn-surface=transparent] - Background of the card.
 * @cssprop [--mn-border-color=derived] - Decorative borders and dividers of the card and between questions; the text colour at 25%.
 * @cssprop [--mn-radius=0.5rem] - Corner radius.
 * @cssprop [--mn-shadow=0 1px 3px rgb(0 0 0 / 0.12)] - Shadow of the FAQ card.
 * @cssprop [--mn-space=1rem] - The spacing unit every gap and padding is a multiple of.
 * @cssprop [--mn-font=inherit] - Font family; inherits the page's by default.
 * @cssprop [--mn-heading-font=inherit] - Font family of the "Frequently asked questions" heading.
 */
export class MnFaqCard extends MnElement implements DisclosureHost {
  static override styles = [theme, disclosureStyles, styles];

  /** Space-separated ids of the questions to show, in that order, the clinic's among them. Empty shows the article's eight, then the clinic's. */
  @property() questions = '';

  /** Space-separated ids of the questions whose answers are shown; kept in step as the visitor toggles. */
  @property({ reflect: true, converter: list }) open = '';

  /** Level (2 to 5) of the card's heading; each question is a heading one level below. */
  @property({ attribute: 'heading-level', converter: raw }) headingLevel = 2;

  /** Keeps a schema.org FAQPage JSON-LD block of the questions shown in this element's light DOM. */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  /** Disclosures are independent: any number of answers may be open. */
  readonly multiple = true;

  private readonly disclosure = new DisclosureController(this);

  /** @internal The clinic's own questions: `<mn-faq-item>` children. */
  override readonly entries = new ClinicEntries(this, { tags: { 'mn-faq-item': 'question' }, reserved: QUESTION_IDS });

  constructor() {
    super();
    // The JSON-LD block follows every update, and goes with the attribute or the element.
    new JsonLdController(this, () => (this.structuredData ? this.faqPage() : undefined));
  }
  private level = 2;
  /** The entries' version that `open` was last checked against. */
  private checked = 0;

  /** The ids shown, in order: the article's and the clinic's. */
  get shown(): readonly string[] {
    return this.entries.shown(this.questions, 'questions');
  }

  /** Shows one answer. */
  show(id: QuestionId | (string & {})): void {
    this.disclosure.set(id, true);
  }

  /** Hides one answer. */
  hide(id: QuestionId | (string & {})): void {
    this.disclosure.set(id, false);
  }

  /** Shows a hidden answer or hides a shown one. */
  toggle(id: QuestionId | (string & {})): void {
    this.disclosure.toggle(id);
  }

  /** Shows every answer. */
  showAll(): void {
    this.disclosure.showAll();
  }

  /** Hides every answer. */
  hideAll(): void {
    this.disclosure.hideAll();
  }

  /** The schema.org FAQPage of the questions shown, in the card's locale, exactly as the card shows them. */
  faqPage() {
    return this.inLocale(() => {
      const text = questions();
      return faqPage(
        this.shown.map((id) => {
          const entry = this.entries.get(id);
          return entry ? { question: entry.label, answer: entry.text } : text[id as QuestionId];
        }),
        this.locale,
      );
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = headingLevel(this, this.headingLevel, 2, 5, 2);
    if (changed.has('open') || changed.has('questions') || this.checked !== this.entries.version) {
      this.checked = this.entries.version;
      const stray = tokens(this.open).filter((id) => !this.shown.includes(id));
      if (stray.length && !this.entries.parsing)
        warn(this, `open names "${stray.join(' ')}", which is not shown; ignoring it.`);
    }
  }

  protected override render() {
    const text = questions();
    const expanded = this.disclosure.expanded;
    const h = headingTag(this.level + 1);
    // One click and one beforematch listener for all questions (both bubble), not two each;
    // the keyboard reaches the buttons themselves.
    // The heading stands above the card, as every section's heading does in <mn-article>.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div lang=${this.textLang} dir=${this.textDir} @click=${this.disclosure.onClick} @beforematch=${this.disclosure.onBeforeMatch}>
      ${heading(this.level, 'heading', ui.faq())}
      <div part="card" class="list card">${this.shown.map((id) => {
        const entry = this.entries.get(id);
        // The clinic's ids are bound, never written into the template (see fixed()).
        if (entry) {
          return html`<div part="question" class="item"><${h}><button part="button" id=${`button-${id}`} aria-controls=${`panel-${id}`} aria-expanded=${expanded.has(id)}><span class="title">${entry.label}</span><span part="icon" class="icon chevron" aria-hidden="true"></span></button></${h}><div part="answer" class="panel" id=${`panel-${id}`} hidden=${this.disclosure.hidden(id, expanded)}><div class="body"><slot name=${id}></slot></div></div></div>`;
        }
        const sid = fixed(id);
        return html`<div part="question" class="item"><${h}><button part="button" id="button-${sid}" aria-controls="panel-${sid}" aria-expanded=${expanded.has(id)}><span class="title">${text[id as QuestionId].question}</span><span part="icon" class="icon chevron" aria-hidden="true"></span></button></${h}><div part="answer" class="panel" id="panel-${sid}" hidden=${this.disclosure.hidden(id, expanded)}><p class="body">${text[id as QuestionId].answer}</p></div></div>`;
      })}</div>
    </div>`;
  }
}
