import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { loaders } from '../src/generated/locale-loaders.js';
import { getLocale, setLocale } from '../src/i18n/locale.js';
import { captureWarnings, nextFrame, text } from './helpers.js';

// A page of its own: each test asks for a language no earlier test has loaded, so every load
// here really goes to the network (or to the stub that stands in for it).

const heading = (el: Element) => text(el.shadowRoot!.querySelector('[part="heading"]'));

/**
 * Makes one language's translation fail to load, as a missing file or a dropped connection does
 * (or as the script tag's loader does, which says where it looked), counting the loads asked for.
 */
function failing(
  locale: string,
  error: Error = new TypeError('Failed to fetch dynamically imported module'),
): { restore(): void; readonly loads: number } {
  const original = loaders[locale];
  let loads = 0;
  loaders[locale] = () => (loads++, Promise.reject(error));
  return {
    restore: () => (loaders[locale] = original),
    get loads() {
      return loads;
    },
  };
}

/** The locales `mn-locale-change` announces until stop() is called. */
function announcements(): { locales: string[]; stop(): void } {
  const locales: string[] = [];
  const listener = (e: CustomEvent<{ locale: string }>) => locales.push(e.detail.locale);
  addEventListener('mn-locale-change', listener);
  return { locales, stop: () => removeEventListener('mn-locale-change', listener) };
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
    const de = failing('de');
    const told = announcements();
    try {
      await setLocale('de');
    } finally {
      de.restore();
      told.stop();
    }
    expect(getLocale()).to.equal('fr');
    expect(heading(card)).to.equal('Questions fréquentes');
    expect(warnings.messages).to.deep.equal([
      'microneedling-elements: the "de" translation could not be loaded; staying in fr.',
    ]);
    // Nothing changed, so the page is not told that something did.
    expect(told.locales).to.deep.equal([]);
  });

  it("names the file it looked for when the loader says where (the script tag's does)", async () => {
    const card = await fixture(html`<mn-faq-card></mn-faq-card>`);
    const where =
      "from https://cdn.example/locales/ar.js (copy the locales/ folder of the package's dist/ beside microneedling-elements.js)";
    const ar = failing('ar', new Error(where));
    try {
      await setLocale('ar');
    } finally {
      ar.restore();
    }
    expect(warnings.messages).to.deep.equal([
      `microneedling-elements: the "ar" translation could not be loaded ${where}; staying in en.`,
    ]);
    expect(heading(card)).to.equal('Frequently asked questions');
  });

  it('loads a language when asked again after a failed load, once the file can be had', async () => {
    const card = await fixture(html`<mn-faq-card></mn-faq-card>`);
    const es = failing('es');
    try {
      await setLocale('es');
    } finally {
      es.restore();
    }
    expect(getLocale()).to.equal('en');
    await setLocale('es');
    expect(getLocale()).to.equal('es');
    expect(heading(card)).to.equal('Preguntas frecuentes');
    expect(warnings.messages).to.deep.equal([
      'microneedling-elements: the "es" translation could not be loaded; staying in en.',
    ]);
  });

  it("shows the page's locale, with one warning, when an element's own lang fails to load", async () => {
    const nl = failing('nl');
    let page: HTMLElement;
    try {
      page = await fixture(
        html`<div><mn-faq-card lang="nl"></mn-faq-card><mn-disclaimer lang="nl"></mn-disclaimer></div>`,
      );
      await Promise.all([...page.children].map((el) => (el as LitElement).updateComplete));
      // Opening a question re-renders the card: it does not ask for the missing file again.
      const button = page.querySelector('mn-faq-card')!.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;
      button.click();
      await (page.querySelector('mn-faq-card') as LitElement).updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(nl.loads).to.equal(1);
    } finally {
      nl.restore();
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
    const told = announcements();
    try {
      const first = setLocale('it');
      await setLocale('ja');
      expect(getLocale()).to.equal('ja');
      gate.release();
      await first;
    } finally {
      gate.restore();
      told.stop();
    }
    expect(getLocale()).to.equal('ja');
    expect(heading(card)).to.equal('よくあるご質問');
    expect(warnings.messages).to.deep.equal([]);
    // The page is told once, of the locale it got: the request that lost says nothing.
    expect(told.locales).to.deep.equal(['ja']);
  });

  it('keeps to setLocale() when an element is added while its translation loads', async () => {
    const lang = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'fr';
    const gate = held('pt-BR');
    try {
      await setLocale('auto');
      const card = await fixture(html`<mn-faq-card></mn-faq-card>`);
      expect(heading(card)).to.equal('Questions fréquentes');
      const asked = setLocale('pt-BR');
      const late = document.createElement('mn-disclaimer');
      document.body.append(late);
      gate.release();
      await asked;
      expect(getLocale()).to.equal('pt-BR');
      expect(heading(card)).to.equal('Perguntas frequentes');
      late.remove();
    } finally {
      gate.restore();
      if (lang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = lang;
    }
  });

  it('resolves setLocale() only once an element still loading its own language has rendered', async () => {
    const gate = held('ko');
    try {
      const card = document.createElement('mn-faq-card') as LitElement;
      card.lang = 'ko';
      document.body.append(card);
      let settled = false;
      const asked = setLocale('fr').then(() => (settled = true));
      await nextFrame();
      expect(settled).to.equal(false);
      gate.release();
      await asked;
      expect(heading(card)).to.equal('자주 묻는 질문');
      card.remove();
    } finally {
      gate.restore();
    }
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
