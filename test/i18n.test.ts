import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configureLocalization, msg as hostMsg, str } from '@lit/localize';
import { LitElement } from 'lit';
import '../src/index.js';
import { getLocale, LOCALES, matchLocale, PSEUDO_LOCALE, setLocale } from '../src/i18n/locale.js';
import { useTemplates } from '../src/i18n/msg.js';
import type { MnProcedureStepper } from '../src/components/procedure-stepper/procedure-stepper.js';
import { STEP_IDS } from '../src/content/steps.js';
import { captureWarnings, text } from './helpers.js';
import { config, offered } from './offered.js';

const TAGS = ['mn-benefits-accordion', 'mn-procedure-stepper', 'mn-faq-card', 'mn-disclaimer', 'mn-article'] as const;
const TARGETS = LOCALES.filter((l) => l !== 'en');
/** The offered ones, in the order lit-localize generates them: the source, then the others sorted. */
const configured = [config.sourceLocale, ...[...offered].sort((a, b) => a.localeCompare(b))];

/**
 * Texts a translator rendered exactly as in English on purpose: units whose target equals the
 * source and is marked state="final" in the XLIFF file. Anything else still English is untranslated.
 */
async function sameAsEnglish(locale: string): Promise<string[]> {
  const xliff = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'text/xml');
  return [...xliff.querySelectorAll('trans-unit')]
    .filter((unit) => unit.querySelector('target')?.getAttribute('state') === 'final')
    .map((unit) => unit.querySelector('target')!.textContent!)
    .filter((target, i, all) => all.indexOf(target) === i);
}

/** The translators' text for each message id of a locale, from its XLIFF file, white space folded. */
async function translations(locale: string): Promise<Map<string, string>> {
  const xliff = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'text/xml');
  return new Map(
    [...xliff.querySelectorAll('trans-unit')].map((unit) => [
      unit.id,
      unit.querySelector('target')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]),
  );
}

/** Every text a visitor or a screen reader can get from an element, hidden panels included. */
function texts(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && /\p{L}/u.test(child.textContent!)) found.push(child.textContent!.trim());
      if (child instanceof Element) {
        const label = child.getAttribute('aria-label');
        if (label) found.push(label);
        if (child.localName !== 'style' && child.localName !== 'script') walk(child);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
    }
  };
  walk(root.shadowRoot!);
  return found;
}

/** Renders one element of each kind, with every optional text showing. */
async function renderAll() {
  const page = await fixture<HTMLDivElement>(html`<div>
    <mn-benefits-accordion></mn-benefits-accordion>
    <mn-procedure-stepper active-step="3"></mn-procedure-stepper>
    <mn-faq-card></mn-faq-card>
    <mn-disclaimer></mn-disclaimer>
    <mn-article booking-url="/book" reviewed-by="Medical director" last-reviewed="2026-10-01"></mn-article>
  </div>`);
  await Promise.all(TAGS.map((tag) => (page.querySelector(tag) as LitElement).updateComplete));
  return page;
}

const element = (page: Element, tag: string) => page.querySelector(tag)!;

describe('localization', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
    await setLocale('auto');
  });

  it('ships exactly the languages lit-localize.json lists whose files are complete, English first', () => {
    expect(LOCALES).to.deep.equal(configured);
    expect(LOCALES.length).to.be.at.least(12);
    expect(LOCALES).not.to.include(PSEUDO_LOCALE);
  });

  for (const locale of TARGETS) {
    it(`renders every element fully in ${locale}, with no English string left`, async () => {
      const page = await renderAll();
      const english = new Map(TAGS.map((tag) => [tag, new Set(texts(element(page, tag)))]));
      const same = await sameAsEnglish(locale);
      await setLocale(locale);
      expect(getLocale()).to.equal(locale);
      for (const tag of TAGS) {
        const el = element(page, tag);
        const shown = texts(el);
        const left = shown.filter((t) => english.get(tag)!.has(t) && !same.includes(t) && t !== 'Medical director');
        expect(left, `${tag} in ${locale}`).to.deep.equal([]);
        expect(shown.length, `${tag} in ${locale}`).to.be.greaterThan(0);
        expect(el.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal(locale);
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    it(`has no axe violations in ${locale}`, async () => {
      const page = await renderAll();
      await setLocale(locale);
      for (const tag of TAGS) await expect(element(page, tag)).to.be.accessible();
    });
  }

  it("shows every step's title and text as the translators wrote them, in every language", async () => {
    const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper></mn-procedure-stepper>`);
    for (const locale of TARGETS) {
      const written = await translations(locale);
      await setLocale(locale);
      const shown: string[][] = [];
      const expected: string[][] = [];
      for (const [index, id] of STEP_IDS.entries()) {
        el.activeStep = index;
        await el.updateComplete;
        const root = el.shadowRoot!;
        shown.push([text(root.querySelector('[part="title"]')), text(root.querySelector('.panel .body'))]);
        expected.push([written.get(`step.${id}.title`)!, written.get(`step.${id}.body`)!]);
      }
      expect(shown, locale).to.deep.equal(expected);
    }
  });

  it('formats "Step 3 of 7" and the byline date for the locale', async () => {
    const page = await renderAll();
    const stepper = element(page, 'mn-procedure-stepper');
    const progress = () => text(stepper.shadowRoot!.querySelector('[part="progress"]'));
    await setLocale('fr');
    expect(progress()).to.equal('Étape 4 sur 7');
    await setLocale('ar');
    const digits = new Intl.NumberFormat('ar').format(4);
    expect(progress()).to.contain(digits).and.contain(new Intl.NumberFormat('ar').format(7));
    const byline = text(element(page, 'mn-article').shadowRoot!.querySelector('[part="byline"]'));
    expect(byline).to.contain(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 9, 1)),
    );
  });

  it("follows a translation's order of placeholders", async () => {
    // A test-only translation that puts the total first: no shipped language reorders them.
    useTemplates({
      'ui.step-of': str`${1} steps, at ${0}`,
      'ui.step-announcement': str`${2}, ${0} of ${1}`,
    });
    try {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper active-step="2"></mn-procedure-stepper>`);
      expect(text(el.shadowRoot!.querySelector('[part="progress"]'))).to.equal('7 steps, at 3');
      el.next();
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Micro-needling, 4 of 7');
    } finally {
      useTemplates(undefined);
    }
  });

  describe('which locale is active', () => {
    it('matches a tag by language when the exact one is missing', () => {
      expect(matchLocale('es-MX')).to.equal('es');
      expect(matchLocale('pt')).to.equal('pt-BR');
      expect(matchLocale('pt-PT')).to.equal('pt-BR');
      expect(matchLocale('en-GB')).to.equal('en');
      expect(matchLocale('PT_br')).to.equal('pt-BR');
      expect(matchLocale('qaa')).to.equal(undefined);
      expect(matchLocale('not a tag')).to.equal(undefined);
    });

    it('matches Chinese by script: zh, zh-CN and zh-SG are Simplified, zh-TW and zh-HK are not', () => {
      expect(matchLocale('zh')).to.equal('zh-Hans');
      expect(matchLocale('zh-CN')).to.equal('zh-Hans');
      expect(matchLocale('zh-SG')).to.equal('zh-Hans');
      expect(matchLocale('zh-hans-cn')).to.equal('zh-Hans');
      expect(matchLocale('zh-TW')).to.equal(undefined);
      expect(matchLocale('zh-HK')).to.equal(undefined);
      expect(matchLocale('zh-Hant')).to.equal(undefined);
      expect(matchLocale('ko-KR')).to.equal('ko');
      expect(matchLocale('ja-JP')).to.equal('ja');
      expect(matchLocale('nl-BE')).to.equal('nl');
      expect(matchLocale(' de-CH ')).to.equal('de');
      expect(matchLocale('EN-xa')).to.equal(PSEUDO_LOCALE);
    });

    it('follows <html lang> and its changes', async () => {
      const page = await renderAll();
      const faq = element(page, 'mn-faq-card');
      const heading = () => text(faq.shadowRoot!.querySelector('[part="heading"]'));
      let changed = oneEvent(window, 'mn-locale-change');
      document.documentElement.lang = 'es-MX';
      expect((await changed).detail).to.deep.equal({ locale: 'es' });
      expect(heading()).to.equal('Preguntas frecuentes');
      changed = oneEvent(window, 'mn-locale-change');
      document.documentElement.lang = 'de-AT';
      await changed;
      expect(heading()).to.equal('Häufig gestellte Fragen');
    });

    it('follows <html lang> changed in the same task as the lang of an element in the page', async () => {
      const page = await fixture<HTMLElement>(
        html`<div><section><mn-faq-card></mn-faq-card></section><mn-disclaimer></mn-disclaimer></div>`,
      );
      const card = page.querySelector('mn-faq-card') as LitElement;
      const disclaimer = page.querySelector('mn-disclaimer') as LitElement;
      const changed = oneEvent(window, 'mn-locale-change');
      document.documentElement.lang = 'es';
      page.querySelector('section')!.lang = 'ja';
      expect((await changed).detail).to.deep.equal({ locale: 'es' });
      await card.updateComplete;
      expect(text(card.shadowRoot!.querySelector('[part="heading"]'))).to.equal('よくあるご質問');
      expect(disclaimer.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('es');
    });

    it('leaves an element taken out of the page alone on a change of locale, and shows the new one when it is back', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><mn-faq-card></mn-faq-card></div>`);
      const card = page.firstElementChild as LitElement;
      const heading = () => text(card.shadowRoot!.querySelector('[part="heading"]'));
      let updates = 0;
      card.addController({ hostUpdated: () => updates++ });
      card.remove();
      await setLocale('it');
      expect(updates).to.equal(0);
      expect(heading()).to.equal('Frequently asked questions');
      page.append(card);
      await card.updateComplete;
      expect(heading()).to.equal('Domande frequenti');
      expect(card.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('it');
    });

    it('setLocale resolves once every element has re-rendered, and "auto" follows the page again', async () => {
      const page = await renderAll();
      const next = () => text(element(page, 'mn-procedure-stepper').shadowRoot!.querySelector('[part="next"]'));
      document.documentElement.lang = 'fr';
      await oneEvent(window, 'mn-locale-change');
      await setLocale('pt-PT');
      expect(getLocale()).to.equal('pt-BR');
      expect(next()).to.equal('Próximo');
      document.documentElement.lang = 'de';
      await setLocale('pt-BR');
      expect(next()).to.equal('Próximo');
      await setLocale('auto');
      expect(getLocale()).to.equal('de');
      expect(next()).to.equal('Weiter');
    });

    it('gives English and one warning for an unsupported tag, never a throw or an empty element', async () => {
      const page = await renderAll();
      await setLocale('es');
      await setLocale('qaa');
      expect(getLocale()).to.equal('en');
      const languages = configured.join(', ');
      expect(warnings.messages).to.deep.equal([
        `microneedling-elements: setLocale() "qaa" is not a supported locale (${languages}); using en.`,
      ]);
      expect(text(element(page, 'mn-faq-card').shadowRoot!.querySelector('[part="heading"]'))).to.equal(
        'Frequently asked questions',
      );
    });

    it('gives English and one warning for a page in a language not shipped', async () => {
      await renderAll();
      await setLocale('fr');
      const changed = oneEvent(window, 'mn-locale-change');
      document.documentElement.lang = 'qaa-QA';
      await setLocale('auto');
      expect((await changed).detail).to.deep.equal({ locale: 'en' });
      expect(warnings.messages).to.deep.equal([
        `microneedling-elements: <html lang> "qaa-QA" is not a supported locale (${configured.join(', ')}); using en.`,
      ]);
    });

    it('warns once for the same unsupported tag, again for another', async () => {
      await renderAll();
      await setLocale('tlh');
      await setLocale('tlh');
      await setLocale('x-klingon');
      expect(warnings.messages).to.deep.equal([
        `microneedling-elements: setLocale() "tlh" is not a supported locale (${configured.join(', ')}); using en.`,
        `microneedling-elements: setLocale() "x-klingon" is not a supported locale (${configured.join(', ')}); using en.`,
      ]);
    });

    it('tells the page once per change of locale, and not when the locale asked for is already shown', async () => {
      await renderAll();
      const told: string[] = [];
      const log = (e: CustomEvent<{ locale: string }>) => told.push(e.detail.locale);
      addEventListener('mn-locale-change', log);
      try {
        await setLocale('es');
        await setLocale('es-MX');
        await setLocale('ES');
        await setLocale('en');
      } finally {
        removeEventListener('mn-locale-change', log);
      }
      expect(told).to.deep.equal(['es', 'en']);
    });

    it('stops following <html lang> once setLocale() chooses, and gives English for a page with no lang', async () => {
      const page = await renderAll();
      const heading = () => text(element(page, 'mn-faq-card').shadowRoot!.querySelector('[part="heading"]'));
      await setLocale('fr');
      document.documentElement.lang = 'de';
      await setLocale('fr');
      expect(getLocale()).to.equal('fr');
      expect(heading()).to.equal('Questions fréquentes');
      document.documentElement.removeAttribute('lang');
      await setLocale('AUTO');
      expect(getLocale()).to.equal('en');
      expect(heading()).to.equal('Frequently asked questions');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('resolves overlapping requests to the last one asked', async () => {
      const page = await renderAll();
      const first = setLocale('es');
      const second = setLocale('fr');
      await Promise.all([first, second]);
      expect(getLocale()).to.equal('fr');
      expect(text(element(page, 'mn-faq-card').shadowRoot!.querySelector('[part="heading"]'))).to.equal(
        'Questions fréquentes',
      );
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('a language per element (lang)', () => {
    const json = (el: Element) => JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    const wrapper = (el: Element) => el.shadowRoot!.firstElementChild!;

    it('shows a Spanish FAQ card and an Arabic article beside an English disclaimer, each complete and accessible', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <mn-faq-card lang="es" structured-data></mn-faq-card>
        <mn-article lang="ar" reviewed-by="Medical director" last-reviewed="2026-10-01" structured-data></mn-article>
        <mn-disclaimer></mn-disclaimer>
      </div>`);
      const [card, article, disclaimer] = [...page.children] as LitElement[];
      await Promise.all([card, article, disclaimer].map((el) => el.updateComplete));
      await (article.shadowRoot!.querySelector('mn-faq-card') as LitElement).updateComplete;
      expect(getLocale()).to.equal('en');

      expect(text(card.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Preguntas frecuentes');
      expect([wrapper(card).getAttribute('lang'), getComputedStyle(wrapper(card)).direction]).to.deep.equal([
        'es',
        'ltr',
      ]);
      expect(json(card).inLanguage).to.equal('es');
      expect(json(card).mainEntity[3].name).to.equal('¿Cuánto tiempo de recuperación se necesita?');

      const headings = [...article.shadowRoot!.querySelectorAll('[part="heading"]')].map(text);
      expect(headings[0]).to.equal('ما هو الوخز بالإبر الدقيقة؟');
      expect(getComputedStyle(wrapper(article)).direction).to.equal('rtl');
      const inner = article.shadowRoot!.querySelector('mn-procedure-stepper')!;
      expect(text(inner.shadowRoot!.querySelector('[part="next"]'))).to.equal('التالي');
      expect(getComputedStyle(wrapper(inner)).direction).to.equal('rtl');
      expect(text(article.shadowRoot!.querySelector('[part="byline"]'))).to.contain(
        new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 9, 1)),
      );
      const graph = json(article)['@graph'];
      expect(graph.map((node: { inLanguage: string }) => node.inLanguage)).to.deep.equal(['ar', 'ar']);
      expect(graph[1].mainEntity[3].name).to.equal('كم تستغرق فترة التعافي؟');

      expect(text(disclaimer.shadowRoot!.querySelector('[part="text"]'))).to.match(
        /^Individual experiences and results may vary/,
      );
      expect(wrapper(disclaimer).getAttribute('lang')).to.equal('en');
      expect(wrapper(disclaimer).hasAttribute('dir')).to.equal(false);

      for (const el of [card, article, disclaimer]) await expect(el).to.be.accessible();
      expect(warnings.messages).to.deep.equal([]);
    });

    it('makes <mn-faq-card lang="ko"> Korean on an English page while the other card stays English', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div><mn-faq-card lang="ko"></mn-faq-card><mn-faq-card></mn-faq-card></div>`,
      );
      const [korean, english] = [...page.children] as LitElement[];
      await Promise.all([korean.updateComplete, english.updateComplete]);
      expect(text(korean.shadowRoot!.querySelector('[part="heading"]'))).to.equal('자주 묻는 질문');
      expect(text(english.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Frequently asked questions');
      await expect(korean).to.be.accessible();
    });

    it('follows a lang on an ancestor inside the page, and the nearest one wins', async () => {
      const page = await fixture<HTMLElement>(html`<section lang="de">
        <mn-disclaimer></mn-disclaimer>
        <div lang="fr-CA"><mn-procedure-stepper></mn-procedure-stepper></div>
      </section>`);
      const disclaimer = page.querySelector('mn-disclaimer') as LitElement;
      const stepper = page.querySelector('mn-procedure-stepper') as LitElement;
      await Promise.all([disclaimer.updateComplete, stepper.updateComplete]);
      expect(wrapper(disclaimer).getAttribute('lang')).to.equal('de');
      expect(text(disclaimer.shadowRoot!.querySelector('[part="text"]'))).to.match(/^Individuelle Erfahrungen/);
      expect(text(stepper.shadowRoot!.querySelector('[part="progress"]'))).to.equal('Étape 1 sur 7');
    });

    it('re-renders only the element whose lang changed, and its own inner elements', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div><mn-article lang="es"></mn-article><mn-faq-card></mn-faq-card></div>`,
      );
      const [article, card] = [...page.children] as LitElement[];
      await Promise.all([article.updateComplete, card.updateComplete]);
      const inner = article.shadowRoot!.querySelector('mn-procedure-stepper') as LitElement;
      await inner.updateComplete;
      expect(text(inner.shadowRoot!.querySelector('[part="progress"]'))).to.equal('Paso 1 de 7');
      let cardUpdates = 0;
      card.addController({ hostUpdated: () => cardUpdates++ });

      article.setAttribute('lang', 'de');
      await article.updateComplete;
      await inner.updateComplete;
      expect(text(inner.shadowRoot!.querySelector('[part="progress"]'))).to.equal('Schritt 1 von 7');
      expect(cardUpdates).to.equal(0);

      article.removeAttribute('lang');
      await article.updateComplete;
      await inner.updateComplete;
      expect(text(inner.shadowRoot!.querySelector('[part="progress"]'))).to.equal('Step 1 of 7');
      expect(wrapper(inner).getAttribute('lang')).to.equal('en');
    });

    it('follows a change of an ancestor lang', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="es"><mn-faq-card></mn-faq-card></div>`);
      const card = page.firstElementChild as LitElement;
      await card.updateComplete;
      // The library hears of the change from a MutationObserver; one made after it hears after it.
      const observed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => (observer.disconnect(), resolve()));
        observer.observe(page, { attributeFilter: ['lang'] });
      });
      page.lang = 'ja';
      await observed;
      await card.updateComplete;
      expect(text(card.shadowRoot!.querySelector('[part="heading"]'))).to.equal('よくあるご質問');
      expect(wrapper(card).getAttribute('lang')).to.equal('ja');
    });

    it('keeps its own lang when setLocale() changes the page, which the others follow', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div><mn-faq-card lang="es"></mn-faq-card><mn-disclaimer></mn-disclaimer></div>`,
      );
      const [card, disclaimer] = [...page.children] as LitElement[];
      await setLocale('fr');
      expect(text(card.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Preguntas frecuentes');
      expect(wrapper(disclaimer).getAttribute('lang')).to.equal('fr');
      expect(wrapper(card).getAttribute('lang')).to.equal('es');
    });

    it("announces a step in the stepper's own language, with its numbers in their place", async () => {
      const stepper = await fixture<LitElement>(html`<mn-procedure-stepper lang="ko"></mn-procedure-stepper>`);
      (stepper as unknown as { next(): void }).next();
      await stepper.updateComplete;
      expect(text(stepper.shadowRoot!.querySelector('[role="status"]'))).to.equal('7단계 중 2단계: 세정');
      expect(text(stepper.shadowRoot!.querySelector('[part="progress"]'))).to.equal('7단계 중 2단계');
    });

    it('lays a left-to-right element out left to right inside a right-to-left page', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div dir="rtl"><mn-faq-card lang="es"></mn-faq-card><mn-disclaimer></mn-disclaimer></div>`,
      );
      const [card, disclaimer] = [...page.children] as LitElement[];
      await setLocale('ar');
      expect(getComputedStyle(wrapper(card)).direction).to.equal('ltr');
      expect(wrapper(card).getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(wrapper(disclaimer)).direction).to.equal('rtl');
    });

    it("follows its own lang inside another component's shadow root, where the page's observer cannot see", async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const article = document.createElement('mn-article') as LitElement;
      article.setAttribute('sections', 'procedure disclaimer');
      article.lang = 'es';
      root.append(article);
      await article.updateComplete;
      const stepper = article.shadowRoot!.querySelector('mn-procedure-stepper') as LitElement;
      await stepper.updateComplete;
      expect(text(stepper.shadowRoot!.querySelector('[part="progress"]'))).to.equal('Paso 1 de 7');
      article.lang = 'de';
      await article.updateComplete;
      await stepper.updateComplete;
      expect(text(article.shadowRoot!.querySelectorAll('[part="heading"]')[0])).to.equal(
        'Die Behandlung Schritt für Schritt',
      );
      expect(text(stepper.shadowRoot!.querySelector('[part="progress"]'))).to.equal('Schritt 1 von 7');
    });

    it("follows the lang around another component's shadow root, and inside it", async () => {
      const page = await fixture<HTMLElement>(html`<div lang="fr"><div></div></div>`);
      const root = page.firstElementChild!.attachShadow({ mode: 'open' });
      root.innerHTML = '<mn-faq-card></mn-faq-card><div lang="de"><mn-faq-card></mn-faq-card></div>';
      const [outer, inner] = [...root.querySelectorAll('mn-faq-card')] as LitElement[];
      await Promise.all([outer.updateComplete, inner.updateComplete]);
      expect(text(outer.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Questions fréquentes');
      expect(wrapper(outer).getAttribute('lang')).to.equal('fr');
      expect(text(inner.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Häufig gestellte Fragen');
      expect(wrapper(inner).getAttribute('lang')).to.equal('de');
    });

    it('takes lang="" for no language: the page\'s, not an ancestor\'s', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="es"><mn-faq-card lang=""></mn-faq-card></div>`);
      const card = page.firstElementChild as LitElement;
      await card.updateComplete;
      expect(text(card.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Frequently asked questions');
      expect(wrapper(card).getAttribute('lang')).to.equal('en');
    });

    it('warns once for an unsupported lang and follows the page', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div><mn-faq-card lang="qaa"></mn-faq-card><mn-disclaimer lang="qaa"></mn-disclaimer></div>`,
      );
      const [card] = [...page.children] as LitElement[];
      await card.updateComplete;
      const languages = configured.join(', ');
      expect(warnings.messages).to.deep.equal([
        `microneedling-elements: lang "qaa" is not a supported locale (${languages}); following the page (en).`,
      ]);
      expect(text(card.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Frequently asked questions');
    });
  });

  describe('right to left', () => {
    it('lays every element out right to left in ar, inside a left-to-right page', async () => {
      const page = await renderAll();
      await setLocale('ar');
      expect(getComputedStyle(document.body).direction).to.equal('ltr');
      for (const tag of TAGS) {
        expect(getComputedStyle(element(page, tag).shadowRoot!.firstElementChild!).direction, tag).to.equal('rtl');
      }
      const button = element(page, 'mn-benefits-accordion').shadowRoot!.querySelector('[part="button"]')!;
      const box = button.getBoundingClientRect();
      expect(button.querySelector('[part="icon"]')!.getBoundingClientRect().right).to.be.below(
        box.left + box.width / 4,
      );
    });

    it('mirrors the stepper: steps run right to left and ArrowLeft goes forward', async () => {
      const page = await renderAll();
      await setLocale('ar');
      const stepper = element(page, 'mn-procedure-stepper');
      const buttons = [...stepper.shadowRoot!.querySelectorAll<HTMLElement>('[part="step-button"]')];
      buttons[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(stepper.shadowRoot!.activeElement).to.equal(buttons[1]);
      await sendKeys({ press: 'ArrowRight' });
      expect(stepper.shadowRoot!.activeElement).to.equal(buttons[0]);
    });
  });

  describe('every language on a 320 px phone', () => {
    /** Every element of a shadow tree and of the trees inside it. */
    const everything = (root: ParentNode): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? everything(el.shadowRoot) : [])]);

    async function phone(locale: string) {
      const page = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <mn-article booking-url="/book" reviewed-by="Medical director" last-reviewed="2026-10-01"></mn-article>
      </div>`);
      await setLocale(locale);
      const article = element(page, 'mn-article');
      const inner = (tag: string) => article.shadowRoot!.querySelector(tag) as LitElement & { showAll(): void };
      inner('mn-benefits-accordion').showAll();
      inner('mn-faq-card').showAll();
      await Promise.all(['mn-benefits-accordion', 'mn-faq-card'].map((tag) => inner(tag).updateComplete));
      return article;
    }

    for (const locale of [...LOCALES, PSEUDO_LOCALE!]) {
      it(`fits 320 px in ${locale} with every panel open, nothing clipped, overlapping or in italics`, async () => {
        const article = await phone(locale);
        const all = everything(article.shadowRoot!);
        const overflowing = all.filter(
          (el) => el.checkVisibility() && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0,
        );
        expect(overflowing.map((el) => `${el.localName}.${el.className}`)).to.deep.equal([]);
        expect(article.getBoundingClientRect().width).to.be.at.most(320);
        const steps = [
          ...article
            .shadowRoot!.querySelector('mn-procedure-stepper')!
            .shadowRoot!.querySelectorAll('[part="step-button"]'),
        ].map((b) => b.getBoundingClientRect());
        for (let i = 1; i < steps.length; i++) expect(steps[i].top).to.be.at.least(steps[i - 1].bottom);
        const italic = all.filter((el) => el.checkVisibility() && getComputedStyle(el).fontStyle !== 'normal');
        expect(italic.map((el) => el.localName)).to.deep.equal([]);
      });
    }

    it('breaks Korean between words, and Chinese and Japanese by the strict rules', async () => {
      const paragraph = async (locale: string) => {
        const article = await phone(locale);
        return getComputedStyle(article.shadowRoot!.querySelector('[part="intro"]')!);
      };
      expect((await paragraph('ko')).wordBreak).to.equal('keep-all');
      expect((await paragraph('ja')).lineBreak).to.equal('strict');
      expect((await paragraph('zh-Hans')).lineBreak).to.equal('strict');
      expect((await paragraph('es')).wordBreak).to.equal('normal');
    });

    it('makes the pseudo-locale accented and at least twice as long for a heading', async () => {
      const article = await phone(PSEUDO_LOCALE!);
      const heading = text(
        article.shadowRoot!.querySelector('mn-faq-card')!.shadowRoot!.querySelector('[part="heading"]'),
      );
      expect(heading.startsWith('⟦Ƒŕéǫûéñţĺý åšķéđ ǫûéšţîöñš')).to.equal(true);
      expect(heading.length).to.be.at.least(2 * 'Frequently asked questions'.length);
    });
  });

  describe('characters in a translation', () => {
    afterEach(() => useTemplates(undefined));

    it('reach every element and the JSON-LD as the characters written, never as markup', async () => {
      const written = {
        'ui.faq': 'Preguntas & respuestas <b>FAQ</b>',
        'ui.benefits': 'Puntos < 10 & > 1',
        'benefit.procedure.title': '"Procedimiento" & <i>más</i>',
        'step.cleansing.title': 'Limpieza\u00a0& <br>',
        'faq.downtime.question': '¿Cuánto & <img src=x onerror="window.__mnRan=1">?',
        'article.what-is-it': '¿Qué es? &amp; <script>window.__mnRan=1</script>',
        'article.disclaimer': 'Los resultados "pueden" variar & <em>consulte</em>\u00a0!',
      };
      useTemplates(written);
      const page = await fixture<HTMLDivElement>(html`<div>
        <mn-benefits-accordion></mn-benefits-accordion>
        <mn-procedure-stepper active-step="1"></mn-procedure-stepper>
        <mn-faq-card structured-data></mn-faq-card>
        <mn-disclaimer></mn-disclaimer>
        <mn-article structured-data></mn-article>
      </div>`);
      await Promise.all(TAGS.map((tag) => (element(page, tag) as LitElement).updateComplete));
      const shown = (tag: string, selector: string) =>
        element(page, tag).shadowRoot!.querySelector(selector)!.textContent;
      expect(shown('mn-faq-card', '[part="heading"]')).to.equal(written['ui.faq']);
      expect(shown('mn-benefits-accordion', '.title')).to.equal(written['benefit.procedure.title']);
      expect(shown('mn-procedure-stepper', '[part="title"]')).to.equal(written['step.cleansing.title']);
      expect(shown('mn-disclaimer', '[part="text"]')).to.equal(written['article.disclaimer']);
      const article = element(page, 'mn-article');
      expect(text(article.shadowRoot!.querySelector('[part="heading"]'))).to.equal(written['article.what-is-it']);
      expect(text(article.shadowRoot!.querySelectorAll('[part="heading"]')[1])).to.equal(written['ui.benefits']);
      for (const tag of TAGS) {
        const markup = element(page, tag).shadowRoot!.querySelectorAll('b, i, br, em, img, script');
        expect(markup.length, tag).to.equal(0);
      }
      expect((window as { __mnRan?: number }).__mnRan).to.equal(undefined);
      const card = JSON.parse(element(page, 'mn-faq-card').querySelector('script')!.textContent!);
      expect(card.mainEntity[3].name).to.equal(written['faq.downtime.question']);
      const graph = JSON.parse(article.querySelector('script')!.textContent!)['@graph'];
      expect(graph[0].name).to.equal(written['article.what-is-it']);
      expect(graph[1].mainEntity[0].name).to.equal(written['article.what-is-it']);
    });
  });

  describe('beside a page that configures @lit/localize itself', () => {
    it('neither side throws, and each keeps its own locale', async () => {
      const host = configureLocalization({
        sourceLocale: 'en',
        targetLocales: ['x-pirate'],
        loadLocale: async () => ({ templates: { greeting: 'Ahoy' } }),
      });
      class HostGreeting extends LitElement {
        override render() {
          return hostMsg('Hello', { id: 'greeting' });
        }
      }
      customElements.define('host-greeting', HostGreeting);
      const page = await fixture<HTMLDivElement>(
        html`<div><host-greeting></host-greeting><mn-faq-card></mn-faq-card></div>`,
      );
      await host.setLocale('x-pirate');
      await setLocale('es');
      const greeting = page.querySelector('host-greeting') as HostGreeting;
      greeting.requestUpdate();
      await greeting.updateComplete;
      expect(greeting.shadowRoot!.textContent).to.equal('Ahoy');
      expect(host.getLocale()).to.equal('x-pirate');
      expect(getLocale()).to.equal('es');
      expect(text(page.querySelector('mn-faq-card')!.shadowRoot!.querySelector('[part="heading"]'))).to.equal(
        'Preguntas frecuentes',
      );
    });
  });
});
