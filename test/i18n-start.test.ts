import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { captureWarnings, text } from './helpers.js';

// A page in Spanish from the start: the library is imported only after <html lang> is set, as on a
// clinic's Spanish page (each test file runs in a page of its own, so the module starts afresh).
describe('a page whose language is set before the library starts', () => {
  it('renders Spanish from the first render, never English, and announces the locale once', async () => {
    document.documentElement.lang = 'es-MX';
    const warnings = captureWarnings();
    const announced: string[] = [];
    addEventListener('mn-locale-change', (e) => announced.push(e.detail.locale));
    try {
      const { getLocale } = await import('../src/index.js');
      const el = document.createElement('mn-faq-card') as LitElement;
      // Every text the card ever renders, from its first render on.
      const seen: string[] = [];
      const watch = new MutationObserver(() => seen.push(text(el.shadowRoot!.querySelector('[part="heading"]'))));
      document.body.append(el);
      watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await el.updateComplete;
      // Lit renders into the shadow root before the observer above can see it: read the first render too.
      expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Preguntas frecuentes');
      expect(seen.filter((heading) => heading && heading !== 'Preguntas frecuentes')).to.deep.equal([]);
      expect(getLocale()).to.equal('es');
      expect(el.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('es');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(announced).to.deep.equal(['es']);
      expect(warnings.messages).to.deep.equal([]);
      // Before any setLocale(), a change of <html lang> is followed.
      const changed = new Promise<string>((resolve) =>
        addEventListener('mn-locale-change', (e) => resolve(e.detail.locale), { once: true }),
      );
      document.documentElement.lang = 'de-AT';
      expect(await changed).to.equal('de');
      expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Häufig gestellte Fragen');
      watch.disconnect();
      el.remove();
    } finally {
      warnings.restore();
      document.documentElement.lang = 'en';
    }
  });
});
