// The questions visitors arrive with. Copied from benefits-accordion.stories.ts: args are named after
// the element's attributes, ids come from src/content/, and no story repeats a string the library
// already exports.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { MnFaqCard } from '../src/components/faq-card/faq-card.js';
import { QUESTION_IDS, questions, type QuestionId } from '../src/content/faq.js';
import { getLocale } from '../src/index.js';
import { fitsTheScreen, SMALL_PHONE, withJsonLd } from './support.js';

/** The card's args: its attributes, and the theme's custom properties. */
interface Args {
  questions?: QuestionId[];
  open?: QuestionId[];
  'heading-level'?: number;
  'structured-data'?: boolean;
  '--mn-accent'?: string;
  '--mn-text'?: string;
  '--mn-surface'?: string;
  '--mn-border-color'?: string;
  '--mn-radius'?: string;
  '--mn-shadow'?: string;
  '--mn-space'?: string;
  '--mn-font'?: string;
}

const meta = {
  title: 'Elements/FAQ card',
  component: 'mn-faq-card',
  argTypes: {
    questions: { control: { type: 'check' }, options: QUESTION_IDS },
    open: { control: { type: 'check' }, options: QUESTION_IDS },
    'heading-level': { control: { type: 'inline-radio' }, options: [2, 3, 4, 5] },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const cardIn = (canvasElement: HTMLElement) => canvasElement.querySelector<MnFaqCard>('mn-faq-card');

/** All eight questions, answers hidden, as a clinic page shows them with no attributes. */
export const Default: Story = {};

/** A clinic picks the questions its visitors ask most, in its own order. */
export const ChosenQuestions: Story = {
  name: 'Two chosen questions',
  args: { questions: ['downtime', 'sessions'] },
};

/** Some answers already shown when the page loads; any number may be open at once. */
export const SomeOpen: Story = {
  name: 'Some answers open',
  args: { open: ['what-is-it', 'downtime'] },
};

/** Under a level-2 section heading, the card's heading is level 3 and each question level 4. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await card?.updateComplete;
    const root = card!.shadowRoot!;
    await expect(root.querySelector('[part="heading"]')?.localName).toBe('h3');
    const headings = [...root.querySelectorAll('[part="question"] > :first-child')].map((heading) => heading.localName);
    await expect(headings).toEqual(QUESTION_IDS.map(() => 'h4'));
  },
};

/**
 * With `structured-data`, the card keeps a schema.org FAQPage JSON-LD block in its own light DOM,
 * where search engines read it: the questions shown, in order, in the active language. Shown here
 * beside the card; switch the language or the questions and it follows.
 */
export const StructuredData: Story = {
  name: 'Structured data',
  args: { 'structured-data': true, questions: ['what-is-it', 'downtime', 'sessions'] },
  decorators: [withJsonLd],
  play: async ({ canvasElement }) => {
    await cardIn(canvasElement)?.updateComplete;
    const shown = ['what-is-it', 'downtime', 'sessions'] as const;
    const text = questions();
    await waitFor(() =>
      expect(JSON.parse(canvasElement.querySelector('.json-ld pre')?.textContent ?? '')).toMatchObject({
        '@type': 'FAQPage',
        inLanguage: getLocale(),
        mainEntity: shown.map((id) => ({ name: text[id].question, acceptedAnswer: { text: text[id].answer } })),
      }),
    );
  },
};

/** The smallest phone the elements support: 320 CSS px wide, nothing scrolls sideways. */
export const SmallPhone: Story = {
  name: 'Small phone (320 px)',
  args: { open: ['concerns'] },
  globals: SMALL_PHONE,
  play: fitsTheScreen,
};

/** A clinic's own colours, corners, shadow and font, set through the `--mn-*` custom properties. */
export const ClinicTheme: Story = {
  name: 'Clinic theme',
  args: {
    open: ['sessions'],
    '--mn-accent': '#8a3b5c',
    '--mn-surface': '#fbf5f0',
    '--mn-text': '#3a2a24',
    '--mn-border-color': '#d9c4b8',
    '--mn-radius': '1rem',
    '--mn-shadow': '0 4px 16px rgb(58 42 36 / 0.15)',
    '--mn-font': 'Georgia, "Times New Roman", serif',
  },
};
