import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configureLocalization, msg as hostMsg, str } from '@lit/localize';
import { LitElement } from 'lit';
import '../src/index.js';
import { loaders } from '../src/generated/locale-loaders.js';
import { getLocale, LOCALES, matchLocale, PSEUDO_LOCALE, setLocale } from '../src/i18n/locale.js';
import { useTemplates } from '../src/i18n/msg.js';
import type { MnProcedureStepper } from '../src/components/procedure-stepper/procedure-stepper.js';
import { captureWarnings, text } from './helpers.js';

const TAGS = ['mn-benefits-accordion', 'mn-procedure-stepper', 'mn-faq-card', 'mn-disclaimer', 'mn-article'] as const;
const TARGETS = LOCALES.filter((l) => l !== 'en');
/** Words a translator rendered exactly as in English; anything else English is untranslated. */
const SAME_IN: Record<string, string[]> = { fr: ['Consultation'] };

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

  it('ships en, ar, de, es, fr and pt-BR', () => {
    expect([...LOCALES].sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'pt-BR']);
    expect(LOCALES).not.to.include(PSEUDO_LOCALE);
  });

  for (const locale of TARGETS) {
    it(`renders every element fully in ${locale}, with no English string left`, async () => {
      const page = await renderAll();
      const english = new Map(TAGS.map((tag) => [tag, new Set(texts(element(page, tag)))]));
      await setLocale(locale);
      expect(getLocale()).to.equal(locale);
      for (const tag of TAGS) {
        const el = element(page, tag);
        const shown = texts(el);
        const left = shown.filter(
          (t) => english.get(tag)!.has(t) && !SAME_IN[locale]?.includes(t) && t !== 'Medical director',
        );
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
      expect(matchLocale(' de-CH ')).to.equal('de');
      expect(matchLocale('EN-xa')).to.equal(PSEUDO_LOCALE);
      expect(matchLocale('ja')).to.equal(undefined);
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
      await setLocale('ja');
      expect(getLocale()).to.equal('en');
      expect(warnings.messages).to.deep.equal([
        'microneedling-elements: setLocale() "ja" is not a supported locale (en, ar, de, es, fr, pt-BR); using en.',
      ]);
      expect(text(element(page, 'mn-faq-card').shadowRoot!.querySelector('[part="heading"]'))).to.equal(
        'Frequently asked questions',
      );
    });

    it('gives English and one warning for a page in a language not shipped', async () => {
      await renderAll();
      await setLocale('fr');
      const changed = oneEvent(window, 'mn-locale-change');
      document.documentElement.lang = 'ja-JP';
      await setLocale('auto');
      expect((await changed).detail).to.deep.equal({ locale: 'en' });
      expect(warnings.messages).to.deep.equal([
        'microneedling-elements: <html lang> "ja-JP" is not a supported locale (en, ar, de, es, fr, pt-BR); using en.',
      ]);
    });

    it('warns once for the same unsupported tag, again for another', async () => {
      await renderAll();
      await setLocale('tlh');
      await setLocale('tlh');
      await setLocale('x-klingon');
      expect(warnings.messages).to.deep.equal([
        'microneedling-elements: setLocale() "tlh" is not a supported locale (en, ar, de, es, fr, pt-BR); using en.',
        'microneedling-elements: setLocale() "x-klingon" is not a supported locale (en, ar, de, es, fr, pt-BR); using en.',
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

    it('keeps the previous locale, readable, with a warning when a translation fails to load', async () => {
      const page = await renderAll();
      await setLocale('fr');
      const original = loaders.de;
      loaders.de = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      try {
        await setLocale('de');
      } finally {
        loaders.de = original;
      }
      expect(getLocale()).to.equal('fr');
      expect(text(element(page, 'mn-faq-card').shadowRoot!.querySelector('[part="heading"]'))).to.equal(
        'Questions fréquentes',
      );
      expect(warnings.messages).to.deep.equal([
        'microneedling-elements: the "de" translation could not be loaded; staying in fr.',
      ]);
    });

    it('resolves overlapping requests to the last one asked, even when the first loads last', async () => {
      const page = await renderAll();
      // The first request's translation arrives only after the second has been applied.
      const original = loaders.es;
      let arrive!: () => void;
      const held = new Promise<void>((resolve) => (arrive = resolve));
      loaders.es = () => held.then(original);
      try {
        const first = setLocale('es');
        await setLocale('fr');
        expect(getLocale()).to.equal('fr');
        arrive();
        await first;
      } finally {
        loaders.es = original;
      }
      expect(getLocale()).to.equal('fr');
      expect(text(element(page, 'mn-faq-card').shadowRoot!.querySelector('[part="heading"]'))).to.equal(
        'Questions fréquentes',
      );
      expect(warnings.messages).to.deep.equal([]);
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

  describe('the pseudo-locale', () => {
    it('is about 40% longer and accented, yet fits 320 px with nothing clipped or overlapping', async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <mn-article booking-url="/book" reviewed-by="Medical director" last-reviewed="2026-10-01"></mn-article>
      </div>`);
      await setLocale(PSEUDO_LOCALE!);
      const article = element(page, 'mn-article');
      const intro = text(article.shadowRoot!.querySelector('[part="intro"]'));
      expect(intro.startsWith('⟦Ṁîçŕö-ñééđĺîñĝ')).to.equal(true);
      const all: Element[] = [];
      const walk = (root: ParentNode) => {
        for (const child of root.querySelectorAll('*')) {
          all.push(child);
          if (child.shadowRoot) walk(child.shadowRoot);
        }
      };
      walk(article.shadowRoot!);
      const overflowing = all.filter(
        (el) => el.checkVisibility() && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0,
      );
      expect(overflowing.map((el) => `${el.localName}.${el.className}`)).to.deep.equal([]);
      expect(article.getBoundingClientRect().width).to.be.at.most(320);
      const labels = [
        ...article
          .shadowRoot!.querySelector('mn-procedure-stepper')!
          .shadowRoot!.querySelectorAll('[part="step-button"]'),
      ].map((b) => b.getBoundingClientRect());
      for (let i = 1; i < labels.length; i++) expect(labels[i].top).to.be.at.least(labels[i - 1].bottom);
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
