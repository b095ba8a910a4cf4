// The article's closing caution. It has no attributes (the caution is not optional), so its args are
// the theme's custom properties only. Copied from benefits-accordion.stories.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { CLINIC } from './fixtures.js';
import { says } from './translations.js';
import { fitsTheScreen, SMALL_PHONE, theElement } from './support.js';

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
    await expect([note.backgroundColor, note.color, note.fontFamily, note.borderTopLeftRadius]).toEqual([
      CLINIC.surfaceRgb,
      CLINIC.textRgb,
      CLINIC.font,
      '16px',
    ]);
    // The accent marks the note's leading edge (the left one, or the right one right to left).
    await expect([note.borderLeftColor, note.borderRightColor]).toContain(CLINIC.accentRgb);
  },
};
