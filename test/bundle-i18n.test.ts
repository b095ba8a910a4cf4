import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg as hostMsg } from '@lit/localize';
import { LitElement } from 'lit';
import { loadScript, text } from './helpers.js';

type Api = NonNullable<typeof window.MicroneedlingElements>;
const heading = (el: Element) => text(el.shadowRoot!.querySelector('[part="heading"]'));

describe('dist/microneedling-elements.js in a Spanish page beside its own @lit/localize', () => {
  let api: Api;
  let host: ReturnType<typeof configureLocalization>;
  const errors: string[] = [];

  before(async () => {
    window.addEventListener('error', (e) => errors.push(e.message));
    // The page's own components, localized with the page's own copy of @lit/localize.
    host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['es'],
      loadLocale: async () => ({ templates: { greeting: 'Hola desde la página' } }),
    });
    document.documentElement.lang = 'es-MX';
    await loadScript('/dist/microneedling-elements.js');
    api = window.MicroneedlingElements!;
  });

  it('renders Spanish from the first render, with no configuration', async () => {
    const el = document.createElement('mn-faq-card');
    document.body.append(el);
    await (el as unknown as LitElement).updateComplete;
    expect(heading(el)).to.equal('Preguntas frecuentes');
    expect(api.getLocale()).to.equal('es');
    el.remove();
  });

  it('fetched the translation from the file beside the script', () => {
    const files = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(files).to.include('/dist/locales/es.js');
    expect(files.filter((f) => f.startsWith('/dist/locales/'))).to.deep.equal(['/dist/locales/es.js']);
  });

  it('switches every element to Arabic, right to left, with MicroneedlingElements.setLocale("ar")', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <mn-faq-card></mn-faq-card><mn-procedure-stepper></mn-procedure-stepper><mn-benefits-accordion></mn-benefits-accordion>
      <mn-disclaimer></mn-disclaimer><mn-article></mn-article>
    </div>`);
    await api.setLocale('ar');
    expect(heading(page.querySelector('mn-faq-card')!)).to.equal('الأسئلة الشائعة');
    for (const el of page.children) {
      const root = el.shadowRoot!.firstElementChild!;
      expect([el.localName, root.getAttribute('lang'), getComputedStyle(root).direction]).to.deep.equal([
        el.localName,
        'ar',
        'rtl',
      ]);
    }
    await expect(page.querySelector('mn-article')).to.be.accessible();
  });

  it('keeps the page’s own @lit/localize working, each side with its own locale', async () => {
    class PageGreeting extends LitElement {
      override render() {
        return hostMsg('Hello from the page', { id: 'greeting' });
      }
    }
    customElements.define('page-greeting', PageGreeting);
    await host.setLocale('es');
    await api.setLocale('de');
    const greeting = await fixture<PageGreeting>(html`<page-greeting></page-greeting>`);
    expect(greeting.shadowRoot!.textContent).to.equal('Hola desde la página');
    expect(host.getLocale()).to.equal('es');
    expect(api.getLocale()).to.equal('de');
    const card = await fixture(html`<mn-faq-card></mn-faq-card>`);
    expect(heading(card)).to.equal('Häufig gestellte Fragen');
    expect(errors).to.deep.equal([]);
  });

  it('keeps the ES build working beside them too, with a locale of its own', async () => {
    const module = (await import('/dist/index.js' as string)) as {
      MnFaqCard: CustomElementConstructor;
      setLocale(tag: string): Promise<void>;
      getLocale(): string;
    };
    // The script tag took the tags; the ES build's class still renders under a name of the page's.
    customElements.define('es-build-faq-card', module.MnFaqCard);
    const page = await fixture<HTMLDivElement>(
      html`<div><es-build-faq-card></es-build-faq-card><mn-faq-card></mn-faq-card></div>`,
    );
    await module.setLocale('fr');
    const esCard = page.querySelector('es-build-faq-card')!;
    await (esCard as LitElement).updateComplete;
    expect(module.getLocale()).to.equal('fr');
    expect(heading(esCard)).to.equal('Questions fréquentes');
    expect(api.getLocale()).to.equal('de');
    expect(heading(page.querySelector('mn-faq-card')!)).to.equal('Häufig gestellte Fragen');
    expect(host.getLocale()).to.equal('es');
    expect(errors).to.deep.equal([]);
  });
});
