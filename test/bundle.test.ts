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
    expect(buttons.map((b) => `${b.parentElement!.localName} ${text(b)} ${b.getAttribute('aria-expanded')}`)).to.deep.equal([
      'h2 Reduced appearance of scars false',
      'h2 Procedure true',
    ]);
    buttons[1].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.getAttribute('open')).to.equal('scar-reduction');
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
