// One file per element. To add one, copy this file: set `component` to the tag, give each story
// args named after the element's attributes (the preview's render sets them), and take ids from
// src/content/. Docs, controls and the Actions panel come from the Custom Elements Manifest.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { BENEFIT_IDS, type BenefitId } from '../src/content/benefits.js';

/** The accordion's args: its attributes, and the theme's custom properties. */
interface Args {
  items?: BenefitId[];
  open?: BenefitId[];
  multiple?: boolean;
  'heading-level'?: number;
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

/** All ten benefits, closed, as a clinic page shows them with no attributes. */
export const Default: Story = {};

/** A clinic picks the benefits it wants to stress, in its own order. */
export const ChosenBenefits: Story = {
  name: 'Three chosen benefits',
  args: { items: ['scar-reduction', 'minimal-downtime', 'professional-guidance'] },
};

/** One benefit already open when the page loads. */
export const OneOpen: Story = {
  name: 'One benefit open',
  args: { open: ['collagen-stimulation'] },
};

/** With `multiple`, opening one benefit leaves the others open. */
export const SeveralOpen: Story = {
  name: 'Several open at once',
  args: { multiple: true, open: ['procedure', 'collagen-stimulation', 'minimal-downtime'] },
};

/** Under a level-1 page title, each benefit title is a level-2 heading. */
export const HeadingLevel2: Story = {
  name: 'Heading level 2',
  args: { 'heading-level': 2 },
  play: async ({ canvasElement }) => {
    const accordion = canvasElement.querySelector('mn-benefits-accordion');
    await accordion?.updateComplete;
    const headings = accordion?.shadowRoot?.querySelectorAll('[part="header"]') ?? [];
    await expect([...headings].map((heading) => heading.localName)).toEqual(BENEFIT_IDS.map(() => 'h2'));
  },
};

/** The smallest phone the elements support: 320 CSS px wide, nothing scrolls sideways. */
export const SmallPhone: Story = {
  name: 'Small phone (320 px)',
  args: { open: ['product-absorption'] },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector('mn-benefits-accordion')?.updateComplete;
    const page = canvasElement.ownerDocument.documentElement;
    await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
  },
};

/** A clinic's own colours, corners and font, set through the `--mn-*` custom properties. */
export const ClinicTheme: Story = {
  name: 'Clinic theme',
  args: {
    open: ['skin-rejuvenation'],
    '--mn-accent': '#8a3b5c',
    '--mn-surface': '#fbf5f0',
    '--mn-text': '#3a2a24',
    '--mn-radius': '1rem',
    '--mn-font': 'Georgia, "Times New Roman", serif',
  },
};
