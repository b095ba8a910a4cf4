import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { text } from './helpers.js';
import { config, offered } from './offered.js';
import { articleWithEntries, CLINIC_PAGE, takesOverClinicPage, takesOverFirstClinicStep } from './clinic-page.js';

// The demo page as `npm run build` prerenders it (demo/prerendered/<locale>.html, by the code of
// `npx microneedling-elements render`), opened as a site serves it (/plain/): without JavaScript,
// and with the script tag in each place a site puts it.

// The languages built: a configured one a translator is still working on has no page.
const LOCALES = [config.sourceLocale, ...offered];

/** The article's text in a locale, by message id, from the translators' files (not from the library). */
async function words(locale: string): Promise<Map<string, string>> {
  const file = locale === config.sourceLocale ? config.targetLocales[0] : locale;
  const xml = new DOMParser().parseFromString(await (await fetch(`/plain/locales/${file}.xlf`)).text(), 'text/xml');
  return new Map(
    [...xml.getElementsByTagName('trans-unit')].map((unit) => {
      const node = unit.getElementsByTagName(locale === config.sourceLocale ? 'source' : 'target')[0];
      return [unit.getAttribute('id')!, (node.textContent ?? '').replace(/\s+/g, ' ').trim()];
    }),
  );
}
/** What the article shows as text: every benefit, step, question and answer, and the caution. */
const shownIds = (all: Map<string, string>) =>
  [...all.keys()].filter(
    (id) =>
      /^(benefit|step|faq)\./.test(id) || ['article.what-is-it', 'article.intro', 'article.disclaimer'].includes(id),
  );

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

interface Page extends Window {
  record: {
    messages: string[];
    shifts: number;
    before: Node[];
    rects: string;
    headings: number;
    jsonLd: HTMLScriptElement;
    jsonLdText: string;
  };
}

/** Opens a page in a frame of a phone's width; `scripts: false` is a visitor with JavaScript off. */
async function open(page: { src?: string; srcdoc?: string }, scripts = true): Promise<Page> {
  const frame = document.createElement('iframe');
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.style.cssText = 'inline-size: 400px; block-size: 800px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (page.src) frame.src = page.src;
  else frame.srcdoc = page.srcdoc!;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as unknown as Page;
}

/** Every element of a document, in the order it is read, into open shadow roots. */
function* deep(root: Document | ShadowRoot | Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}
/** The innermost elements whose text holds `wanted`. */
const holding = (doc: Document, wanted: string) =>
  [...deep(doc)].filter(
    (el) => text(el).includes(wanted) && ![...el.children].some((child) => text(child).includes(wanted)),
  );
const visible = (el: Element) =>
  el.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true }) &&
  el.getBoundingClientRect().height > 0;

/** A prerendered page opened without scripts: every text of the article there, visible, and its JSON-LD saying the same. */
async function readableWithoutScripts(src: string, locale: string): Promise<void> {
  const page = await open({ src }, false);
  const doc = page.document;
  expect(page.matchMedia('(scripting: none)').matches, 'scripts are off').to.equal(true);
  expect(page.customElements.get('mn-article')).to.equal(undefined);
  const all = await words(locale);
  for (const id of shownIds(all)) {
    const found = holding(doc, all.get(id)!);
    expect(found.length, `${id}: "${all.get(id)}"`).to.be.above(0);
    expect(found.some(visible), `${id} is visible`).to.equal(true);
  }
  const article = doc.querySelector('mn-article')!.shadowRoot!;
  const accordion = article.querySelector('mn-benefits-accordion')!.shadowRoot!;
  const stepper = article.querySelector('mn-procedure-stepper')!.shadowRoot!;
  const faq = article.querySelector('mn-faq-card')!.shadowRoot!;
  expect([...accordion.querySelectorAll('.panel')].filter(visible).length).to.equal(10);
  // The steps as the ordered list they are: numbered, in order, with their text.
  const steps = [...stepper.querySelectorAll('ol.print > li')];
  expect(steps.filter(visible).length).to.equal(7);
  expect(getComputedStyle(steps[0]).display).to.equal('list-item');
  expect(steps.map((li) => text(li.querySelector('h3')))).to.deep.equal(
    shownIds(all)
      .filter((id) => /^step\..*\.title$/.test(id))
      .map((id) => all.get(id)),
  );
  // The stepper's buttons, which need the script, are not shown.
  expect([...stepper.querySelectorAll('button')].some(visible)).to.equal(false);
  expect([...faq.querySelectorAll('.panel')].filter(visible).length).to.equal(8);

  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts.length).to.equal(1);
  const data = JSON.parse(scripts[0].textContent!) as {
    '@graph': [
      { inLanguage: string; name: string },
      { mainEntity: { name: string; acceptedAnswer: { text: string } }[] },
    ];
  };
  const [webPage, faqPage] = data['@graph'];
  expect(webPage.inLanguage).to.equal(locale);
  expect(holding(doc, webPage.name.replace(/\s+/g, ' ')).some(visible)).to.equal(true);
  expect(faqPage.mainEntity.length).to.equal(8);
  for (const { name, acceptedAnswer } of faqPage.mainEntity) {
    expect(holding(doc, name.replace(/\s+/g, ' ')).some(visible), name).to.equal(true);
    expect(holding(doc, acceptedAnswer.text.replace(/\s+/g, ' ')).some(visible), name).to.equal(true);
  }
}

describe('a prerendered page', () => {
  describe('without JavaScript', () => {
    for (const locale of LOCALES) {
      it(`shows every point, step, answer and the caution in ${locale}, with its JSON-LD saying the same`, () =>
        readableWithoutScripts(`/plain/demo/prerendered/${locale}.html`, locale));
    }

    it('shows the whole article of `render demo/index.html --lang es` (demo/index.es.html, made by the build)', () =>
      readableWithoutScripts('/plain/demo/index.es.html', 'es'));

    it('keeps the heading outline: the page, its sections, then their items, no level skipped', async () => {
      const page = await open({ src: '/plain/demo/prerendered/en.html' }, false);
      const levels = [...deep(page.document)].filter((el) => /^h[1-6]$/.test(el.localName)).filter(visible);
      const numbers = levels.map((h) => Number(h.localName[1]));
      expect(numbers[0]).to.equal(1);
      numbers.slice(1).forEach((n, i) => expect(n - numbers[i], `${text(levels[i + 1])}`).to.be.at.most(1));
      expect(numbers.filter((n) => n === 3).length).to.equal(10 + 7 + 8);
    });

    it('lays the Arabic page out right to left', async () => {
      const page = await open({ src: '/plain/demo/prerendered/ar.html' }, false);
      const accordion = page.document.querySelector('mn-article')!.shadowRoot!.querySelector('mn-benefits-accordion')!;
      expect(accordion.shadowRoot!.querySelector('.list')!.matches(':dir(rtl)')).to.equal(true);
      const button = accordion.shadowRoot!.querySelector('button')!;
      expect(getComputedStyle(button).direction).to.equal('rtl');
    });

    for (const locale of ['en', 'ar']) {
      it(`has no axe violations in ${locale}`, async () => {
        // A URL of this test's own, so that the driver cannot pick an earlier test's frame of the page.
        const path = `/plain/demo/prerendered/${locale}.html?axe=${locale}`;
        await open({ src: path }, false);
        expect(await executeServerCommand('axe-without-scripts', { path })).to.deep.equal([]);
      });
    }
  });

  describe('when the script arrives', () => {
    let prerendered: string;
    before(async () => {
      prerendered = await (await fetch('/plain/demo/prerendered/en.html')).text();
    });

    /**
     * The prerendered page with the script tag at `placement`, and two scripts of the page's own:
     * one first in <head> that records console messages and layout shifts, and one right after
     * the article, which the parser runs before any element can hydrate, that keeps the nodes
     * the visitor sees and where they are.
     */
    const IMPORTS = {
      'microneedling-elements': '/plain/dist/index.js',
      'microneedling-elements/': '/plain/dist/',
      lit: '/plain/node_modules/lit/index.js',
      'lit/': '/plain/node_modules/lit/',
      'lit-html': '/plain/node_modules/lit-html/lit-html.js',
      'lit-html/': '/plain/node_modules/lit-html/',
      'lit-element/': '/plain/node_modules/lit-element/',
      '@lit/reactive-element': '/plain/node_modules/@lit/reactive-element/reactive-element.js',
      '@lit/reactive-element/': '/plain/node_modules/@lit/reactive-element/',
    };

    function variant(html: string, placement: string): string {
      const tag =
        placement === 'import map'
          ? // The ES build, as docs/frameworks.md's import map loads it.
            `<script type="importmap">${JSON.stringify({ imports: IMPORTS })}</script><script type="module">
              import { setLocale } from 'microneedling-elements';
              window.MicroneedlingElements = { setLocale };
            </script>`
          : `<script${placement === 'head' || placement === 'end of body' ? '' : ` ${placement}`} src="/plain/dist/microneedling-elements.js"></script>`;
      const recorder = `<script>
        window.record = { messages: [], shifts: 0 };
        for (const level of ['error', 'warn']) {
          const original = console[level].bind(console);
          console[level] = (...args) => (record.messages.push(level + ': ' + args.join(' ')), original(...args));
        }
        addEventListener('error', (e) => record.messages.push('error: ' + e.message));
        if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
          new PerformanceObserver((list) => list.getEntries().forEach((e) => (record.shifts += e.value))).observe({ type: 'layout-shift', buffered: true });
      </script>`;
      const keep = `<script>
        {
          const article = document.querySelector('mn-article').shadowRoot;
          const inner = (tag) => article.querySelector(tag).shadowRoot;
          record.before = [
            article.firstChild, article.querySelector('h2'), article.querySelector('[part="intro"]').firstChild,
            inner('mn-benefits-accordion').querySelector('button'), inner('mn-benefits-accordion').querySelector('.panel p'),
            inner('mn-procedure-stepper').querySelector('[part="title"]'), inner('mn-faq-card').querySelector('button'),
            inner('mn-disclaimer').querySelector('[role="note"]'),
          ];
          record.headings = article.querySelectorAll('h2[part="heading"]').length;
          record.jsonLd = document.querySelector('mn-article > script[type="application/ld+json"]');
          record.jsonLdText = record.jsonLd.textContent;
          record.rects = JSON.stringify(record.before.filter((n) => n.nodeType === 1).map((n) => n.getBoundingClientRect()));
        }
      </script>`;
      const page = html
        .replace(/<script src="[./]*dist\/microneedling-elements\.js"><\/script>/, '')
        .replace(/href="[./]*styles\.css"/, 'href="/plain/demo/styles.css"')
        // The demo's language picker expects the script in <head>; this page needs none.
        .replace(/<script>\s*\/\/ The language picker[\s\S]*?<\/script>/, '')
        .replace('<head>', `<head>${recorder}${placement === 'end of body' ? '' : tag}`)
        .replace('</mn-article>', `</mn-article>${keep}`)
        .replace('</body>', `${placement === 'end of body' ? tag : ''}</body>`);
      expect(page).not.to.include('../../dist/');
      return page;
    }

    const nodes = (page: Page) => {
      const article = page.document.querySelector('mn-article')!.shadowRoot!;
      const inner = (tag: string) => article.querySelector(tag)!.shadowRoot!;
      return [
        article.firstChild,
        article.querySelector('h2'),
        article.querySelector('[part="intro"]')!.firstChild,
        inner('mn-benefits-accordion').querySelector('button'),
        inner('mn-benefits-accordion').querySelector('.panel p'),
        inner('mn-procedure-stepper').querySelector('[part="title"]'),
        inner('mn-faq-card').querySelector('button'),
        inner('mn-disclaimer').querySelector('[role="note"]'),
      ];
    };

    /** Resolves once every element of the page has taken its shadow root over. */
    async function hydrated(page: Page): Promise<void> {
      await page.customElements.whenDefined('mn-article');
      const article = page.document.querySelector('mn-article') as LitElement;
      await article.updateComplete;
      for (const el of article.shadowRoot!.querySelectorAll<LitElement>(
        'mn-benefits-accordion, mn-procedure-stepper, mn-faq-card, mn-disclaimer',
      ))
        await el.updateComplete;
    }

    for (const placement of ['head', 'defer', 'async', 'type="module"', 'end of body', 'import map']) {
      const where =
        placement === 'import map'
          ? 'the ES build through an import map'
          : `the script tag ${placement === 'head' || placement === 'end of body' ? `at the ${placement}` : `marked ${placement}`}`;
      it(`with ${where}: the same nodes, in the same place, and everything works`, async () => {
        const page = await open({ srcdoc: variant(prerendered, placement) });
        await hydrated(page);
        const now = nodes(page);
        // Not one node thrown away and rebuilt: the prerendered ones are the ones now live.
        now.forEach((node, i) => expect(node === page.record.before[i], `node ${i}`).to.equal(true));
        expect((now[0] as Comment).data).to.match(/^mn-state /);
        expect(
          JSON.stringify(now.filter((n) => n!.nodeType === 1).map((n) => (n as Element).getBoundingClientRect())),
        ).to.equal(page.record.rects);
        expect(page.record.shifts).to.equal(0);
        expect(page.record.messages).to.deep.equal([]);
        // The JSON-LD the prerenderer wrote is exactly what the browser keeps: the same node, the same text.
        const jsonLd = page.document.querySelectorAll('mn-article > script[type="application/ld+json"]');
        expect(jsonLd.length).to.equal(1);
        expect(jsonLd[0] === page.record.jsonLd).to.equal(true);
        expect(jsonLd[0].textContent).to.equal(page.record.jsonLdText);

        // A click opens a benefit, with its animation and its event; a key moves focus; find-in-page's event opens another.
        const accordion = page.document
          .querySelector('mn-article')!
          .shadowRoot!.querySelector('mn-benefits-accordion') as LitElement & { open: string };
        const buttons = [...accordion.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
        const toggles: unknown[] = [];
        page.document.addEventListener('mn-toggle', (event) => toggles.push((event as CustomEvent).detail));
        buttons[0].click();
        await accordion.updateComplete;
        expect(toggles).to.deep.equal([{ id: 'procedure', open: true }]);
        expect(buttons[0].getAttribute('aria-expanded')).to.equal('true');
        expect(accordion.open).to.equal('procedure');
        const panel = accordion.shadowRoot!.querySelector('#panel-procedure')!;
        expect(panel.hasAttribute('hidden')).to.equal(false);
        expect(panel.getAnimations().length, 'the panel opens with its animation').to.equal(1);
        buttons[0].focus();
        await sendKeys({ press: 'ArrowDown' });
        expect(accordion.shadowRoot!.activeElement).to.equal(buttons[1]);
        accordion
          .shadowRoot!.querySelector('#panel-skin-types')!
          .dispatchEvent(new Event('beforematch', { bubbles: true }));
        await accordion.updateComplete;
        expect(accordion.open).to.equal('skin-types');

        // The page switches language: every element follows.
        await page.MicroneedlingElements!.setLocale('de');
        const german = await words('de');
        expect(text(buttons[0])).to.equal(german.get('benefit.procedure.title'));
        const faq = page.document.querySelector('mn-article')!.shadowRoot!.querySelector('mn-faq-card')!;
        expect(text(faq.shadowRoot!.querySelector('#button-how-it-works'))).to.equal(
          german.get('faq.how-it-works.question'),
        );
        expect(page.record.messages).to.deep.equal([]);
      });
    }

    it('takes `render demo/index.html --lang es` over with the script added at the end of <body>: the same nodes, no shift', async () => {
      const spanish = await (await fetch('/plain/demo/index.es.html')).text();
      const page = await open({ srcdoc: variant(spanish, 'end of body') });
      await hydrated(page);
      nodes(page).forEach((node, i) => expect(node === page.record.before[i], `node ${i}`).to.equal(true));
      expect(page.record.shifts).to.equal(0);
      expect(page.record.messages).to.deep.equal([]);
      const accordion = page.document.querySelector('mn-article')!.shadowRoot!.querySelector('mn-benefits-accordion')!;
      expect(text(accordion.shadowRoot!.querySelector('button'))).to.equal(
        (await words('es')).get('benefit.procedure.title'),
      );
    });

    it('keeps an Arabic page right to left, on the same nodes', async () => {
      const arabic = await (await fetch('/plain/demo/prerendered/ar.html')).text();
      const page = await open({ srcdoc: variant(arabic, 'end of body') });
      await hydrated(page);
      nodes(page).forEach((node, i) => expect(node === page.record.before[i], `node ${i}`).to.equal(true));
      const list = page.document
        .querySelector('mn-article')!
        .shadowRoot!.querySelector('mn-benefits-accordion')!
        .shadowRoot!.querySelector('.list')!;
      expect(list.matches(':dir(rtl)')).to.equal(true);
      expect(page.record.messages).to.deep.equal([]);
    });

    it('renders itself again, in the language it now has, when the page differs from what was prerendered', async () => {
      // Prerendered in Spanish, served as an English page: the elements show English.
      const spanish = await (await fetch('/plain/demo/prerendered/es.html')).text();
      const page = await open({
        srcdoc: variant(spanish.replace('<html lang="es">', '<html lang="en">'), 'end of body'),
      });
      await hydrated(page);
      const now = nodes(page);
      expect((now[0] as Comment).data).not.to.match(/^mn-state/);
      expect(now[3] === page.record.before[3]).to.equal(false);
      const english = await words('en');
      expect(text(now[3] as Element)).to.equal(english.get('benefit.procedure.title'));
      expect(page.record.messages).to.deep.equal([]);
    });

    it('renders itself again when the page was prerendered by another version of the library', async () => {
      const version = (await (await fetch('/plain/package.json')).json()).version as string;
      const older = prerendered.replaceAll(`<!--mn-state ${version.replace(/-/g, '%2d')}`, '<!--mn-state 0.0.1');
      expect(older).not.to.equal(prerendered);
      const page = await open({ srcdoc: variant(older, 'end of body') });
      await hydrated(page);
      const now = nodes(page);
      expect((now[0] as Comment).data).not.to.match(/^mn-state/);
      expect(now[3] === page.record.before[3]).to.equal(false);
      expect(text(now[3] as Element)).to.equal((await words('en')).get('benefit.procedure.title'));
      expect(page.record.messages).to.deep.equal([]);
    });

    it('keeps an English card in an Arabic page left to right, on the same nodes, and follows the page’s language after', async () => {
      const html = await (await fetch('/prerendered/test/pages/mixed-languages.html')).text();
      const page = await open({
        srcdoc: html.replace(
          '</body>',
          `<script>window.before = [...document.querySelectorAll('mn-disclaimer')].map((el) => el.shadowRoot.querySelector('[role="note"]'));</script>
          <script src="/plain/dist/microneedling-elements.js"></script></body>`,
        ),
      });
      await page.customElements.whenDefined('mn-disclaimer');
      const cards = [...page.document.querySelectorAll<LitElement>('mn-disclaimer')];
      await Promise.all(cards.map((card) => card.updateComplete));
      const notes = cards.map((card) => card.shadowRoot!.querySelector('[role="note"]')!);
      notes.forEach((note, i) =>
        expect(note === (page as unknown as { before: Element[] }).before[i], `card ${i}`).to.equal(true),
      );
      expect([notes[0].getAttribute('dir'), notes[0].matches(':dir(ltr)')]).to.deep.equal(['ltr', true]);
      expect([notes[1].getAttribute('lang'), notes[1].matches(':dir(rtl)')]).to.deep.equal(['ar', true]);
      // The page turns English: the English card needs no dir of its own any more, the other turns English.
      await page.MicroneedlingElements!.setLocale('en');
      const now = cards.map((card) => card.shadowRoot!.querySelector('[role="note"]')!);
      expect(now.map((note) => [note.getAttribute('lang'), note.getAttribute('dir')])).to.deep.equal([
        ['en', null],
        ['en', null],
      ]);
      // And Arabic again: the English card is left to right inside the right-to-left page.
      await page.MicroneedlingElements!.setLocale('ar');
      expect(cards[0].shadowRoot!.querySelector('[role="note"]')!.getAttribute('dir')).to.equal('ltr');
    });

    it('renders itself again when an attribute changed before the script arrived', async () => {
      const changed = prerendered.replace('<mn-article', '<mn-article heading-level="3"');
      const page = await open({ srcdoc: variant(changed, 'end of body') });
      await hydrated(page);
      const article = page.document.querySelector('mn-article')!.shadowRoot!;
      expect(article.querySelector('h2')).to.equal(null);
      expect(page.record.headings).to.be.above(2);
      expect(article.querySelectorAll('h3[part="heading"]').length).to.equal(page.record.headings);
      expect(page.record.messages).to.deep.equal([]);
    });
  });
});

describe('a page with the clinic’s own entries', () => {
  const PAGE = `/prerendered/${CLINIC_PAGE}`;
  const PRICE = 'How much does a session cost?';
  /** The light-DOM texts the clinic wrote, which the visitor must read. */
  const CLINIC = [
    'At our clinic, Dr Lee performs every treatment.',
    'Questions? Ask us at the desk or write to us.',
    'We apply numbing cream first.',
    'We apply numbing cream for comfort.',
    'From 150 € a session. Prices',
  ];
  const clinicTexts = (doc: Document) =>
    [...doc.querySelectorAll('[slot="intro"], [slot="closing"], mn-benefit p, mn-step p, mn-faq-item p')].map((el) => [
      text(el),
      visible(el),
    ]);

  it('shows them without JavaScript, in their places, with the JSON-LD listing them and no axe violation', async () => {
    const page = await open({ src: PAGE }, false);
    const doc = page.document;
    expect(clinicTexts(doc)).to.deep.equal(CLINIC.map((t) => [t, true]));
    const faq = doc.querySelector('mn-faq-card')!.shadowRoot!;
    expect(text(faq.querySelector('#button-price'))).to.equal(PRICE);
    // The stepper shows every step as a list without JavaScript: the clinic's last, with its text.
    const checklist = doc.querySelector('mn-procedure-stepper')!.shadowRoot!.querySelector('.print')!;
    expect(text(checklist.lastElementChild)).to.equal('Numbing cream');
    expect(
      (checklist.lastElementChild!.querySelector('slot') as HTMLSlotElement).assignedElements()[0] ===
        doc.querySelector('mn-step'),
    ).to.equal(true);
    const [procedure, faqJson] = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => JSON.parse(s.textContent!) as Record<string, unknown>,
    );
    expect(String(procedure.howPerformed).endsWith('Numbing cream: We apply numbing cream for comfort.')).to.equal(
      true,
    );
    expect((faqJson.mainEntity as { name: string }[]).at(-1)!.name).to.equal(PRICE);
    const path = `${PAGE}?axe=clinic`;
    await open({ src: path }, false);
    expect(await executeServerCommand('axe-without-scripts', { path })).to.deep.equal([]);
  });

  for (const placement of ['head', 'end of body'] as const) {
    it(`is taken over by the script ${placement === 'head' ? 'in <head>' : 'at the end of <body>'}: the same nodes, the entries working`, () =>
      takesOverClinicPage('<script src="/plain/dist/microneedling-elements.js"></script>', placement));
  }

  // The clinic's whole page in one <mn-article>: its intro, entries and closing note, with the page's footer below.
  for (const attribute of ['', 'defer', 'async', 'type="module"']) {
    it(`holds the clinic’s own entries in one article, prerendered, taken over with the script in <head>${attribute ? ` marked ${attribute}` : ''}: nothing moves`, () =>
      articleWithEntries(
        `<script ${attribute} src="/plain/dist/microneedling-elements.js"></script>`,
        'head',
        'prerendered',
      ));
  }
  it('holds the clinic’s own entries in one article, prerendered, taken over with the script at the end of <body>: nothing moves', () =>
    articleWithEntries('<script src="/plain/dist/microneedling-elements.js"></script>', 'end of body', 'prerendered'));
  it('holds the clinic’s own entries in one article as written, with the script in <head>: nothing moves', () =>
    articleWithEntries('<script src="/plain/dist/microneedling-elements.js"></script>', 'head', 'as written'));

  it('moves the text of a first step of the clinic’s from the checklist to the panel when the script arrives', () =>
    takesOverFirstClinicStep('<script src="/plain/dist/microneedling-elements.js"></script>'));

  it('renders again when the clinic changed an entry before the script arrived', async () => {
    const html = (await (await fetch(PAGE)).text()).replace(
      'question="How much does a session cost?"',
      'question="What does a session cost?"',
    );
    const page = await open({
      srcdoc: html.replace('</body>', '<script src="/plain/dist/microneedling-elements.js"></script></body>'),
    });
    await page.customElements.whenDefined('mn-faq-card');
    const faq = page.document.querySelector('mn-faq-card') as LitElement;
    await faq.updateComplete;
    expect(text(faq.shadowRoot!.querySelector('#button-price'))).to.equal('What does a session cost?');
    // Rendered afresh: the prerendered nodes, and the state they came with, are gone.
    const states = [...faq.shadowRoot!.childNodes].filter((n) => n.nodeValue?.startsWith('mn-state'));
    expect(states).to.deep.equal([]);
  });

  it('shows the clinic’s step that active-step names, when the script in <head> meets the stepper before its steps', async () => {
    const page = (await open({
      srcdoc: `<!doctype html><html lang="en"><head>
        <script>window.warnings = []; const warn = console.warn.bind(console); console.warn = (...a) => (warnings.push(a.join(' ')), warn(...a));</script>
        <script src="/plain/dist/microneedling-elements.js"></script></head><body>
        <mn-procedure-stepper active-step="7"><mn-step label="Numbing cream">Before the treatment.</mn-step></mn-procedure-stepper>
        <mn-faq-card questions="price downtime" open="price"><mn-faq-item id="price" question="${PRICE}">From 150 €.</mn-faq-item></mn-faq-card>
        </body></html>`,
    })) as unknown as Window & { warnings: string[]; document: Document };
    const stepper = page.document.querySelector('mn-procedure-stepper') as LitElement & { activeStep: number };
    const faq = page.document.querySelector('mn-faq-card') as LitElement;
    await stepper.updateComplete;
    await faq.updateComplete;
    expect(text(stepper.shadowRoot!.querySelector('[part="progress"]'))).to.equal('Step 8 of 8');
    expect(String(stepper.activeStep)).to.equal('7');
    expect(text(faq.shadowRoot!.querySelector('[part="button"]'))).to.equal(PRICE);
    expect(faq.shadowRoot!.querySelector('[part="button"]')!.getAttribute('aria-expanded')).to.equal('true');
    // Nothing was unknown once the page was parsed: not one warning.
    expect(page.warnings).to.deep.equal([]);
  });

  it('opens the clinic’s question that a link to its id (#price) goes to', async () => {
    const page = (await open({
      srcdoc: `<!doctype html><html lang="en"><head><script src="/plain/dist/microneedling-elements.js"></script></head><body>
        <div style="block-size: 3000px"></div>
        <mn-faq-card><mn-faq-item id="price" question="${PRICE}">From 150 €.</mn-faq-item></mn-faq-card></body></html>`,
    })) as unknown as Window & { document: Document };
    const card = page.document.querySelector('mn-faq-card') as LitElement & { open: string };
    await card.updateComplete;
    const toggled = new Promise<unknown>((resolve) =>
      card.addEventListener('mn-toggle', (e) => resolve((e as CustomEvent).detail), { once: true }),
    );
    page.location.hash = 'price';
    expect(await toggled).to.deep.equal({ id: 'price', open: true });
    await card.updateComplete;
    const item = page.document.getElementById('price')!;
    expect(item.checkVisibility()).to.equal(true);
    expect(item.getBoundingClientRect().top).to.be.within(0, page.innerHeight);
  });

  it('sanitises an entry added to prerendered HTML after it was rendered, while the page is parsed', async () => {
    // A snippet pasted into a CMS, and a question added to it there, by hand, with a script in it.
    const html = (await (await fetch(PAGE)).text())
      .replace('<p>From 150 € a session.', '<p>From 150 € a session.<script>ran.push("script")</script>')
      .replace(
        '<head>',
        '<head><script>window.ran = [];</script><script src="/plain/dist/microneedling-elements.js"></script>',
      );
    expect(html).to.include('ran.push("script")');
    const page = (await open({ srcdoc: html })) as unknown as Window & { ran: string[] };
    expect(page.ran).to.deep.equal([]);
  });

  it('runs no script or handler of an entry in the page’s HTML when the script is in <head>', async () => {
    const page = (await open({
      srcdoc: `<!doctype html><html lang="en"><head>
        <script>window.ran = []; window.warnings = []; const warn = console.warn.bind(console); console.warn = (...a) => (warnings.push(a.join(' ')), warn(...a));</script>
        <script src="/plain/dist/microneedling-elements.js"></script></head><body>
        <mn-faq-card><mn-faq-item id="price" question="${PRICE}">From 150 €.<script>ran.push('script')</script><img src="x" alt="" onerror="ran.push('onerror')"></mn-faq-item></mn-faq-card>
        <script>ran.push('page')</script></body></html>`,
    })) as unknown as Window & { ran: string[]; warnings: string[]; document: Document };
    // The frame's load event waits for the image, which has failed by then.
    expect(page.ran).to.deep.equal(['page']);
    expect(page.document.querySelector('mn-faq-item')!.innerHTML).to.equal('From 150 €.<img src="x" alt="">');
    expect(page.warnings).to.deep.equal([
      // Taken out as the parser adds them: the script before it runs, the handler before the image fails.
      `<mn-faq-card>: removed <script> from <mn-faq-item id="price">: the clinic's content may not run code.`,
      `<mn-faq-card>: removed onerror="ran.push('onerror')" from <mn-faq-item id="price">: the clinic's content may not run code.`,
    ]);
  });
});
