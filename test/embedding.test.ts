import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { text } from './helpers.js';

/** What test/pages/record.js keeps in each page, and what the library puts there. */
interface Page extends Window {
  warnings: string[];
  errors: string[];
  violations: string[];
  localeShown: Promise<string>;
  trustedTypes?: unknown;
}

const frames: HTMLIFrameElement[] = [];

/** Opens a page of test/pages/ as a site serves it (web-test-runner.config.mjs: /plain/). */
async function open(page: string): Promise<Page> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/plain/test/pages/${page}`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as unknown as Page;
}

/** The paths of the translation files a page fetched. */
const translationsFetched = (page: Page) =>
  page.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/locales/'));

const faqHeading = (page: Page) =>
  text(page.document.querySelector('mn-faq-card')!.shadowRoot!.querySelector('[part="heading"]'));

describe('every way of embedding the library', () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  describe('the script-tag build in a Spanish page, the script in another folder than the page', () => {
    for (const mode of ['classic', 'defer', 'async', 'module']) {
      it(`a ${mode} script tag finds locales/es.js beside the script`, async () => {
        const page = await open(`${mode}.html`);
        expect(await page.localeShown).to.equal('es');
        expect(faqHeading(page)).to.equal('Preguntas frecuentes');
        expect(translationsFetched(page)).to.deep.equal(['/plain/dist/locales/es.js']);
        expect([page.warnings, page.errors]).to.deep.equal([[], []]);
      });
    }

    it('names the URL it tried and what to copy there when a translation is missing', async () => {
      const page = await open('offline.html');
      await page.MicroneedlingElements!.setLocale('fr');
      expect(page.MicroneedlingElements!.getLocale()).to.equal('en');
      expect(faqHeading(page)).to.equal('Frequently asked questions');
      expect(page.warnings).to.deep.equal([
        `microneedling-elements: the "fr" translation could not be loaded from ${location.origin}/plain/offline/locales/fr.js (copy the locales/ folder of the package's dist/ beside microneedling-elements.js); staying in en.`,
      ]);
      expect(page.errors).to.deep.equal([]);
    });
  });

  it('the ES build through an import map, with no bundler, loads its translation chunk', async () => {
    const page = await open('import-map.html');
    expect(await page.localeShown).to.equal('es');
    expect(faqHeading(page)).to.equal('Preguntas frecuentes');
    expect(translationsFetched(page)).to.deep.equal(['/plain/dist/generated/locales/es.js']);
    expect([page.warnings, page.errors]).to.deep.equal([[], []]);
  });

  describe("a page that enforces Trusted Types (require-trusted-types-for 'script')", () => {
    const csp = (names: string) =>
      `trusted-types.html?csp=${encodeURIComponent(`require-trusted-types-for 'script'; trusted-types ${names}`)}`;
    const jsonLd = (page: Page) =>
      page.document.querySelector('mn-article > script[type="application/ld+json"]')?.textContent;

    it('writes the JSON-LD through the "microneedling-elements" policy: no error, no violation', async function () {
      const page = await open(csp('lit-html microneedling-elements'));
      if (!page.trustedTypes) this.skip();
      const article = page.document.querySelector<LitElement>('mn-article')!;
      await article.updateComplete;
      const graph = (JSON.parse(jsonLd(page)!) as { '@graph': { '@type': string }[] })['@graph'];
      expect(graph.map((node) => node['@type'])).to.deep.equal(['MedicalWebPage', 'FAQPage']);
      expect([page.warnings, page.errors, page.violations]).to.deep.equal([[], [], []]);
    });

    it('without the policy allowed: one warning, no JSON-LD, the article intact, nothing thrown', async function () {
      const page = await open(csp('lit-html'));
      if (!page.trustedTypes) this.skip();
      const article = page.document.querySelector<LitElement>('mn-article')!;
      await article.updateComplete;
      expect(jsonLd(page)).to.equal(undefined);
      expect(text(article.shadowRoot!.querySelector('[part="booking"]'))).to.equal('Book a consultation');
      expect(page.warnings).to.deep.equal([
        'microneedling-elements: the Content-Security-Policy does not allow the Trusted Types policy "microneedling-elements"; add it to trusted-types to get the structured data (JSON-LD).',
      ]);
      expect(page.errors).to.deep.equal([]);
    });
  });

  it('loads and renders when the page’s elements stand in for Lit’s globals and the document’s methods (DOM clobbering)', async () => {
    const page = await open('clobbered.html');
    await page.customElements.whenDefined('mn-faq-card');
    const card = page.document.querySelector('mn-faq-card') as LitElement;
    const disclaimer = page.document.querySelector('mn-disclaimer') as LitElement;
    await card.updateComplete;
    await disclaimer.updateComplete;
    expect(page.errors).to.deep.equal([]);
    expect([...card.shadowRoot!.querySelectorAll('[part="button"]')].slice(-5).map((b) => text(b))).to.deep.equal([
      'Versions?',
      'Templates?',
      'Elements?',
      'Properties?',
      'Hydration?',
    ]);
    expect(text(disclaimer.shadowRoot!.querySelector('[part="text"]'))).to.match(/^Individual experiences/);
    // The images' names, which stood in for document.importNode and the like, are taken out,
    // before Lit loads (it calls document.createTreeWalker as it does), each with a warning.
    expect(page.warnings.filter((warning) => warning.includes('before the library loaded'))).to.deep.equal(
      ['importNode', 'createComment', 'createTreeWalker'].map(
        (name) =>
          `<mn-faq-item>: removed name="${name}" from an entry before the library loaded: it stood in for document.${name}.`,
      ),
    );
    expect([...page.document.querySelectorAll('img')].map((img) => img.getAttribute('name'))).to.deep.equal([
      null,
      null,
      null,
    ]);
  });
});
