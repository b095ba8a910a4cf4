// The treatment journey step by step. Copied from benefits-accordion.stories.ts: args are named after
// the element's attributes, ids come from src/content/, and no story repeats a string the library
// already exports.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { MnProcedureStepper } from '../src/components/procedure-stepper/procedure-stepper.js';
import { ORIENTATIONS, type Orientation } from '../src/components/procedure-stepper/procedure-stepper.types.js';
import { STEP_IDS, type StepId } from '../src/content/steps.js';
import { rgbOf } from './colour.js';
import { CLINIC, CLINIC_WORDS, clinicEntry, stepOf } from './fixtures.js';
import {
  element,
  fitsTheScreen,
  focusVisibly,
  onSmallPhone,
  SMALL_PHONE,
  STATE_NOTES,
  statesGrid,
  theElement,
} from './support.js';

/** The stepper's args: its attributes, and the theme's custom properties. */
interface Args {
  'active-step'?: number;
  steps?: StepId[];
  orientation?: Orientation;
  'heading-level'?: number;
  /** A step of the clinic's to add (the "clinic's own" story), and its text. */
  label?: string;
  text?: string;
  '--mn-accent'?: string;
  '--mn-accent-text'?: string;
  '--mn-text'?: string;
  '--mn-muted-text'?: string;
  '--mn-surface'?: string;
  '--mn-border-color'?: string;
  '--mn-radius'?: string;
  '--mn-space'?: string;
  '--mn-font'?: string;
}

const meta = {
  title: 'Elements/Procedure stepper',
  component: 'mn-procedure-stepper',
  argTypes: {
    'active-step': { control: { type: 'number', min: 0, max: STEP_IDS.length - 1, step: 1 } },
    steps: { control: { type: 'check' }, options: STEP_IDS },
    orientation: { control: { type: 'inline-radio' }, options: ORIENTATIONS },
    'heading-level': { control: { type: 'inline-radio' }, options: [2, 3, 4, 5, 6] },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const stepperIn = (canvasElement: HTMLElement) => theElement<MnProcedureStepper>(canvasElement, 'mn-procedure-stepper');

/** What a visitor and a screen reader get: which step is current, which are done, the ends' state and "Step 3 of 7". */
function state(stepper: MnProcedureStepper) {
  const root = stepper.shadowRoot!;
  return {
    current: [...root.querySelectorAll('[part="step-button"]')].map((b) => b.getAttribute('aria-current')),
    done: [...root.querySelectorAll('[part="step"]')].map((step) => step.classList.contains('done')),
    previousDisabled: root.querySelector('[part="previous"]')!.getAttribute('aria-disabled'),
    nextDisabled: root.querySelector('[part="next"]')!.getAttribute('aria-disabled'),
    progress: root.querySelector('[part="progress"]')!.textContent!.trim(),
  };
}

/** The state expected on step `index` (0-based) of `total`, in the story's locale. */
const on = (locale: unknown, index: number, total: number = STEP_IDS.length) => ({
  current: Array.from({ length: total }, (_, i) => (i === index ? 'step' : null)),
  done: Array.from({ length: total }, (_, i) => i < index),
  previousDisabled: index === 0 ? 'true' : null,
  nextDisabled: index === total - 1 ? 'true' : null,
  progress: stepOf(locale, index + 1, total),
});

/** All seven steps, on the first one, as a clinic page shows them with no attributes. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    await expect(state(await stepperIn(canvasElement))).toEqual(on(globals.locale, 0));
  },
};

/** Before the treatment: the consultation (`active-step="0"`, the default, said outright). */
export const FirstStep: Story = {
  name: 'First step',
  args: { 'active-step': 0 },
  play: async ({ canvasElement, globals }) => {
    await expect(state(await stepperIn(canvasElement))).toEqual(on(globals.locale, 0));
  },
};

/** Half-way: the micro-needling itself (`active-step` is 0-based, so 3 is the fourth step). */
export const MiddleStep: Story = {
  name: 'A middle step',
  args: { 'active-step': 3 },
  play: async ({ canvasElement, globals }) => {
    await expect(state(await stepperIn(canvasElement))).toEqual(on(globals.locale, 3));
  },
};

/** The last step: every earlier one is checked off and Next is `aria-disabled`. */
export const LastStep: Story = {
  name: 'Last step',
  args: { 'active-step': STEP_IDS.length - 1 },
  play: async ({ canvasElement, globals }) => {
    const stepper = await stepperIn(canvasElement);
    await expect(state(stepper)).toEqual(on(globals.locale, STEP_IDS.length - 1));
    // Disabled for assistive technology, yet never hidden.
    await expect(stepper.shadowRoot!.querySelector('[part="next"]')!.checkVisibility()).toBe(true);
  },
};

/** The steps in a column, for a narrow sidebar or a long page. */
export const Vertical: Story = {
  args: { orientation: 'vertical', 'active-step': 2 },
  play: async ({ canvasElement, globals }) => {
    const stepper = await stepperIn(canvasElement);
    await expect(state(stepper)).toEqual(on(globals.locale, 2));
    const boxes = [...stepper.shadowRoot!.querySelectorAll('[part="step-button"]')].map((b) =>
      b.getBoundingClientRect(),
    );
    for (let i = 1; i < boxes.length; i++) {
      await expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom);
      await expect(boxes[i].left).toBe(boxes[0].left);
    }
  },
};

/** A clinic shows only the steps it wants to stress, in its own order. */
export const ChosenSteps: Story = {
  name: 'Three chosen steps',
  args: { steps: ['consultation', 'micro-needling', 'recovery'] },
  play: async ({ canvasElement, globals }) => {
    const stepper = await stepperIn(canvasElement);
    await expect(state(stepper)).toEqual(on(globals.locale, 0, 3));
    await expect(stepper.shown).toEqual(['consultation', 'micro-needling', 'recovery']);
  },
};

/** Under a level-1 page title, the current step's title is a level-2 heading. */
export const HeadingLevel2: Story = {
  name: 'Heading level 2',
  args: { 'heading-level': 2 },
  play: async ({ canvasElement }) => {
    const stepper = await stepperIn(canvasElement);
    await expect(stepper.shadowRoot!.querySelector('[part="title"]')?.localName).toBe('h2');
  },
};

/** Next moves on one step: the second step button becomes the current one, in every language. */
export const NextStep: Story = {
  name: 'Next goes to step 2',
  // On the Docs page too, the story shows what its name promises: step 2.
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement, globals, userEvent }) => {
    const stepper = await stepperIn(canvasElement);
    const root = stepper.shadowRoot!;
    await userEvent.click(root.querySelector<HTMLElement>('[part="next"]')!);
    await stepper.updateComplete;
    await expect(state(stepper)).toEqual(on(globals.locale, 1));
    await expect(stepper.activeStep).toBe(1);
    await expect(root.activeElement).toBe(root.querySelector('[part="next"]'));
  },
};

/** The smallest phone the elements support: 320 CSS px wide, the steps stack, nothing scrolls sideways. */
export const SmallPhone: Story = {
  name: 'Small phone (320 px)',
  args: { 'active-step': 3 },
  globals: SMALL_PHONE,
  play: async (context) => {
    await onSmallPhone(context.canvasElement);
    const stepper = await stepperIn(context.canvasElement);
    const boxes = [...stepper.shadowRoot!.querySelectorAll('[part="step-button"]')].map((b) =>
      b.getBoundingClientRect(),
    );
    for (let i = 1; i < boxes.length; i++) await expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom);
    await fitsTheScreen(context);
  },
};

/** A clinic's own colours, corners and font, set through the `--mn-*` custom properties. */
export const ClinicTheme: Story = {
  name: 'Clinic theme',
  args: {
    'active-step': 2,
    '--mn-accent': CLINIC.accent,
    '--mn-accent-text': '#ffffff',
    '--mn-surface': CLINIC.surface,
    '--mn-text': CLINIC.text,
    '--mn-muted-text': '#6b5249',
    '--mn-border-color': '#d9c4b8',
    '--mn-radius': '1rem',
    '--mn-font': CLINIC.font,
  },
  play: async ({ canvasElement }) => {
    const root = (await stepperIn(canvasElement)).shadowRoot!;
    // A completed step's marker is filled with the accent; the current one is ringed with it.
    // The check mark is drawn in the fill's text colour, by the marker's ::before.
    const marker = root.querySelector('.done .marker')!;
    const check = getComputedStyle(marker, '::before').borderRightColor;
    await expect([getComputedStyle(marker).backgroundColor, check].map(rgbOf)).toEqual([
      CLINIC.accentRgb,
      'rgb(255, 255, 255)',
    ]);
    const current = getComputedStyle(root.querySelector('.current .marker')!);
    await expect([current.borderTopColor, current.color].map(rgbOf)).toEqual([CLINIC.accentRgb, CLINIC.accentRgb]);
    const title = getComputedStyle(root.querySelector('[part="title"]')!);
    await expect([title.color, title.fontFamily]).toEqual([CLINIC.textRgb, CLINIC.font]);
    await expect(getComputedStyle(root.querySelector('[part="progress"]')!).color).toBe('rgb(107, 82, 73)');
    await expect(getComputedStyle(root.querySelector('[part="panel"]')!).backgroundColor).toBe(CLINIC.surfaceRgb);
  },
};

/**
 * The clinic's own step after the article's seven: an `<mn-step label="…">` child, reached with
 * Next or its button like any other, its text the clinic's. Type a label (and its text) in the
 * controls to add another.
 */
export const ClinicSteps: Story = {
  name: "The clinic's own steps",
  args: { label: '', text: '' },
  argTypes: {
    label: { control: 'text', description: 'Adds an `<mn-step>` with this label.' },
    text: { control: 'text', description: 'The added step’s text.' },
  },
  render: (args) => {
    const stepper = document.createElement('mn-procedure-stepper');
    const { id, label, text } = CLINIC_WORDS.numbing;
    stepper.append(clinicEntry('mn-step', { id, label }, text));
    if (args.label?.trim()) stepper.append(clinicEntry('mn-step', { label: args.label }, args.text ?? ''));
    return stepper;
  },
  play: async ({ canvasElement, globals, userEvent }) => {
    const stepper = await stepperIn(canvasElement);
    const total = STEP_IDS.length + 1;
    await expect(state(stepper)).toEqual(on(globals.locale, 0, total));
    const buttons = stepper.shadowRoot!.querySelectorAll<HTMLElement>('[part="step-button"]');
    await userEvent.click(buttons[total - 1]);
    await stepper.updateComplete;
    await expect(state(stepper)).toEqual(on(globals.locale, total - 1, total));
    await expect(stepper.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).toBe(
      CLINIC_WORDS.numbing.label,
    );
    await expect(stepper.querySelector('mn-step')!.checkVisibility()).toBe(true);
  },
};

/**
 * Every state a visitor can meet, side by side: the first step (Previous disabled), a middle
 * step, the last step (Next disabled), the steps in a column, and Next with keyboard focus. The
 * notes below the grid name what a story cannot show.
 */
export const AllStates: Story = {
  name: 'All states',
  parameters: { docs: { story: { autoplay: true } } },
  render: () =>
    statesGrid(
      [
        { label: 'First step: Previous disabled', element: element('mn-procedure-stepper') },
        { label: 'A middle step', element: element('mn-procedure-stepper', { 'active-step': '3' }) },
        {
          label: 'Last step: Next disabled',
          element: element('mn-procedure-stepper', { 'active-step': String(STEP_IDS.length - 1) }),
        },
        {
          label: 'Steps in a column',
          element: element('mn-procedure-stepper', { orientation: 'vertical', 'active-step': '2' }),
        },
        { label: 'Keyboard focus on Next', element: element('mn-procedure-stepper', { 'active-step': '1' }) },
      ],
      [STATE_NOTES.hover, STATE_NOTES.forcedColors],
    ),
  play: async ({ canvasElement, globals }) => {
    await stepperIn(canvasElement);
    const copies = [...canvasElement.querySelectorAll<MnProcedureStepper>('mn-procedure-stepper')];
    await expect(copies.map(state)).toEqual([0, 3, STEP_IDS.length - 1, 2, 1].map((i) => on(globals.locale, i)));
    await focusVisibly(copies[4].shadowRoot!.querySelector<HTMLElement>('[part="next"]')!);
  },
};
