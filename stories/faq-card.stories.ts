// The questions visitors arrive with. Copied from benefits-accordion.stories.ts: args are named after
// the element's attributes, ids come from src/content/, and no story repeats a string the library
// already exports.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { MnFaqCard } from '../src/components/faq-card/faq-card.js';
import { QUESTION_IDS, type QuestionId } from '../src/content/faq.js';
import { rgbOf } from './colour.js';
import { CLINIC, CLINIC_WORDS, clinicEntry, expected } from './fixtures.js';
import {
  element,
  fitsTheScreen,
  focusVisibly,
  SMALL_PHONE,
  STATE_NOTES,
  statesGrid,
  theElement,
  withJsonLd,
} from './support.js';

/** The card's args: its attributes, and the theme's custom properties. */
interface Args {
  questions?: QuestionId[];
  open?: QuestionId[];
  'heading-level'?: number;
  'structured-data'?: boolean;
  /** A question of the clinic's to add (the "clinic's own" story), and its answer. */
  question?: string;
  answer?: string;
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

const cardIn = (canvasElement: HTMLElement) => theElement<MnFaqCard>(canvasElement, 'mn-faq-card');

/** Each question as a screen reader meets it: its button's id and whether its answer is expanded. */
const state = (card: MnFaqCard) =>
  [...card.shadowRoot!.querySelectorAll('[part="button"]')].map((button) => [
    button.id.replace('button-', ''),
    button.getAttribute('aria-expanded'),
  ]);
/** The ids whose answer a visitor can read. */
const visible = (card: MnFaqCard) =>
  [...card.shadowRoot!.querySelectorAll<HTMLElement>('[part="answer"]')]
    .filter((answer) => answer.querySelector('p')!.checkVisibility())
    .map((answer) => answer.id.replace('panel-', ''));
const heading = (card: MnFaqCard) => card.shadowRoot!.querySelector('[part="heading"]')!;

/** All eight questions, answers hidden, as a clinic page shows them with no attributes. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const card = await cardIn(canvasElement);
    await expect(heading(card).textContent?.trim()).toBe(expected(globals.locale).faq);
    await expect(state(card)).toEqual(QUESTION_IDS.map((id) => [id, 'false']));
    await expect(visible(card)).toEqual([]);
  },
};

/** A clinic picks the questions its visitors ask most, in its own order. */
export const ChosenQuestions: Story = {
  name: 'Two chosen questions',
  args: { questions: ['downtime', 'sessions'] },
  play: async ({ canvasElement }) => {
    await expect(state(await cardIn(canvasElement))).toEqual([
      ['downtime', 'false'],
      ['sessions', 'false'],
    ]);
  },
};

/** Some answers already shown when the page loads; any number may be open at once. */
export const SomeOpen: Story = {
  name: 'Some answers open',
  args: { open: ['what-is-it', 'downtime'] },
  play: async ({ canvasElement, userEvent }) => {
    const card = await cardIn(canvasElement);
    await expect(visible(card)).toEqual(['what-is-it', 'downtime']);
    await expect(state(card)).toEqual(
      QUESTION_IDS.map((id) => [id, id === 'what-is-it' || id === 'downtime' ? 'true' : 'false']),
    );
    await userEvent.click(card.shadowRoot!.getElementById('button-sessions')!);
    await card.updateComplete;
    await expect(visible(card)).toEqual(['what-is-it', 'downtime', 'sessions']);
  },
};

/** Under a level-2 section heading, the card's heading is level 3 and each question level 4. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const root = (await cardIn(canvasElement)).shadowRoot!;
    await expect(root.querySelector('[part="heading"]')?.localName).toBe('h3');
    const headings = [...root.querySelectorAll('[part="question"] > :first-child')].map((h) => h.localName);
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
  play: async ({ canvasElement, globals }) => {
    const card = await cardIn(canvasElement);
    const root = card.shadowRoot!;
    // Word for word what the card shows, question and answer, in the toolbar's language.
    const shown = [...root.querySelectorAll('[part="button"]')].map((button) => ({
      name: button.textContent!.trim(),
      acceptedAnswer: { text: root.getElementById(button.getAttribute('aria-controls')!)!.textContent!.trim() },
    }));
    await expect(shown.length).toBe(3);
    await waitFor(() =>
      expect(JSON.parse(canvasElement.querySelector('.json-ld pre')?.textContent ?? '')).toMatchObject({
        '@type': 'FAQPage',
        inLanguage: globals.locale,
        mainEntity: shown,
      }),
    );
    await expect(JSON.parse(canvasElement.querySelector('.json-ld pre')!.textContent!).mainEntity.length).toBe(3);
  },
};

/** The smallest phone the elements support: 320 CSS px wide, nothing scrolls sideways. */
export const SmallPhone: Story = {
  name: 'Small phone (320 px)',
  args: { open: ['concerns'] },
  globals: SMALL_PHONE,
  play: async (context) => {
    await expect(visible(await cardIn(context.canvasElement))).toEqual(['concerns']);
    await fitsTheScreen(context);
  },
};

/** A clinic's own colours, corners, shadow and font, set through the `--mn-*` custom properties. */
export const ClinicTheme: Story = {
  name: 'Clinic theme',
  args: {
    open: ['sessions'],
    '--mn-accent': CLINIC.accent,
    '--mn-surface': CLINIC.surface,
    '--mn-text': CLINIC.text,
    '--mn-border-color': '#d9c4b8',
    '--mn-radius': '1rem',
    '--mn-shadow': '0 4px 16px rgb(58 42 36 / 0.15)',
    '--mn-font': CLINIC.font,
  },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    const root = card.shadowRoot!;
    const box = getComputedStyle(root.querySelector('[part="card"]')!);
    await expect([box.backgroundColor, box.borderTopLeftRadius, box.color, box.fontFamily]).toEqual([
      CLINIC.surfaceRgb,
      '16px',
      CLINIC.textRgb,
      CLINIC.font,
    ]);
    await expect(box.boxShadow).toBe('rgba(58, 42, 36, 0.15) 0px 4px 16px 0px');
    await expect(rgbOf(getComputedStyle(root.querySelector('[part="icon"]')!).color)).toBe(CLINIC.accentRgb);
    await expect(visible(card)).toEqual(['sessions']);
  },
};

/**
 * The clinic's own questions beside the article's: each an `<mn-faq-item question="…">` child,
 * after the article's eight, working as they do and listed in the one FAQPage block. Type a
 * question (and its answer) in the controls to add one.
 */
export const ClinicQuestions: Story = {
  name: "The clinic's own questions",
  args: { 'structured-data': true, question: '', answer: '' },
  argTypes: {
    question: { control: 'text', description: 'Adds an `<mn-faq-item>` with this question.' },
    answer: { control: 'text', description: 'The added question’s answer.' },
  },
  render: (args) => {
    const card = document.createElement('mn-faq-card');
    card.toggleAttribute('structured-data', !!args['structured-data']);
    const { id, question, answer } = CLINIC_WORDS.price;
    card.append(clinicEntry('mn-faq-item', { id, question }, answer));
    if (args.question?.trim()) card.append(clinicEntry('mn-faq-item', { question: args.question }, args.answer ?? ''));
    return card;
  },
  decorators: [withJsonLd],
  play: async ({ canvasElement, userEvent }) => {
    const card = await cardIn(canvasElement);
    const { id, question, answer } = CLINIC_WORDS.price;
    await expect(state(card)).toEqual([...QUESTION_IDS, id].map((q) => [q, 'false']));
    const button = card.shadowRoot!.getElementById(`button-${id}`)!;
    await expect(button.textContent!.trim()).toBe(question);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await card.updateComplete;
    await expect(card.querySelector('mn-faq-item')!.checkVisibility()).toBe(true);
    await waitFor(() =>
      expect(JSON.parse(canvasElement.querySelector('.json-ld pre')?.textContent ?? '{}').mainEntity?.at(-1)).toEqual({
        '@type': 'Question',
        name: question,
        acceptedAnswer: { '@type': 'Answer', text: answer },
      }),
    );
  },
};

/** The two questions each copy of the "All states" story shows. */
const TWO: QuestionId[] = ['downtime', 'sessions'];
const two = TWO.join(' ');

/**
 * Every state a visitor can meet, side by side: answers hidden, one answer shown, every answer
 * shown, and a question with keyboard focus. The notes below the grid name what a story cannot show.
 */
export const AllStates: Story = {
  name: 'All states',
  parameters: { docs: { story: { autoplay: true } } },
  render: () =>
    statesGrid(
      [
        { label: 'Answers hidden', element: element('mn-faq-card', { questions: two, 'heading-level': '3' }) },
        {
          label: 'One answer shown',
          element: element('mn-faq-card', { questions: two, open: 'downtime', 'heading-level': '3' }),
        },
        {
          label: 'Every answer shown',
          element: element('mn-faq-card', { questions: two, open: two, 'heading-level': '3' }),
        },
        {
          label: 'Keyboard focus on a question',
          element: element('mn-faq-card', { questions: two, 'heading-level': '3' }),
        },
      ],
      [STATE_NOTES.hover, STATE_NOTES.reducedMotion, STATE_NOTES.forcedColors],
    ),
  play: async ({ canvasElement }) => {
    await theElement(canvasElement, 'mn-faq-card');
    const copies = [...canvasElement.querySelectorAll<MnFaqCard>('mn-faq-card')];
    await expect(copies.map(visible)).toEqual([[], ['downtime'], TWO, []]);
    await focusVisibly(copies[3].shadowRoot!.querySelector<HTMLElement>('[part="button"]')!);
  },
};
