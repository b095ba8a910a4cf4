// A language per element: a bilingual clinic page (Canada, Belgium, Switzerland) where each
// element follows its own `lang` attribute, or the page's language when it names none.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { rendered } from './support.js';
import { says } from './translations.js';

const meta = {
  title: 'Languages',
  tags: ['!autodocs'],
  render: () => html`
    <div style="display: grid; gap: 1.5rem; max-inline-size: 48rem;">
      <mn-faq-card lang="es" questions="downtime sessions"></mn-faq-card>
      <mn-article lang="ar" sections="intro disclaimer"></mn-article>
      <mn-disclaimer></mn-disclaimer>
    </div>
  `,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * A Spanish FAQ card (`lang="es"`) and an Arabic article (`lang="ar"`, right to left) on one
 * page, beside a disclaimer in the page's language, which the toolbar picks: `lang` on an
 * element wins over the page's language, and the element without one follows the page.
 */
export const LanguagePerElement: Story = {
  name: 'A language per element',
  play: async ({ canvasElement, globals }) => {
    await rendered(canvasElement);
    const [card, article, disclaimer] = ['mn-faq-card', 'mn-article', 'mn-disclaimer'].map((tag) =>
      canvasElement.querySelector(tag)!,
    );
    for (const element of [card, article, disclaimer])
      await expect(element, 'every element is in the story').not.toBeNull();
    const text = (root: Element | null | undefined, selector: string) =>
      root?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

    await expect(text(card, '[part="heading"]')).toBe(says('es', 'ui.faq'));
    await expect(text(card, '[part="button"]')).toBe(says('es', 'faq.downtime.question'));
    await expect(text(article, '[part="heading"]')).toBe(says('ar', 'article.what-is-it'));
    await expect(getComputedStyle(article.shadowRoot!.querySelector('[part="article"]')!).direction).toBe('rtl');
    await expect(text(disclaimer, '[part="text"]')).toBe(says(String(globals.locale), 'article.disclaimer'));
  },
};
