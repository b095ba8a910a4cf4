import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { loaders } from '../src/generated/locale-loaders.js';
import { getLocale, setLocale } from '../src/i18n/locale.js';
import { captureWarnings, nextFrame, text } from './helpers.js';

// A page of its own: each test asks for a language no earlier test has loaded, so every load
// here really goes to the network (or to the stub that stands in for it).

const heading = (el: Element) => text(el.shadowRoot!.querySelector('[part="heading"]'));

/** Makes one language's translation fail to load, as a missing file or a dropped connection does. */
function failing(locale: string): () => void {
  const original = loaders[locale];
  loaders[locale] = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  return () => (loaders[locale] = original);
}

/** Holds one language's translation back until release() is called, counting the loads asked for. */
function held(locale: string): { release(): void; restore(): void; readonly loads: number } {
  const original = loaders[locale];
  let release!: () => void;
  let loads = 0;
  const gate = new Promise<void>((resolve) => (release = resolve));
  loaders[locale] = () => (loads++, gate.then(original));
  return {
    release,
    restore: () => (loaders[locale] = original),
    get loads() {
      return loads;
    },
  };
}

describe('loading translations', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    await setLocale('auto');
  });

  it('keeps the previous locale, readable, with a warning when a translation fails to load', async () => {
    const card = await fixture(html`<mn-faq-card></mn-faq-card>`);
    await setLocale('fr');
    const restore = failing('de');
    try {
      await setLocale('de');
    } finally {
      restore();
    }
    expect(getLocale()).to.equal('fr');
    expect(heading(card)).to.equal('Questions fréquentes');
    expect(warnings.messages).to.deep.equal([
      'microneedling-elements: the "de" translation could not be loaded; staying in fr.',
    ]);
  });

  it("shows the page's locale, with one warning, when an element's own lang fails to load", async () => {
    const restore = failing('nl');
    let page: HTMLElement;
    try {
      page = await fixture(
        html`<div><mn-faq-card lang="nl"></mn-faq-card><mn-disclaimer lang="nl"></mn-disclaimer></div>`,
      );
      await Promise.all([...page.children].map((el) => (el as LitElement).updateComplete));
    } finally {
      restore();
    }
    const card = page.querySelector('mn-faq-card')!;
    expect(heading(card)).to.equal('Frequently asked questions');
    expect(card.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('en');
    expect(warnings.messages).to.deep.equal([
      'microneedling-elements: the "nl" translation could not be loaded; showing en.',
    ]);
  });

  it('loads a language once for every element that asks for it at the same time', async () => {
    const gate = held('zh-Hans');
    try {
      const cards = [1, 2, 3].map(() => {
        const card = document.createElement('mn-faq-card') as LitElement;
        card.lang = 'zh-Hans';
        document.body.append(card);
        return card;
      });
      await nextFrame();
      gate.release();
      await Promise.all(cards.map((card) => card.updateComplete));
      expect(gate.loads).to.equal(1);
      expect(cards.map(heading)).to.deep.equal(['常见问题', '常见问题', '常见问题']);
      for (const card of cards) card.remove();
    } finally {
      gate.restore();
    }
  });

  it('resolves overlapping requests to the last one asked, even when the first loads last', async () => {
    const card = await fixture(html`<mn-faq-card></mn-faq-card>`);
    // The first request's translation arrives only after the second has been applied.
    const gate = held('it');
    try {
      const first = setLocale('it');
      await setLocale('ja');
      expect(getLocale()).to.equal('ja');
      gate.release();
      await first;
    } finally {
      gate.restore();
    }
    expect(getLocale()).to.equal('ja');
    expect(heading(card)).to.equal('よくあるご質問');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('holds an element with its own lang back until its translation is there, so no English flashes', async () => {
    const gate = held('pl');
    try {
      // Not fixture(), which waits for the first render: that render is what is held back.
      const card = document.createElement('mn-faq-card') as LitElement;
      card.lang = 'pl';
      document.body.append(card);
      await nextFrame();
      expect(card.shadowRoot?.textContent ?? '').to.equal('');
      gate.release();
      await card.updateComplete;
      expect(heading(card)).to.equal('Najczęściej zadawane pytania');
      card.remove();
    } finally {
      gate.restore();
    }
    expect(getLocale()).to.equal('en');
  });
});
