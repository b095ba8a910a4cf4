import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { loaders } from '../src/generated/locale-loaders.js';
import { captureWarnings, nextFrame, text } from './helpers.js';

// A page in German from the start whose German translation cannot be loaded (a file not copied,
// a dropped connection): a page of its own, so the library starts afresh with this failure.
describe('a page whose language fails to load when the library starts', () => {
  it('renders English, warns once, and never tells the page the locale changed', async () => {
    document.documentElement.lang = 'de';
    const original = loaders.de;
    loaders.de = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const warnings = captureWarnings();
    const announced: string[] = [];
    addEventListener('mn-locale-change', (e) => announced.push(e.detail.locale));
    try {
      const { getLocale } = await import('../src/index.js');
      const el = document.createElement('mn-faq-card') as LitElement;
      document.body.append(el);
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Frequently asked questions');
      expect(el.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('en');
      expect(getLocale()).to.equal('en');
      await nextFrame();
      expect(announced).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([
        'microneedling-elements: the "de" translation could not be loaded; staying in en.',
      ]);
      el.remove();
    } finally {
      loaders.de = original;
      warnings.restore();
      document.documentElement.lang = 'en';
    }
  });
});
