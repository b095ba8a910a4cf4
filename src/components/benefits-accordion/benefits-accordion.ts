import { nothing, type PropertyValues } from 'lit';
import { html } from 'lit/static-html.js';
import { property } from 'lit/decorators.js';
import { benefits, BENEFIT_IDS, type BenefitId } from '../../content/benefits.js';
import { DisclosureController, type DisclosureHost } from '../../internal/disclosure.js';
import { disclosureStyles } from '../../internal/disclosure.styles.js';
import { fixed, headingTag, NONE } from '../../internal/heading.js';
import { moveFocus } from '../../internal/keys.js';
import { ClinicEntries } from '../../internal/clinic.js';
import { MnElement } from '../../internal/mn-element.js';
import { theme } from '../../internal/theme.styles.js';
import { headingLevel, tokens, warn } from '../../internal/tokens.js';

/** Space-separated lists reflect as an attribute only while they hold something. */
const list = { toAttribute: (value: string) => value || null };
/** Keeps the attribute's text, so a warning can quote exactly what was written. */
const raw = { fromAttribute: (value: string | null) => value as unknown as number };

/** Panels are landmarks only while few enough can be open to keep the landmark list useful. */
const MAX_REGIONS = 6;

/**
 * The ten key benefits of micro-needling, from the article, as a WAI-ARIA accordion.
 *
 * @tagname mn-benefits-accordion
 * @summary The article's ten key points about micro-needling as an accessible accordion.
 *
 * The clinic's own points go in as children, after the article's (or where `items` places their
 * ids): `<mn-benefit label="Numbing cream for comfort">…</mn-benefit>`, slotted by `id` (or one
 * made from the label), their text kept in the page's light DOM with anything that could run
 * code taken out.
 *
 * @fires {CustomEvent<ToggleDetail>} mn-toggle - An item opened or closed, by the visitor or a method. `detail: { id, open }`.
 *
 * @csspart item - The wrapper of one benefit (header and panel).
 * @csspart header - The heading element around each header button.
 * @csspart button - The header button that opens and closes a benefit.
 * @csspart icon - The chevron inside each header button.
 * @csspart panel - The panel holding a benefit's text.
 *
 * @cssprop [--mn-accent=#0b6e69] - The clinic's brand colour: the one input every accent colour below is derived from, with WCAG AA contrast on a light or a dark page.
 * @cssprop [--mn-accent-ink=derived] - The accent as text, icon or line on the page (chevrons, icons, current and completed steps, Previous): at least 4.5:1 against the page, light or dark.
 * @cssprop [--mn-focus-ring=derived] - Colour of the focus ring around controls on the page (filled controls are ringed inside, in their text colour).
 * @cssprop [--mn-hover-surface=derived] - Background of a hovered header, question, step or Previous button: a tint of the accent.
 * @cssprop [--mn-text=inherit] - Text colour; inherits the page's by default (and tells the elements whether the page is light or dark).
 * @cssprop [--mn-surface=transparent] - Background of the list of benefits.
 * @cssprop [--mn-border-color=derived] - Decorative borders and dividers between benefits; the text colour at 25%.
 * @cssprop [--mn-radius=0.5rem] - Corner radius.
 * @cssprop [--mn-space=1rem] - The spacing unit every gap and padding is a multiple of.
 * @cssprop [--mn-font=inherit] - Font family; inherits the page's by default.
 */
export class MnBenefitsAccordion extends MnElement implements DisclosureHost {
  static override styles = [theme, disclosureStyles];

  /** Space-separated ids of the benefits to show, in that order, the clinic's among them. Empty shows the article's ten, then the clinic's. */
  @property() items = '';

  /** Space-separated ids of the expanded benefits; kept in step as the visitor toggles. */
  @property({ reflect: true, converter: list }) open = '';

  /** Lets several benefits be open at once; without it, opening one closes the others. */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /** Level (2 to 6) of the heading around each header button. */
  @property({ attribute: 'heading-level', converter: raw }) headingLevel = 3;

  private readonly disclosure = new DisclosureController(this);

  /** @internal The clinic's own points: `<mn-benefit>` children. */
  override readonly entries = new ClinicEntries(this, { tags: { 'mn-benefit': 'label' }, reserved: BENEFIT_IDS });

  private level = 3;
  /** The entries' version that `open` was last checked against. */
  private checked = 0;

  /** The ids shown, in order: the article's and the clinic's. */
  get shown(): readonly string[] {
    return this.entries.shown(this.items, 'items');
  }

  /** Opens one benefit (closing the others unless `multiple`). */
  show(id: BenefitId | (string & {})): void {
    this.disclosure.set(id, true);
  }

  /** Closes one benefit. */
  hide(id: BenefitId | (string & {})): void {
    this.disclosure.set(id, false);
  }

  /** Opens a closed benefit or closes an open one. */
  toggle(id: BenefitId | (string & {})): void {
    this.disclosure.toggle(id);
  }

  /** Opens every shown benefit, even without `multiple`. */
  showAll(): void {
    this.disclosure.showAll();
  }

  /** Closes every benefit. */
  hideAll(): void {
    this.disclosure.hideAll();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = headingLevel(this, this.headingLevel, 2, 6, 3);
    if (changed.has('open') || changed.has('items') || this.checked !== this.entries.version) {
      this.checked = this.entries.version;
      const stray = tokens(this.open).filter((id) => !this.shown.includes(id));
      if (stray.length && !this.entries.parsing)
        warn(this, `open names "${stray.join(' ')}", which is not shown; ignoring it.`);
    }
  }

  protected override render() {
    const text = benefits();
    const expanded = this.disclosure.expanded;
    const region = this.shown.length <= MAX_REGIONS;
    const h = headingTag(this.level);
    // One click and one beforematch listener for all items (both bubble), not two per item. Text
    // goes in through text bindings (not .textContent), so that the server renders it too.
    return html`<div
      class="list"
      lang=${this.textLang}
      dir=${this.textDir}
      @keydown=${this.onKeydown}
      @click=${this.disclosure.onClick}
      @beforematch=${this.disclosure.onBeforeMatch}
    >
      ${this.shown.map((id) => {
        const entry = this.entries.get(id);
        // The clinic's ids are bound, never written into the template (see fixed()).
        if (entry) {
          return html`<div part="item" class="item"><${h} part="header"><button part="button" id=${`button-${id}`} aria-controls=${`panel-${id}`} aria-expanded=${expanded.has(id)}><span class="title">${entry.label}</span><span part="icon" class="icon chevron" aria-hidden="true"></span></button></${h}><div part="panel" class="panel" id=${`panel-${id}`} role=${region ? 'region' : nothing} aria-labelledby=${region ? `button-${id}` : nothing} hidden=${this.disclosure.hidden(id, expanded)}><div class="body"><slot name=${id}></slot></div></div></div>`;
        }
        const sid = fixed(id);
        return html`<div part="item" class="item"><${h} part="header"><button part="button" id="button-${sid}" aria-controls="panel-${sid}" aria-expanded=${expanded.has(id)}><span class="title">${text[id as BenefitId].title}</span><span part="icon" class="icon chevron" aria-hidden="true"></span></button></${h}><div part="panel" class="panel" id="panel-${sid}" ${region ? fixed(`role="region" aria-labelledby="button-${id}"`) : NONE} hidden=${this.disclosure.hidden(id, expanded)}><p class="body">${text[id as BenefitId].body}</p></div></div>`;
      })}
    </div>`;
  }

  private onKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part="button"]')];
    moveFocus(event, buttons, 'ArrowUp', 'ArrowDown');
  }
}
