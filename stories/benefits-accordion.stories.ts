// One file per element. To add one, copy this file: set `component` to the tag, give each story
// args named after the element's attributes (the preview's render sets them), and take ids from
// src/content/. Docs, controls and the Actions panel come from the Custom Elements Manifest.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { MnBenefitsAccordion } from '../src/components/benefits-accordion/benefits-accordion.js';
import { BENEFIT_IDS, type BenefitId } from '../src/content/benefits.js';
import { rgbOf } from './colour.js';
import { CLINIC, CLINIC_WORDS, clinicEntry, expected } from './fixtures.js';
import { element, fitsTheScreen, focusVisibly, SMALL_PHONE, STATE_NOTES, statesGrid, theElement } from './support.js';

/** The accordion's args: its attributes, and the theme's custom properties. */
interface Args {
  items?: BenefitId[];
  open?: BenefitId[];
  multiple?: boolean;
  'heading-level'?: number;
  /** A point of the clinic's to add (the "clinic's own" story), and its text. */
  label?: string;
  text?: string;
  '--mn-accent'?: string;
  '--mn-surface'?: string;
  '--mn-text'?: string;
  '--mn-radius'?: string;
  '--mn-font'?: string;
}

const meta = {
  title: 'Elements/Benefits accordion',
  component: 'mn-benefits-accordion',
  argTypes: {
    items: { control: { type: 'check' }, options: BENEFIT_IDS },
    open: { control: { type: 'check' }, options: BENEFIT_IDS },
    'heading-level': { control: { type: 'inline-radio' }, options: [2, 3, 4, 5, 6] },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Each shown item as a screen reader meets it: its header button's id and whether it is expanded. */
const state = (accordion: MnBenefitsAccordion) =>
  [...accordion.shadowRoot!.querySelectorAll('[part="button"]')].map((button) => [
    button.id.replace('button-', ''),
    button.getAttribute('aria-expanded'),
  ]);
/** The ids whose panel text a visitor can see. */
const visible = (accordion: MnBenefitsAccordion) =>
  [...accordion.shadowRoot!.querySelectorAll<HTMLElement>('[part="panel"]')]
    .filter((panel) => panel.querySelector('p')!.checkVisibility())
    .map((panel) => panel.id.replace('panel-', ''));
const accordionIn = (canvasElement: HTMLElement) =>
  theElement<MnBenefitsAccordion>(canvasElement, 'mn-benefits-accordion');

/**
 * The two benefits each copy of the "All states" story shows: other ones in each copy, as on a
 * page with several accordions (a panel is a region named by its benefit, and two regions of the
 * same name on one page could not be told apart).
 */
const PAIRS = [0, 2, 4, 6].map((start) => BENEFIT_IDS.slice(start, start + 2));

/** All ten benefits, closed, as a clinic page shows them with no attributes. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const accordion = await accordionIn(canvasElement);
    await expect(state(accordion)).toEqual(BENEFIT_IDS.map((id) => [id, 'false']));
    await expect(visible(accordion)).toEqual([]);
    const first = accordion.shadowRoot!.querySelector('[part="button"]')!;
    await expect(first.textContent?.trim()).toBe(expected(globals.locale).procedure);
  },
};

/** A clinic picks the benefits it wants to stress, in its own order. */
export const ChosenBenefits: Story = {
  name: 'Three chosen benefits',
  args: { items: ['scar-reduction', 'minimal-downtime', 'professional-guidance'] },
  play: async ({ canvasElement }) => {
    const accordion = await accordionIn(canvasElement);
    await expect(state(accordion)).toEqual([
      ['scar-reduction', 'false'],
      ['minimal-downtime', 'false'],
      ['professional-guidance', 'false'],
    ]);
  },
};

/** One benefit already open when the page loads. */
export const OneOpen: Story = {
  name: 'One benefit open',
  args: { open: ['collagen-stimulation'] },
  play: async ({ canvasElement }) => {
    const accordion = await accordionIn(canvasElement);
    await expect(state(accordion)).toEqual(
      BENEFIT_IDS.map((id) => [id, id === 'collagen-stimulation' ? 'true' : 'false']),
    );
    await expect(visible(accordion)).toEqual(['collagen-stimulation']);
  },
};

/** With `multiple`, opening one benefit leaves the others open. */
export const SeveralOpen: Story = {
  name: 'Several open at once',
  args: { multiple: true, open: ['procedure', 'collagen-stimulation', 'minimal-downtime'] },
  play: async ({ canvasElement, userEvent }) => {
    const accordion = await accordionIn(canvasElement);
    await expect(visible(accordion)).toEqual(['procedure', 'collagen-stimulation', 'minimal-downtime']);
    await userEvent.click(accordion.shadowRoot!.getElementById('button-skin-types')!);
    await accordion.updateComplete;
    await expect(visible(accordion)).toEqual(['procedure', 'collagen-stimulation', 'minimal-downtime', 'skin-types']);
    await expect(accordion.getAttribute('open')).toBe('procedure collagen-stimulation minimal-downtime skin-types');
  },
};

/** Under a level-1 page title, each benefit title is a level-2 heading. */
export const HeadingLevel2: Story = {
  name: 'Heading level 2',
  args: { 'heading-level': 2 },
  play: async ({ canvasElement }) => {
    const accordion = await accordionIn(canvasElement);
    const headings = accordion.shadowRoot!.querySelectorAll('[part="header"]');
    await expect([...headings].map((heading) => heading.localName)).toEqual(BENEFIT_IDS.map(() => 'h2'));
  },
};

/** The smallest phone the elements support: 320 CSS px wide, nothing scrolls sideways. */
export const SmallPhone: Story = {
  name: 'Small phone (320 px)',
  args: { open: ['product-absorption'] },
  globals: SMALL_PHONE,
  play: async (context) => {
    await expect(visible(await accordionIn(context.canvasElement))).toEqual(['product-absorption']);
    await fitsTheScreen(context);
  },
};

/** A clinic's own colours, corners and font, set through the `--mn-*` custom properties. */
export const ClinicTheme: Story = {
  name: 'Clinic theme',
  args: {
    open: ['skin-rejuvenation'],
    '--mn-accent': CLINIC.accent,
    '--mn-surface': CLINIC.surface,
    '--mn-text': CLINIC.text,
    '--mn-radius': '1rem',
    '--mn-font': CLINIC.font,
  },
  play: async ({ canvasElement }) => {
    const accordion = await accordionIn(canvasElement);
    const root = accordion.shadowRoot!;
    const title = getComputedStyle(root.querySelector('[part="button"]')!);
    await expect([title.color, title.fontFamily]).toEqual([CLINIC.textRgb, CLINIC.font]);
    await expect(rgbOf(getComputedStyle(root.querySelector('[part="icon"]')!).color)).toBe(CLINIC.accentRgb);
    await expect(getComputedStyle(root.querySelector('.list')!).backgroundColor).toBe(CLINIC.surfaceRgb);
    await expect(getComputedStyle(root.querySelector('.list')!).borderTopLeftRadius).toBe('16px');
    await expect(visible(accordion)).toEqual(['skin-rejuvenation']);
  },
};

/**
 * The clinic's own point after the article's ten: an `<mn-benefit label="…">` child that opens,
 * closes and is reached with the arrow keys like the others. Type a label (and its text) in the
 * controls to add another.
 */
export const ClinicPoints: Story = {
  name: "The clinic's own points",
  args: { label: '', text: '' },
  argTypes: {
    label: { control: 'text', description: 'Adds an `<mn-benefit>` with this label.' },
    text: { control: 'text', description: 'The added point’s text.' },
  },
  render: (args) => {
    const accordion = document.createElement('mn-benefits-accordion');
    const { id, label, text } = CLINIC_WORDS.comfort;
    accordion.append(clinicEntry('mn-benefit', { id, label }, text));
    if (args.label?.trim()) accordion.append(clinicEntry('mn-benefit', { label: args.label }, args.text ?? ''));
    return accordion;
  },
  play: async ({ canvasElement, userEvent }) => {
    const accordion = await accordionIn(canvasElement);
    const { id, label } = CLINIC_WORDS.comfort;
    await expect(state(accordion)).toEqual([...BENEFIT_IDS, id].map((b) => [b, 'false']));
    const button = accordion.shadowRoot!.getElementById(`button-${id}`)!;
    await expect(button.textContent!.trim()).toBe(label);
    await userEvent.click(button);
    await accordion.updateComplete;
    await expect(accordion.open).toBe(id);
    await expect(accordion.querySelector('mn-benefit')!.checkVisibility()).toBe(true);
  },
};

/**
 * Every state a visitor can meet, side by side: all closed, one open, several open at once, and
 * a header button with keyboard focus. The notes below the grid name what a story cannot show.
 */
export const AllStates: Story = {
  name: 'All states',
  parameters: { docs: { story: { autoplay: true } } },
  render: () =>
    statesGrid(
      [
        { label: 'Closed', element: element('mn-benefits-accordion', { items: PAIRS[0].join(' ') }) },
        {
          label: 'One open',
          element: element('mn-benefits-accordion', { items: PAIRS[1].join(' '), open: PAIRS[1][0] }),
        },
        {
          label: 'Several open (multiple)',
          element: element('mn-benefits-accordion', {
            items: PAIRS[2].join(' '),
            multiple: true,
            open: PAIRS[2].join(' '),
          }),
        },
        {
          label: 'Keyboard focus on a header',
          element: element('mn-benefits-accordion', { items: PAIRS[3].join(' ') }),
        },
      ],
      [STATE_NOTES.hover, STATE_NOTES.reducedMotion, STATE_NOTES.forcedColors],
    ),
  play: async ({ canvasElement }) => {
    await theElement(canvasElement, 'mn-benefits-accordion');
    const copies = [...canvasElement.querySelectorAll<MnBenefitsAccordion>('mn-benefits-accordion')];
    await expect(copies.map(visible)).toEqual([[], [PAIRS[1][0]], PAIRS[2], []]);
    await focusVisibly(copies[3].shadowRoot!.querySelector<HTMLElement>('[part="button"]')!);
  },
};
