// The article's closing caution. It has no attributes (the caution is not optional), so its args are
// the theme's custom properties only. Copied from benefits-accordion.stories.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fitsTheScreen, SMALL_PHONE } from './support.js';

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

/** The caution as every clinic page shows it. */
export const Default: Story = {};

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
    '--mn-accent': '#8a3b5c',
    '--mn-surface': '#fbf5f0',
    '--mn-text': '#3a2a24',
    '--mn-radius': '1rem',
    '--mn-font': 'Georgia, "Times New Roman", serif',
  },
};
