// The article as `npx microneedling-elements render` writes it (dist/html/<locale>/mn-article.html,
// which `npm run build` makes for every language), as a visitor whose browser runs no JavaScript
// sees it: a frame sandboxed without scripts, where `@media (scripting: none)` applies. Every key
// point and answer is open, and the treatment is the ordered list of its steps.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { says } from './translations.js';

const snippets = import.meta.glob<string>('../dist/html/*/mn-article.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const snippetOf = (locale: string): string | undefined => snippets[`../dist/html/${locale}/mn-article.html`];

const meta = {
  title: 'Prerendered',
  tags: ['!autodocs'],
  render: (_, { globals }) => {
    const locale = String(globals.locale);
    const snippet = snippetOf(locale);
    if (!snippet) {
      return html`<p>No prerendered article in ${locale}: <code>npm run build</code> writes one for every shipped language (not the pseudo-locale).</p>`;
    }
    const page = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Prerendered article</title></head><body style="margin: 1rem; font-family: system-ui, sans-serif">${snippet}</body></html>`;
    return html`<iframe
      title="The article without JavaScript"
      sandbox="allow-same-origin"
      srcdoc=${page}
      style="inline-size: 100%; block-size: 85vh; border: 1px solid #ccc"
    ></iframe>`;
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const shown = (el: Element) => el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });

/**
 * The article with JavaScript off, in the toolbar's language: all ten key points and eight
 * answers open, the seven steps as a numbered list, the caution, and no button of the stepper.
 */
export const WithoutJavaScript: Story = {
  name: 'Without JavaScript',
  // axe runs as a script inside each frame; this one runs none, so axe could only ever report it
  // as "not tested": an inconclusive result the Accessibility panel would show on every visit.
  // The play checks what the frame shows.
  parameters: { a11y: { config: { rules: [{ id: 'frame-tested', enabled: false }] } } },
  play: async ({ canvasElement, globals }) => {
    const locale = String(globals.locale);
    const frame = canvasElement.querySelector('iframe');
    await expect(frame, `a prerendered article in ${locale}`).not.toBeNull();
    await waitFor(() => expect(frame!.contentDocument?.querySelector('mn-article')?.shadowRoot).toBeTruthy());
    const page = frame!.contentWindow!;
    await expect(page.matchMedia('(scripting: none)').matches).toBe(true);
    const article = page.document.querySelector('mn-article')!.shadowRoot!;
    const inner = (tag: string) => article.querySelector(tag)!.shadowRoot!;
    await expect([...inner('mn-benefits-accordion').querySelectorAll('.panel')].filter(shown).length).toBe(10);
    await expect([...inner('mn-faq-card').querySelectorAll('.panel')].filter(shown).length).toBe(8);
    const steps = [...inner('mn-procedure-stepper').querySelectorAll('ol.print > li')];
    await expect(steps.filter(shown).length).toBe(7);
    await expect(steps[0].querySelector('h3')!.textContent!.trim()).toBe(says(locale, 'step.consultation.title'));
    await expect([...inner('mn-procedure-stepper').querySelectorAll('button')].some(shown)).toBe(false);
    const caution = inner('mn-disclaimer').querySelector('[role="note"]')!;
    await expect(shown(caution)).toBe(true);
    await expect(caution.textContent!.replace(/\s+/g, ' ')).toContain(
      says(locale, 'article.disclaimer').replace(/\s+/g, ' '),
    );
  },
};
