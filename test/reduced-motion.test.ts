// Runs in a Firefox started with prefers-reduced-motion: reduce (web-test-runner.config.mjs); Chromium
// covers the same with media emulation in each element's own tests.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { MnBenefitsAccordion } from '../src/components/benefits-accordion/benefits-accordion.js';
import type { MnFaqCard } from '../src/components/faq-card/faq-card.js';

describe('prefers-reduced-motion: reduce, in Firefox', () => {
  it('is what this browser reports', () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  it('opens and closes accordion panels at once, with no animation or transition', async () => {
    const el = await fixture<MnBenefitsAccordion>(
      html`<mn-benefits-accordion open="procedure"></mn-benefits-accordion>`,
    );
    el.show('minimal-downtime');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.getAnimations().length).to.equal(0);
    expect(root.getElementById('panel-procedure')!.querySelector('p')!.checkVisibility()).to.equal(false);
    expect(root.getElementById('panel-minimal-downtime')!.querySelector('p')!.checkVisibility()).to.equal(true);
    expect(getComputedStyle(root.querySelector('[part="icon"]')!).transitionDuration).to.equal('0s');
  });

  it('hides an FAQ answer at once', async () => {
    const el = await fixture<MnFaqCard>(html`<mn-faq-card open="downtime"></mn-faq-card>`);
    el.hide('downtime');
    await el.updateComplete;
    expect(el.shadowRoot!.getAnimations().length).to.equal(0);
    expect(el.shadowRoot!.getElementById('panel-downtime')!.querySelector('p')!.checkVisibility()).to.equal(false);
  });
});
