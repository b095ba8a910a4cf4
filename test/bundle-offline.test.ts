import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings, loadScript, text } from './helpers.js';

describe('dist/microneedling-elements.js when a translation cannot be loaded', () => {
  it('stays readable in the previous locale, with a warning that names the URL tried', async () => {
    // /offline/ serves the script but 404s every file beside it (see web-test-runner.config.mjs).
    await loadScript('/offline/microneedling-elements.js');
    const api = window.MicroneedlingElements!;
    const el = await fixture(html`<mn-faq-card></mn-faq-card>`);
    const warnings = captureWarnings();
    try {
      await api.setLocale('fr');
    } finally {
      warnings.restore();
    }
    expect(api.getLocale()).to.equal('en');
    expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Frequently asked questions');
    expect(warnings.messages).to.deep.equal([
      `microneedling-elements: the "fr" translation could not be loaded from ${location.origin}/offline/locales/fr.js (copy the locales/ folder of the package's dist/ beside microneedling-elements.js); staying in en.`,
    ]);
  });
});
