// The whole article in one tag. Copied from benefits-accordion.stories.ts: args are named after the
// element's attributes, ids come from src/, and no story repeats a string the library already
// exports. Every story keeps the disclaimer: leaving it out makes the element warn (and the
// storybook tests fail), because the caution is not optional.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { MnArticle } from '../src/components/article/article.js';
import { SECTION_IDS, type BookDetail, type SectionId } from '../src/components/article/article.types.js';
import { rgbOf } from './colour.js';
import { CLINIC, CLINIC_WORDS, clinicEntry, expected } from './fixtures.js';
import { fitsTheScreen, SMALL_PHONE, theElement, withJsonLd } from './support.js';

/** The article's args: its attributes, and the theme's custom properties. */
interface Args {
  sections?: SectionId[];
  'booking-url'?: string;
  'booking-label'?: string;
  'reviewed-by'?: string;
  'last-reviewed'?: string;
  'heading-level'?: number;
  'structured-data'?: boolean;
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
  title: 'Elements/Article',
  component: 'mn-article',
  argTypes: {
    sections: { control: { type: 'check' }, options: SECTION_IDS },
    'heading-level': { control: { type: 'inline-radio' }, options: [2, 3, 4, 5] },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const articleIn = (canvasElement: HTMLElement) => theElement<MnArticle>(canvasElement, 'mn-article');

/** What each section holds, in order: its heading's level and the element or intro inside it. */
const sections = (article: MnArticle) =>
  [...article.shadowRoot!.querySelectorAll('[part="section"]')].map((section) =>
    [...section.children].map((child) => child.localName).join(' '),
  );
const ALL = ['h2 p', 'h2 mn-benefits-accordion', 'h2 mn-procedure-stepper', 'mn-faq-card', 'h2 mn-disclaimer'];

/** Every section in order, with no booking link or byline: the tag with no attributes. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const article = await articleIn(canvasElement);
    const root = article.shadowRoot!;
    await expect(sections(article)).toEqual(ALL);
    await expect(root.querySelectorAll('[part="booking"], [part="byline"]').length).toBe(0);
    const faq = root.querySelector('mn-faq-card')!.shadowRoot!.querySelector('[part="heading"]')!;
    await expect([faq.localName, faq.textContent?.trim()]).toEqual(['h2', expected(globals.locale).faq]);
  },
};

/**
 * What a clinic publishes: its booking link (after the treatment steps and at the end), the
 * medical-review byline, and one JSON-LD block for search engines, shown beside the article.
 * Clicking the link fires `mn-book` (see the Actions panel); here the play function cancels it,
 * as a clinic with its own booking widget would.
 */
export const Published: Story = {
  name: 'Booking link, byline and structured data',
  args: {
    'booking-url': '#book',
    'reviewed-by': 'Medical director',
    'last-reviewed': '2026-10-01',
    'structured-data': true,
  },
  decorators: [withJsonLd],
  play: async ({ canvasElement, globals, userEvent }) => {
    const article = await articleIn(canvasElement);
    const booked: BookDetail[] = [];
    const cancel = (event: Event) => {
      event.preventDefault();
      booked.push((event as CustomEvent<BookDetail>).detail);
    };
    canvasElement.addEventListener('mn-book', cancel);
    try {
      await userEvent.click(article.shadowRoot!.querySelector<HTMLElement>('[part="booking"]')!);
    } finally {
      canvasElement.removeEventListener('mn-book', cancel);
    }
    await expect(booked).toEqual([{ url: '#book' }]);
    const links = [...article.shadowRoot!.querySelectorAll('[part="booking"]')];
    await expect(links.map((a) => [a.getAttribute('href'), a.textContent?.trim()])).toEqual([
      ['#book', expected(globals.locale).book],
      ['#book', expected(globals.locale).book],
    ]);
    await expect(article.shadowRoot!.querySelector('[part="byline"]')?.textContent).toContain('Medical director');
    await waitFor(() =>
      expect(JSON.parse(canvasElement.querySelector('.json-ld pre')?.textContent ?? '')).toMatchObject({
        '@graph': [
          {
            '@type': 'MedicalWebPage',
            inLanguage: globals.locale,
            lastReviewed: '2026-10-01',
            reviewedBy: { name: 'Medical director' },
          },
          { '@type': 'FAQPage', inLanguage: globals.locale },
        ],
      }),
    );
    await expect(document.querySelectorAll('mn-article script[type="application/ld+json"]').length).toBe(1);
  },
};

/** A shorter page: the introduction, the FAQ and the caution (which is always kept). */
export const ChosenSections: Story = {
  name: 'Chosen sections',
  args: { sections: ['intro', 'faq', 'disclaimer'] },
  play: async ({ canvasElement }) => {
    await expect(sections(await articleIn(canvasElement))).toEqual(['h2 p', 'mn-faq-card', 'h2 mn-disclaimer']);
  },
};

/** Under a level-2 page heading, the section headings are level 3 and everything inside follows. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const article = await articleIn(canvasElement);
    await expect(sections(article)).toEqual(ALL.map((section) => section.replace('h2', 'h3')));
    const inner = (tag: string, selector: string) =>
      article.shadowRoot!.querySelector(tag)!.shadowRoot!.querySelector(selector)!.localName;
    await expect([
      inner('mn-benefits-accordion', '[part="header"]'),
      inner('mn-procedure-stepper', '[part="title"]'),
      inner('mn-faq-card', '[part="heading"]'),
      inner('mn-faq-card', '[part="question"] > :first-child'),
    ]).toEqual(['h4', 'h4', 'h3', 'h4']);
  },
};

/** The smallest phone the elements support: 320 CSS px wide, nothing scrolls sideways. */
export const SmallPhone: Story = {
  name: 'Small phone (320 px)',
  args: { 'booking-url': '#book', 'reviewed-by': 'Medical director', 'last-reviewed': '2026-10-01' },
  globals: SMALL_PHONE,
  play: async (context) => {
    // The booking link follows the treatment steps (and closes the page, after the sections).
    await expect(sections(await articleIn(context.canvasElement))).toEqual(
      ALL.map((section) => (section.endsWith('stepper') ? `${section} p` : section)),
    );
    await fitsTheScreen(context);
  },
};

/** A clinic's own colours, corners and font, set once on the article and taken by every part. */
export const ClinicTheme: Story = {
  name: 'Clinic theme',
  args: {
    'booking-url': '#book',
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
    const root = (await articleIn(canvasElement)).shadowRoot!;
    const style = (host: string, selector: string) =>
      getComputedStyle(root.querySelector(host)!.shadowRoot!.querySelector(selector)!);
    // Set once on the article, taken by every element inside it.
    await expect(rgbOf(style('mn-benefits-accordion', '[part="icon"]').color)).toBe(CLINIC.accentRgb);
    await expect(style('mn-faq-card', '[part="card"]').backgroundColor).toBe(CLINIC.surfaceRgb);
    await expect(style('mn-procedure-stepper', '[part="title"]').fontFamily).toBe(CLINIC.font);
    await expect(style('mn-disclaimer', '[part="text"]').color).toBe(CLINIC.textRgb);
    const link = getComputedStyle(root.querySelector('[part="booking"]')!);
    await expect([rgbOf(link.backgroundColor), rgbOf(link.color)]).toEqual([CLINIC.accentRgb, 'rgb(255, 255, 255)']);
  },
};

/**
 * The clinic's whole page in one tag: its own introduction, first, and closing note, last (any
 * element with `slot="intro"` or `slot="closing"`), and its own question, step and point, which
 * the article hands to its FAQ card, stepper and accordion, after the article's.
 */
export const ClinicIntroAndClosing: Story = {
  name: "The clinic's introduction, closing note and entries",
  render: () => {
    const article = document.createElement('mn-article');
    for (const [slot, text] of [
      ['intro', CLINIC_WORDS.intro],
      ['closing', CLINIC_WORDS.closing],
    ]) {
      const p = document.createElement('p');
      p.slot = slot;
      p.textContent = text;
      article.append(p);
    }
    const { price, numbing, comfort } = CLINIC_WORDS;
    article.append(
      clinicEntry('mn-faq-item', { id: price.id, question: price.question }, price.answer),
      clinicEntry('mn-step', { id: numbing.id, label: numbing.label }, numbing.text),
      clinicEntry('mn-benefit', { id: comfort.id, label: comfort.label }, comfort.text),
    );
    return article;
  },
  play: async ({ canvasElement }) => {
    const article = await theElement<MnArticle>(canvasElement, 'mn-article');
    const root = article.shadowRoot!.querySelector('article')!;
    const slots = [root.firstElementChild, root.lastElementChild] as HTMLSlotElement[];
    await expect(slots.map((slot) => slot.assignedElements()[0]?.textContent)).toEqual([
      CLINIC_WORDS.intro,
      CLINIC_WORDS.closing,
    ]);
    await expect(slots.map((slot) => slot.assignedElements()[0].checkVisibility())).toEqual([true, true]);
    // Each entry last in its element, with its label as written.
    const last = (tag: string, selector: string) =>
      [...root.querySelector(tag)!.shadowRoot!.querySelectorAll(selector)].at(-1)?.textContent?.trim();
    await waitFor(() =>
      expect([
        last('mn-faq-card', '[part="button"]'),
        last('mn-benefits-accordion', '[part="button"]'),
        last('mn-procedure-stepper', '[part="step-button"] .label'),
      ]).toEqual([CLINIC_WORDS.price.question, CLINIC_WORDS.comfort.label, CLINIC_WORDS.numbing.label]),
    );
  },
};
