// The elements together, placed as a clinic would place them on its micro-needling page: the
// introduction, the key points, the treatment step by step with the booking link beside it, the
// questions and the closing caution, under one heading outline. Every heading and label comes from
// the library's own messages, so the page reads in whichever language the toolbar picks; beside the
// article's, the clinic's own price question and numbing-cream step, in its own words.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { intro, procedureName, whatIsIt } from '../src/content/article.js';
import * as ui from '../src/content/ui.js';
import { getLocale } from '../src/index.js';
import { CLINIC_WORDS, expected, PSEUDO, stepOf } from './fixtures.js';
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
