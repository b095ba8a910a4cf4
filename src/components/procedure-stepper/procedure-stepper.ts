import { html, isServer, nothing, type PropertyValues } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { alternateName, intro, procedureName } from '../../content/article.js';
import { steps, STEP_IDS, type StepId } from '../../content/steps.js';
import * as ui from '../../content/ui.js';
import { ClinicEntries } from '../../internal/clinic.js';
import { heading, headingTag } from '../../internal/heading.js';
import { moveFocus } from '../../internal/keys.js';
import { MnElement } from '../../internal/mn-element.js';
import { JsonLdController, medicalProcedure } from '../../internal/structured-data.js';
import { theme } from '../../internal/theme.styles.js';
import { formatNumber, headingLevel, warn } from '../../internal/tokens.js';
import { styles } from './procedure-stepper.styles.js';
import { ORIENTATIONS, type Orientation, type StepChangeDetail } from './procedure-stepper.types.js';

/** Keeps the attribute's text, so a warning can quote exactly what was written. */
const raw = { fromAttribute: (value: string | null) => value as unknown as number };

/**
 * The micro-needling treatment, step by step: consultation, cleansing, light peel,
 * micro-needling, product absorption, recovery and a series of treatments.
 *
 * @tagname mn-procedure-stepper
 * @summary The treatment journey as an accessible stepper that says "Step 3 of 7".
 *
 * The clinic's own steps go in as children, after the article's (or where `steps` places their
 * ids): `<mn-step label="Numbing cream">…</mn-step>`, slotted by `id` (or one made from the
 * label), their text kept in the page's light DOM with anything that could run code taken out.
 *
 * @fires {CustomEvent<StepChangeDetail>} mn-step-change - The visitor or a method moved to another step (not on first render). `detail: { index, id, previousIndex }`.
 *
 * @csspart list - The ordered list of steps.
 * @csspart step - One step of the list.
 * @csspart step-button - The button that shows a step.
 * @csspart panel - The panel with the current step's title and text.
 * @csspart progress - The "Step 3 of 7" line.
 * @csspart title - The heading with the current step's title.
 * @csspart previous - The Previous button.
 * @csspart next - The Next button.
 *
 * @cssprop [--mn-accent=#0b6e69] - The clinic's brand colour: the one input every accent colour below is derived from, with WCAG AA contrast on a light or a dark page.
 * @cssprop [--mn-accent-fill=derived] - Background of filled controls (Next, the booking link, completed steps): the accent, moved just far enough from its text colour for 4.5:1.
 * @cssprop [--mn-accent-text=derived] - Text and icons on the fill: white on a dark accent, black on a light one.
 * @cssprop [--mn-accent-ink=derived] - The accent as text, icon or line on the page (chevrons, icons, current and completed steps, Previous): at least 4.5:1 against the page, light or dark.
 * @cssprop [--mn-focus-ring=derived] - Colour of the focus ring around controls on the page (filled controls are ringed inside, in their text colour).
 * @cssprop [--mn-hover-surface=derived] - Background of a hovered header, question, step or Previous button: a tint of the accent.
 * @cssprop [--mn-text=inherit] - Text colour; inherits the page's by default (and tells the elements whether the page is light or dark).
 * @cssprop [--mn-muted-text=derived] - Secondary text: "Step 3 of 7"; the page's text colour at 78%.
 * @cssprop [--mn-surface=transparent] - Background of the step panel.
 * @cssprop [--mn-border-color=derived] - Decorative borders and dividers of the step panel; the text colour at 25%.
 * @cssprop [--mn-line-color=derived] - Lines that carry meaning, at 3:1 or more: the stepper's connectors and the rings of steps to come; the text colour at 62%.
 * @cssprop [--mn-radius=0.5rem] - Corner radius.
 * @cssprop [--mn-space=1rem] - The spacing unit every gap and padding is a multiple of.
 * @cssprop [--mn-font=inherit] - Font family; inherits the page's by default.
 * @cssprop [--mn-heading-font=inherit] - Font family of the step's title.
 */
export class MnProcedureStepper extends MnElement {
  static override styles = [theme, styles];

  /** The 0-based index of the current step; out of range is clamped, anything else gives 0. */
  @property({ attribute: 'active-step', reflect: true, converter: raw }) activeStep = 0;

  /** Space-separated ids of the steps to show, in that order, the clinic's among them. Empty shows the article's seven, then the clinic's. */
  @property() steps = '';

  /** `horizontal` (a row of steps, stacking when its container is too narrow) or `vertical`. */
  @property({ reflect: true }) orientation: Orientation = 'horizontal';

  /** Level (2 to 6) of the heading that holds the current step's title. */
  @property({ attribute: 'heading-level', converter: raw }) headingLevel = 3;

  /** Keeps a schema.org MedicalProcedure JSON-LD block, with the steps shown, in this element's light DOM. */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  /** What the live region says: set only after a change, so nothing is announced on load. */
  @state() private announcement = '';

  /** @internal The clinic's own steps: `<mn-step>` children. */
  override readonly entries = new ClinicEntries(this, { tags: { 'mn-step': 'label' }, reserved: STEP_IDS });

  constructor() {
    super();
    // The JSON-LD block follows every update, and goes with the attribute or the element.
    new JsonLdController(this, () => (this.structuredData ? this.jsonLd() : undefined));
  }

  private level = 3;
  private index = 0;
  /** The entries' version that `active-step` was last checked against. */
  private checked = 0;
  /** The id of the step shown, which a change of the clinic's steps keeps. */
  private currentId?: string;
  /** Printing: a clinic's step is slotted into the checklist, which is what prints. */
  private printing = false;
  private listening = false;

  /** The ids shown, in order: the article's and the clinic's. */
  get shown(): readonly string[] {
    return this.entries.shown(this.steps, 'steps');
  }

  /** A step's title and text: the article's, or the clinic's label and text as read. */
  private step(id: string): { title: string; body: string } {
    const entry = this.entries.get(id);
    return entry ? { title: entry.label, body: entry.text } : steps()[id as StepId];
  }

  /** The schema.org MedicalProcedure, with the steps shown, in the stepper's locale. */
  jsonLd() {
    return this.inLocale(() => {
      const shown = this.shown.map((id) => this.step(id));
      const followup = this.shown.includes('recovery') ? steps().recovery.body : undefined;
      return {
        '@context': 'https://schema.org',
        inLanguage: this.locale,
        ...medicalProcedure(procedureName(), alternateName(), intro(), shown, followup),
      };
    });
  }

  /** Goes to the next step, if there is one. */
  next(): void {
    this.go(this.index + 1);
  }

  /** Goes to the previous step, if there is one. */
  previous(): void {
    this.go(this.index - 1);
  }

  /** Goes to a step by its 0-based index or its id. */
  goTo(indexOrId: number | StepId | (string & {})): void {
    const index = typeof indexOrId === 'number' ? indexOrId : this.shown.indexOf(indexOrId);
    if (typeof indexOrId !== 'number' && index < 0) {
      warn(this, `goTo("${String(indexOrId)}"): no step with that id is shown.`);
      return;
    }
    this.go(this.clamp(index, `goTo(${String(indexOrId)})`));
  }

  private go(index: number): void {
    const previousIndex = this.index;
    if (index === previousIndex || index < 0 || index >= this.shown.length) return;
    this.activeStep = this.index = index;
    const id = this.shown[index];
    this.announcement = this.inLocale(() =>
      ui.stepAnnouncement(this.format(index + 1), this.format(this.shown.length), this.step(id).title),
    );
    const detail: StepChangeDetail = { index, id, previousIndex };
    this.dispatchEvent(new CustomEvent('mn-step-change', { bubbles: true, composed: true, detail }));
  }

  /**
   * A whole index within the steps shown; anything else is moved there with one warning, but
   * none while `quiet` (the page is being parsed: it is checked again once it is).
   */
  private clamp(value: unknown, what: string, quiet = false): number {
    const last = this.shown.length - 1;
    // null, active-step removed, is Number(null) = 0: the first step, with no warning.
    const n = Number(value);
    if (value === '' || !Number.isInteger(n)) {
      if (!quiet) warn(this, `${what} "${String(value)}" is not a step index; showing the first step.`);
      return 0;
    }
    if (n < 0 || n > last) {
      const clamped = n < 0 ? 0 : last;
      if (!quiet) warn(this, `${what} ${n} is outside 0 to ${last}; showing step ${clamped}.`);
      return clamped;
    }
    return n;
  }

  private format(n: number): string {
    return formatNumber(n, this.textLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = headingLevel(this, this.headingLevel, 2, 6, 3);
    if (changed.has('orientation') && !ORIENTATIONS.includes(this.orientation)) {
      warn(this, `orientation "${this.orientation}" is not one of ${ORIENTATIONS.join(', ')}; using horizontal.`);
      this.orientation = 'horizontal';
    }
    const shown = this.shown; // first: it reads the children not read yet
    const moved = this.checked !== this.entries.version;
    this.checked = this.entries.version;
    const parsing = this.entries.parsing;
    // The clinic's steps changed around the step shown (which active-step names): it stays the
    // one shown, where it now is.
    const at = shown.indexOf(this.currentId!);
    const settled = !parsing && Number(this.activeStep) === this.index;
    if (moved && settled && at >= 0 && !changed.has('activeStep') && !changed.has('steps')) {
      this.activeStep = this.index = at;
    } else if (moved || changed.has('activeStep') || changed.has('steps')) {
      // Written back, so the reflected attribute always names the step shown; but not while the
      // page is parsed, when the clinic's step it names may still come.
      this.index = this.clamp(this.activeStep, 'active-step', parsing);
      if (!parsing) this.activeStep = this.index;
    }
    this.currentId = shown[this.index];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listenForPrint(false);
  }

  /** Printing (beforeprint to afterprint): a clinic's step goes to the checklist, which is what prints. */
  private readonly onPrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint';
    this.requestUpdate();
  };

  /** Only a stepper with the clinic's steps listens: theirs are the only texts that move. */
  private listenForPrint(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    this.printing = false;
    for (const type of ['beforeprint', 'afterprint'])
      window[on ? 'addEventListener' : 'removeEventListener'](type, this.onPrint);
  }

  protected override updated(): void {
    // Also after a move in the page: the JSON-LD controller asks for an update on every connect.
    this.listenForPrint(this.entries.list.length > 0 && this.isConnected);
  }

  protected override render() {
    const text = steps();
    const total = this.format(this.shown.length);
    const currentId = this.shown[this.index];
    const current = this.step(currentId);
    // A clinic's step has one text, in the page, and a slot shows it in one place: the panel,
    // on screen; the checklist, on paper and without JavaScript (as the server renders it).
    const inPanel = !isServer && !this.hydrating && !this.printing;
    const clinic = !!this.entries.get(currentId);
    // Taken over as the server rendered it; then the clinic's text goes where it is shown.
    if (clinic && this.hydrating) this.unlikeServer = true;
    const last = this.index === this.shown.length - 1;
    // The checklist: one flat template per step (it is in the DOM of every stepper).
    const h = headingTag(this.level);
    return html`<div lang=${this.textLang} dir=${this.textDir} @keydown=${this.onKeydown} @click=${this.onStepClick}>
      <ol
        part="list"
        class="list ${this.orientation}"
        data-count=${this.shown.length}
        aria-label=${ui.steps()}
      >
        ${this.shown.map((id, i) => {
          const done = i < this.index;
          // Text bindings, not properties, so that the server renders the text too; the check mark is CSS.
          return html`<li part="step" class="step ${done ? 'done' : i === this.index ? 'current' : ''}">
            <button part="step-button" class="step-button" value=${i} aria-current=${i === this.index ? 'step' : nothing}>
              <span class="marker" aria-hidden="true">${done ? '' : this.format(i + 1)}</span>
              <span class="label"
                ><span>${this.entries.get(id)?.label ?? text[id as StepId].title}</span
                ><span class="vh">${done ? ` ${ui.completed()}` : ''}</span
              ></span>
            </button>
          </li>`;
        })}
      </ol>
      <div part="panel" class="panel">
        <p part="progress" class="progress">${ui.stepOf(this.format(this.index + 1), total)}</p>
        ${heading(this.level, 'title', current.title)}
        ${
          clinic
            ? html`<div class="body">${inPanel ? html`<slot name=${currentId}></slot>` : nothing}</div>`
            : html`<p class="body">${current.body}</p>`
        }
        <div class="actions">
          <button
            part="previous"
            class="previous"
            aria-disabled=${this.index === 0 ? 'true' : nothing}
            @click=${this.previous}
          >
            ${ui.previous()}
          </button>
          <button part="next" class="next" aria-disabled=${last ? 'true' : nothing} @click=${this.next}>
            ${ui.next()}
          </button>
        </div>
      </div>
      <div class="vh" role="status">${this.announcement}</div>
      <ol class="print">
        ${this.shown.map((id) => {
          const entry = this.entries.get(id);
          return entry
            ? staticHtml`<li><${h}>${entry.label}</${h}><slot name=${id}></slot></li>`
            : staticHtml`<li><${h}>${text[id as StepId].title}</${h}><p>${text[id as StepId].body}</p></li>`;
        })}
      </ol>
    </div>`;
  }

  /** The list's one click listener: each step button carries its index as its value. */
  private onStepClick(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('.step-button');
    // Only the stepper's own buttons: a click in a clinic's slotted text climbs the page's tree.
    if (button?.getRootNode() === this.renderRoot) this.go(Number(button.value));
  }

  private onKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.step-button')];
    const rtl = (event.target as Element).matches(':dir(rtl)');
    moveFocus(event, buttons, rtl ? 'ArrowRight' : 'ArrowLeft', rtl ? 'ArrowLeft' : 'ArrowRight');
  }
}
