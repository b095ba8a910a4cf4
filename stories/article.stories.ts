// The whole article in one tag. Copied from benefits-accordion.stories.ts: args are named after the
// element's attributes, ids come from src/, and no story repeats a string the library already
// exports. Every story keeps the disclaimer: leaving it out makes the element warn (and the
// storybook tests fail), because the caution is not optional.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { MnArticle } from '../src/components/article/article.js';
import { SECTION_IDS, type BookDetail, type SectionId } from '../src/components/article/article.types.js';
import { getLocale } from '../src/index.js';
import { fitsTheScreen, rendered, SMALL_PHONE, withJsonLd } from './support.js';

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

const articleIn = (canvasElement: HTMLElement) => canvasElement.querySelector<MnArticle>('mn-article');

/** Every section in order, with no booking link or byline: the tag with no attributes. */
export const Default: Story = {};

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
  play: async ({ canvasElement, userEvent }) => {
    const article = articleIn(canvasElement);
    await rendered(canvasElement);
    const booked: BookDetail[] = [];
    const cancel = (event: Event) => {
      event.preventDefault();
      booked.push((event as CustomEvent<BookDetail>).detail);
    };
    canvasElement.addEventListener('mn-book', cancel);
    try {
      await userEvent.click(article!.shadowRoot!.querySelector<HTMLElement>('[part="booking"]')!);
    } finally {
      canvasElement.removeEventListener('mn-book', cancel);
    }
    await expect(booked).toEqual([{ url: '#book' }]);
    await waitFor(() =>
      expect(JSON.parse(canvasElement.querySelector('.json-ld pre')?.textContent ?? '')).toMatchObject({
        '@graph': [
          { '@type': 'MedicalWebPage', inLanguage: getLocale(), lastReviewed: '2026-10-01' },
          { '@type': 'FAQPage', inLanguage: getLocale() },
        ],
      }),
    );
  },
};

/** A shorter page: the introduction, the FAQ and the caution (which is always kept). */
export const ChosenSections: Story = {
  name: 'Chosen sections',
  args: { sections: ['intro', 'faq', 'disclaimer'] },
};

/** Under a level-2 page heading, the section headings are level 3 and everything inside follows. */
export const HeadingLevel3: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    await rendered(canvasElement);
    const headings = articleIn(canvasElement)?.shadowRoot?.querySelectorAll('[part="heading"]') ?? [];
    await expect(headings.length).toBeGreaterThan(0);
    await expect([...headings].map((heading) => heading.localName)).toEqual([...headings].map(() => 'h3'));
  },
};

/** The smallest phone the elements support: 320 CSS px wide, nothing scrolls sideways. */
export const SmallPhone: Story = {
  name: 'Small phone (320 px)',
  args: { 'booking-url': '#book', 'reviewed-by': 'Medical director', 'last-reviewed': '2026-10-01' },
  globals: SMALL_PHONE,
  play: fitsTheScreen,
};

/** A clinic's own colours, corners and font, set once on the article and taken by every part. */
export const ClinicTheme: Story = {
  name: 'Clinic theme',
  args: {
    'booking-url': '#book',
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
