// The elements together, placed as a clinic would place them on its micro-needling page: the
// introduction, the key points, the treatment step by step with the booking link beside it, the
// questions and the closing caution, under one heading outline. Every heading and label comes from
// the library's own messages, so the page reads in whichever language the toolbar picks; beside the
// article's, the clinic's own price question and numbing-cream step, in its own words.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, spyOn, waitFor } from 'storybook/test';
import { intro, procedureName, whatIsIt } from '../src/content/article.js';
import * as ui from '../src/content/ui.js';
import { getLocale } from '../src/index.js';
import { CLINIC_WORDS, expected, PSEUDO, stepOf } from './fixtures.js';
import { cssFor, PAGES, playground } from './playground.js';
import { fitsTheScreen, SMALL_PHONE, theElement } from './support.js';

const meta = {
  title: 'Clinic page',
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
  render: () => html`
    <main
      style="max-inline-size: 48rem; margin-inline: auto; padding: 1.5rem; font-family: system-ui, sans-serif; overflow-wrap: break-word;"
    >
      <h1>${procedureName()}</h1>

      <section>
        <h2>${whatIsIt()}</h2>
        <p>${intro()}</p>
      </section>

      <section>
        <h2>${ui.benefits()}</h2>
        <mn-benefits-accordion heading-level="3"></mn-benefits-accordion>
      </section>

      <section>
        <h2>${ui.procedure()}</h2>
        <mn-procedure-stepper heading-level="3"
          ><mn-step id=${CLINIC_WORDS.numbing.id} label=${CLINIC_WORDS.numbing.label}
            ><p>${CLINIC_WORDS.numbing.text}</p></mn-step
          ></mn-procedure-stepper
        >
        <p>
          <a
            href="#book"
            style="display: inline-block; padding: 0.75rem 1.25rem; border-radius: 0.5rem; background: #0b6e69; color: #fff; font-weight: 600; text-decoration: none;"
            >${ui.book()}</a
          >
        </p>
      </section>

      <section>
        <mn-faq-card heading-level="2"
          ><mn-faq-item id=${CLINIC_WORDS.price.id} question=${CLINIC_WORDS.price.question}
            ><p>${CLINIC_WORDS.price.answer}</p></mn-faq-item
          ></mn-faq-card
        >
      </section>

      <section>
        <h2>${ui.resultsVary()}</h2>
        <mn-disclaimer></mn-disclaimer>
      </section>
    </main>
  `,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** What the page shows in `locale`, checked against the literal text of stories/fixtures.ts. */
async function showsLanguage(canvasElement: HTMLElement, locale: unknown): Promise<void> {
  const faq = await theElement(canvasElement, 'mn-faq-card');
  const accordion = await theElement(canvasElement, 'mn-benefits-accordion');
  const stepper = await theElement(canvasElement, 'mn-procedure-stepper');
  await expect(getLocale()).toBe(locale);
  await expect([
    faq.shadowRoot!.querySelector('[part="heading"]')!.textContent?.trim(),
    accordion.shadowRoot!.querySelector('[part="button"]')!.textContent?.trim(),
    stepper.shadowRoot!.querySelector('[part="progress"]')!.textContent?.trim(),
    canvasElement.querySelector('a[href="#book"]')!.textContent?.trim(),
  ]).toEqual([expected(locale).faq, expected(locale).procedure, stepOf(locale, 1, 8), expected(locale).book]);
  // The clinic's own question and step, last, in its own words whatever the language.
  const last = (root: ShadowRoot, selector: string) => [...root.querySelectorAll(selector)].at(-1)?.textContent?.trim();
  await expect([
    last(faq.shadowRoot!, '[part="button"]'),
    last(stepper.shadowRoot!, '[part="step-button"] .label > span:first-child'),
  ]).toEqual([CLINIC_WORDS.price.question, CLINIC_WORDS.numbing.label]);
  await expect(canvasElement.querySelectorAll('mn-disclaimer').length).toBe(1);
}

/** What a visitor to the clinic's page sees, in the language the toolbar picks. */
export const ClinicPage: Story = {
  name: 'Clinic page',
  play: async ({ canvasElement, globals }) => showsLanguage(canvasElement, globals.locale),
};

/**
 * The page in the pseudo-locale: every message accented and longer (short text two to three times), to find text that
 * is cut off, overflows or was never sent for translation. This story always shows the
 * pseudo-locale (the toolbar's language is locked while it is open); every other story shows the
 * language the toolbar picks, as the next one checks. Were the pseudo-locale ever dropped from
 * the build, it would show English and this story would fail.
 */
export const PseudoLocale: Story = {
  name: 'Pseudo-locale (long text)',
  globals: { locale: PSEUDO },
  play: async ({ canvasElement }) => showsLanguage(canvasElement, PSEUDO),
};

/** The page on the smallest phone the elements support: nothing scrolls sideways. */
export const SmallPhone: Story = {
  name: 'Small phone (320 px)',
  globals: SMALL_PHONE,
  play: async (context) => {
    // Back in the toolbar's language after the pseudo-locale story.
    await showsLanguage(context.canvasElement, context.globals.locale);
    await fitsTheScreen(context);
  },
};

/** Long text on the smallest phone: where a layout breaks first. */
export const PseudoLocaleSmallPhone: Story = {
  name: 'Pseudo-locale on a small phone',
  globals: { locale: PSEUDO, ...SMALL_PHONE },
  play: async (context) => {
    await showsLanguage(context.canvasElement, PSEUDO);
    await fitsTheScreen(context);
  },
};

/**
 * Try a clinic's brand colour: pick it, and the page's light or dark background, and see the
 * whole article take it. The table measures, on the rendered elements, the contrast of each
 * colour the library derives from it (4.5:1 for text, 3:1 for icons, rings and borders);
 * "Copy CSS" copies the one line a clinic adds to its stylesheet.
 */
export const ThemePlayground: Story = {
  name: 'Theme playground',
  render: () => playground(),
  play: async ({ canvasElement, userEvent }) => {
    await theElement(canvasElement, 'mn-article');
    const rows = () => [...canvasElement.querySelectorAll<HTMLTableRowElement>('.theme-playground tbody tr')];
    await waitFor(() => expect(rows().length).toBe(5));
    // Every readout measured: a ratio, and a verdict that agrees with the ratio it needs.
    for (const tr of rows()) {
      const [ratio, needs] = [tr.cells[3].textContent!, tr.cells[4].textContent!].map((text) => parseFloat(text));
      await expect(tr.cells[3].textContent, tr.cells[0].textContent!).toMatch(/^\d+\.\d\d:1$/);
      await expect(tr.dataset.verdict).toBe(ratio >= needs ? 'Pass' : 'Fail');
    }
    // A brand colour picked is set on the article, and is what "Copy CSS" copies.
    const input = canvasElement.querySelector<HTMLInputElement>('input[name="accent"]')!;
    input.value = '#1e3a8a';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const article = canvasElement.querySelector<HTMLElement>('mn-article')!;
    await expect(article.style.getPropertyValue('--mn-accent')).toBe('#1e3a8a');
    const copy = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    try {
      await userEvent.click(canvasElement.querySelector<HTMLElement>('button[name="copy"]')!);
      await expect(copy).toHaveBeenCalledWith(cssFor('#1e3a8a'));
      await waitFor(() =>
        expect(canvasElement.querySelector('[data-copied]')!.textContent).toBe(`Copied: ${cssFor('#1e3a8a')}`),
      );
    } finally {
      copy.mockRestore();
    }
    await expect(cssFor('#1e3a8a')).toBe('mn-article { --mn-accent: #1e3a8a; }');
    // The readouts follow the page: on the dark page, they are measured against its background.
    await userEvent.click(canvasElement.querySelector<HTMLElement>('input[name="page"][value="dark"]')!);
    await expect(rows()[2].cells[2].textContent).toBe(PAGES.dark.background);
  },
};
