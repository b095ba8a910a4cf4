// The article's closing caution. It has no attributes (the caution is not optional), so its args are
// the theme's custom properties only. Copied from benefits-accordion.stories.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { rgbOf } from './colour.js';
import { CLINIC } from './fixtures.js';
import { says } from './translations.js';
import { element, fitsTheScreen, SMALL_PHONE, STATE_NOTES, statesGrid, theElement } from './support.js';

/** The disclaimer's args: the theme's custom properties. */
interface Args {
  '--mn-accent'?: string;
  '--mn-text'?: string;
  '--mn-surface'?: string;
  '--mn-radius'?: string;
  '--mn-space'?: string;
  '--mn-font'?: string;
}

const meta = {
  title: 'Elements/Disclaimer',
  component: 'mn-disclaimer',
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const noteIn = async (canvasElement: HTMLElement) =>
  (await theElement(canvasElement, 'mn-disclaimer')).shadowRoot!.querySelector<HTMLElement>('[part="note"]')!;

/**
 * The caution as every clinic page shows it: a note, in the toolbar's language, word for word as
 * the translator wrote it.
 */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const note = await noteIn(canvasElement);
    await expect([note.getAttribute('role'), note.getAttribute('lang')]).toEqual(['note', globals.locale]);
    // The whole caution, word for word as the translator wrote it.
    await expect(note.querySelector('[part="text"]')!.textContent!.trim()).toBe(
      says(String(globals.locale), 'article.disclaimer'),
    );
    await expect(note.querySelector('[part="icon"]')!.getAttribute('aria-hidden')).toBe('true');
  },
};

/** The smallest phone the elements support: 320 CSS px wide, nothing scrolls sideways. */
export const SmallPhone: Story = {
  name: 'Small phone (320 px)',
  globals: SMALL_PHONE,
  play: fitsTheScreen,
};

/** A clinic's own colours, corners and font, set through the `--mn-*` custom properties. */
export const ClinicTheme: Story = {
  name: 'Clinic theme',
  args: {
    '--mn-accent': CLINIC.accent,
    '--mn-surface': CLINIC.surface,
    '--mn-text': CLINIC.text,
    '--mn-radius': '1rem',
    '--mn-font': CLINIC.font,
  },
  play: async ({ canvasElement }) => {
    const note = getComputedStyle(await noteIn(canvasElement));
    // The accent edge stays straight; the other side's corners are rounded.
    await expect([
      note.backgroundColor,
      note.color,
      note.fontFamily,
      note.getPropertyValue('border-start-end-radius'),
    ]).toEqual([CLINIC.surfaceRgb, CLINIC.textRgb, CLINIC.font, '16px']);
    // The accent marks the note's leading edge (the left one, or the right one right to left).
    await expect([note.borderLeftColor, note.borderRightColor].map(rgbOf)).toContain(CLINIC.accentRgb);
  },
};

/**
 * The caution has one state: it has no button, nothing opens, nothing moves. Shown as it is and
 * in a narrow column, where its text wraps beside the icon.
 */
export const AllStates: Story = {
  name: 'All states',
  render: () => {
    const narrow = element('mn-disclaimer');
    narrow.style.maxInlineSize = '16rem';
    return statesGrid(
      [
        { label: 'As every page shows it', element: element('mn-disclaimer') },
        { label: 'In a 16 rem column', element: narrow },
      ],
      ['The caution has no hover, focus, open or disabled state, and no animation.', STATE_NOTES.forcedColors],
    );
  },
  play: async ({ canvasElement, globals }) => {
    await theElement(canvasElement, 'mn-disclaimer');
    const notes = [...canvasElement.querySelectorAll('mn-disclaimer')].map((copy) =>
      copy.shadowRoot!.querySelector('[part="text"]')!.textContent!.trim(),
    );
    await expect(notes).toEqual([1, 2].map(() => says(String(globals.locale), 'article.disclaimer')));
  },
};
