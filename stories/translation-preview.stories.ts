// The translation preview (preview/, demo/translation-preview.html) in Storybook: a translator
// opens or drops a language's .xlf file and sees every element in it.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { mountPreview } from '../preview/translation-preview.js';

const meta = {
  title: 'Translators/Translation preview',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  render: () => {
    const host = document.createElement('div');
    host.dataset.ready = 'no';
    void mountPreview(host).ready.then(() => (host.dataset.ready = 'yes'));
    return host;
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * Open your language's `.xlf` file (or drop it on the page): the article shows in it at phone and
 * desktop width side by side, right to left where your language is written so. What
 * `npm run localize:check` would say is listed beside it, each line a link to its text; a unit
 * not translated yet shows its English, marked as English. The file is read in the page and goes
 * nowhere. The same page is `demo/translation-preview.html` in the built demo.
 */
export const TranslationPreview: Story = {
  name: 'Translation preview',
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector<HTMLElement>('.mn-tp')!;
    await expect(host, 'the preview is in the story').not.toBeNull();
    await waitFor(() => expect(host.dataset.ready).toBe('yes'));
    await expect(host.querySelector('input[type="file"]')).toHaveAccessibleName('Open an .xlf file');
    await expect(host.querySelector('[role="status"]')).toHaveTextContent(
      'No file is open yet: the page shows the English.',
    );
    await expect(host.querySelectorAll('.page mn-article')).toHaveLength(2);
  },
};
