// The treatment journey step by step. Copied from benefits-accordion.stories.ts: args are named after
// the element's attributes, ids come from src/content/, and no story repeats a string the library
// already exports.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { MnProcedureStepper } from '../src/components/procedure-stepper/procedure-stepper.js';
import { ORIENTATIONS, type Orientation } from '../src/components/procedure-stepper/procedure-stepper.types.js';
import { STEP_IDS, type StepId } from '../src/content/steps.js';
import * as ui from '../src/content/ui.js';
import { getLocale } from '../src/index.js';
import { fitsTheScreen, SMALL_PHONE } from './support.js';

/** The stepper's args: its attributes, and the theme's custom properties. */
interface Args {
  'active-step'?: number;
  steps?: StepId[];
  orientation?: Orientation;
  'heading-level'?: number;
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

const stepperIn = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<MnProcedureStepper>('mn-procedure-stepper');
const number = (n: number) => new Intl.NumberFormat(getLocale()).format(n);

/** All seven steps, on the first one, as a clinic page shows them with no attributes. */
export const Default: Story = {};

/** Before the treatment: the consultation (`active-step="0"`, the default, said outright). */
export const FirstStep: Story = {
  name: 'First step',
  args: { 'active-step': 0 },
};

/** Half-way: the micro-needling itself (`active-step` is 0-based, so 3 is the fourth step). */
export const MiddleStep: Story = {
  name: 'A middle step',
  args: { 'active-step': 3 },
};

/** The last step: every earlier one is checked off and Next is `aria-disabled`. */
export const LastStep: Story = {
  name: 'Last step',
  args: { 'active-step': STEP_IDS.length - 1 },
};

/** The steps in a column, for a narrow sidebar or a long page. */
export const Vertical: Story = {
  args: { orientation: 'vertical', 'active-step': 2 },
};

/** A clinic shows only the steps it wants to stress, in its own order. */
export const ChosenSteps: Story = {
  name: 'Three chosen steps',
  args: { steps: ['consultation', 'micro-needling', 'recovery'] },
};

/** Under a level-1 page title, the current step's title is a level-2 heading. */
export const HeadingLevel2: Story = {
  name: 'Heading level 2',
  args: { 'heading-level': 2 },
  play: async ({ canvasElement }) => {
    const stepper = stepperIn(canvasElement);
    await stepper?.updateComplete;
    await expect(stepper?.shadowRoot?.querySelector('[part="title"]')?.localName).toBe('h2');
  },
};

/** Next moves on one step: the second step button becomes the current one, in every language. */
export const NextStep: Story = {
  name: 'Next goes to step 2',
  play: async ({ canvasElement, userEvent }) => {
    const stepper = stepperIn(canvasElement);
    await stepper?.updateComplete;
    const root = stepper!.shadowRoot!;
    await userEvent.click(root.querySelector<HTMLElement>('[part="next"]')!);
    await stepper!.updateComplete;
    const current = [...root.querySelectorAll('[part="step-button"]')].map((button) =>
      button.getAttribute('aria-current'),
    );
    await expect(current).toEqual(STEP_IDS.map((_, i) => (i === 1 ? 'step' : null)));
    await expect(stepper!.activeStep).toBe(1);
    // "Step 2 of 7" in the active locale, from the library's own message and number format.
    await expect(root.querySelector('[part="progress"]')?.textContent).toBe(
      ui.stepOf(number(2), number(STEP_IDS.length)),
    );
  },
};

/** The smallest phone the elements support: 320 CSS px wide, the steps stack, nothing scrolls sideways. */
export const SmallPhone: Story = {
  name: 'Small phone (320 px)',
  args: { 'active-step': 3 },
  globals: SMALL_PHONE,
  play: fitsTheScreen,
};

/** A clinic's own colours, corners and font, set through the `--mn-*` custom properties. */
export const ClinicTheme: Story = {
  name: 'Clinic theme',
  args: {
    'active-step': 2,
    '--mn-accent': '#8a3b5c',
    '--mn-accent-text': '#ffffff',
    '--mn-surface': '#fbf5f0',
    '--mn-text': '#3a2a24',
    '--mn-muted-text': '#6b5249',
    '--mn-border-color': '#d9c4b8',
    '--mn-radius': '1rem',
    '--mn-font': 'Georgia, "Times New Roman", serif',
  },
};
