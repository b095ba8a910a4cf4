import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadScript, text } from './helpers.js';

declare const __VERSION__: string;

describe('dist/microneedling-elements.js', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(async () => {
    window.addEventListener('error', onError);
    await loadScript('/dist/microneedling-elements.js');
  });
  after(() => window.removeEventListener('error', onError));

  it('defines every element and window.MicroneedlingElements', () => {
    expect(customElements.get('mn-benefits-accordion')).to.be.a('function');
    expect(window.MicroneedlingElements!.version).to.equal(__VERSION__);
    expect(window.MicroneedlingElements!.getLocale()).to.equal('en');
    expect(errors).to.deep.equal([]);
  });

  it('shows the asked-for benefits in a plain page, operable by keyboard', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<mn-benefits-accordion items="scar-reduction procedure" heading-level="2" open="procedure"></mn-benefits-accordion>`,
    );
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(
      buttons.map((b) => `${b.parentElement!.localName} ${text(b)} ${b.getAttribute('aria-expanded')}`),
    ).to.deep.equal(['h2 Reduced appearance of scars false', 'h2 Procedure true']);
    buttons[1].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.getAttribute('open')).to.equal('scar-reduction');
    await expect(el).to.be.accessible();
  });

  it('shows step 3 of 7 for active-step="2", and Next fires one mn-step-change', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<mn-procedure-stepper active-step="2"></mn-procedure-stepper>`,
    );
    const root = el.shadowRoot!;
    expect(text(root.querySelector('[part="progress"]'))).to.equal('Step 3 of 7');
    expect(text(root.querySelector('[part="title"]'))).to.equal('Light peel');
    expect([...root.querySelectorAll('[part="step"]')].map((li) => li.classList.contains('done'))).to.deep.equal([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    const changes: unknown[] = [];
    el.addEventListener('mn-step-change', (e) => changes.push((e as CustomEvent).detail));
    root.querySelector<HTMLElement>('[part="next"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(changes).to.deep.equal([{ index: 3, id: 'micro-needling', previousIndex: 2 }]);
    await expect(el).to.be.accessible();
  });

  it('shows two FAQ questions in a card with one FAQPage block that matches them word for word', async () => {
    const el = await fixture(html`<mn-faq-card structured-data questions="downtime sessions"></mn-faq-card>`);
    const buttons = [...el.shadowRoot!.querySelectorAll('[part="button"]')];
    const blocks = document.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks.length).to.equal(1);
    const data = JSON.parse(blocks[0].textContent!) as {
      mainEntity: { name: string; acceptedAnswer: { text: string } }[];
    };
    expect(data.mainEntity.map((q) => q.name)).to.deep.equal(buttons.map((b) => text(b)));
    expect(data.mainEntity.map((q) => q.acceptedAnswer.text)).to.deep.equal(
      buttons.map((b) => text(el.shadowRoot!.getElementById(b.getAttribute('aria-controls')!))),
    );
    await expect(el).to.be.accessible();
  });

  it('shows the whole article with the booking link twice, the byline, the disclaimer and one JSON-LD block', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<mn-article booking-url="/book" reviewed-by="Medical director" last-reviewed="2026-10-01" structured-data></mn-article>`,
    );
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('a[part="booking"]')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '/book',
      '/book',
    ]);
    expect(text(root.querySelector('[part="byline"]'))).to.equal(
      'Medically reviewed by Medical director on October 1, 2026',
    );
    expect(root.querySelectorAll('mn-disclaimer').length).to.equal(1);
    expect([...root.querySelectorAll('h2')].map((h) => text(h))).to.deep.equal([
      'What is micro-needling?',
      'Key points and benefits',
      'The treatment, step by step',
      'Individual results may vary',
    ]);
    const blocks = document.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks.length).to.equal(1);
    const graph = (JSON.parse(blocks[0].textContent!) as { '@graph': { '@type': string }[] })['@graph'];
    expect(graph.map((node) => node['@type'])).to.deep.equal(['MedicalWebPage', 'FAQPage']);
    await expect(el).to.be.accessible();
  });

  it('survives being included twice: no error, the first definition and API stay', async () => {
    const ctor = customElements.get('mn-benefits-accordion');
    const api = window.MicroneedlingElements;
    await loadScript('/dist/microneedling-elements.js');
    expect(errors).to.deep.equal([]);
    expect(customElements.get('mn-benefits-accordion')).to.equal(ctor);
    expect(window.MicroneedlingElements).to.equal(api);
    const el = await fixture(html`<mn-benefits-accordion></mn-benefits-accordion>`);
    expect(el.shadowRoot!.querySelectorAll('button').length).to.equal(10);
  });

  it('survives the ES build loaded beside it', async () => {
    const ctor = customElements.get('mn-benefits-accordion');
    const module = await import('/dist/index.js' as string);
    expect(module.version).to.equal(__VERSION__);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('mn-benefits-accordion')).to.equal(ctor);
  });
});
