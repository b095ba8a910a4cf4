// The elements together, placed as a clinic would place them on its micro-needling page. As each
// element arrives, replace its placeholder comment below with the element itself.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { intro, procedureName } from '../src/content/article.js';

const meta = {
  title: 'Clinic page',
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
  render: () => html`
    <main style="max-inline-size: 48rem; margin-inline: auto; padding: 1.5rem; font-family: system-ui, sans-serif;">
      <h1>${procedureName()}</h1>
      <p>${intro()}</p>

      <mn-benefits-accordion heading-level="2"></mn-benefits-accordion>

      <!-- The treatment, step by step: <mn-procedure-stepper heading-level="3"></mn-procedure-stepper> -->
      <!-- Questions visitors ask: <mn-faq-card heading-level="3"></mn-faq-card> -->
      <!-- The article's closing caution: <mn-disclaimer></mn-disclaimer> -->
    </main>
  `,
} satisfies Meta;

export default meta;

/** What a visitor to the clinic's page sees. */
export const ClinicPage: StoryObj = { name: 'Clinic page' };
