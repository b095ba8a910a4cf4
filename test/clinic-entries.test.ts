// The clinic's own words beside the article's: entries written as children of the elements.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/article/define.js';
import type { MnArticle } from '../src/components/article/article.js';
import '../src/components/benefits-accordion/define.js';
import '../src/components/disclaimer/define.js';
import type { MnBenefitsAccordion } from '../src/components/benefits-accordion/benefits-accordion.js';
import '../src/components/faq-card/define.js';
import type { MnFaqCard } from '../src/components/faq-card/faq-card.js';
import '../src/components/procedure-stepper/define.js';
import type { MnProcedureStepper } from '../src/components/procedure-stepper/procedure-stepper.js';
import type { ToggleDetail } from '../src/internal/disclosure.js';
import type { StepChangeDetail } from '../src/components/procedure-stepper/procedure-stepper.types.js';
import { animatedBy, animationsDone, canEmulateMedia, captureWarnings, text } from './helpers.js';
import { emulateMedia } from '@web/test-runner-commands';

const PRICE = 'How much does a session cost?';
const ARTICLE_QUESTIONS = [
  'What is micro-needling?',
  'How does micro-needling work?',
  'Which skin concerns can micro-needling help with?',
  'How much downtime is there?',
  'How many sessions will I need?',
  'Is micro-needling suitable for my skin type?',
  'Does micro-needling help my skincare products work?',
  'Who should perform micro-needling?',
];

interface FaqJson {
  '@type': string;
  inLanguage: string;
  mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
}

const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="button"]')];
const button = (el: Element, id: string) => el.shadowRoot!.getElementById(`button-${id}`) as HTMLButtonElement;
const panel = (el: Element, id: string) => el.shadowRoot!.getElementById(`panel-${id}`) as HTMLElement;
const blocks = (root: ParentNode = document) => [
  ...root.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'),
];
const faqJson = (el: Element) => JSON.parse(blocks(el)[0].textContent!) as FaqJson;
/** What the visitor sees of a slotted entry: the element in the panel, visible or not. */
const slotted = (el: Element, id: string) => panel(el, id).querySelector('slot')!.assignedElements();

/** Resolves after the MutationObserver has read the children and the element has updated. */
async function settle(el: MnFaqCard | MnBenefitsAccordion | MnProcedureStepper | MnArticle) {
  await Promise.resolve();
  await el.updateComplete;
  await animationsDone(el.shadowRoot!);
  await el.updateComplete;
}

/**
 * A page of its own, loading the library from src/ (and Stryker's active mutant), then written
 * again while the test watches: document.open() makes it a page being parsed, with the element
 * defined. Its console warnings are collected in `said`; remove `frame` when done.
 */
async function pageBeingParsed(module: string, tag: string) {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>globalThis.__stryker__ = parent.__stryker__;</script>
    <script type="module" src="${module}"></script></head></html>`;
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as unknown as typeof globalThis;
  await page.customElements.whenDefined(tag);
  const doc = frame.contentDocument!;
  doc.open();
  const said: string[] = [];
  page.console.warn = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  return { frame, doc, said };
}

describe('the clinic’s own entries', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('<mn-faq-card> with <mn-faq-item> children', () => {
    it('shows nine questions, the clinic’s last, opens it with Enter and lists it in the one FAQPage block', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card structured-data
          ><mn-faq-item question="How much does a session cost?">From 150 € a session.</mn-faq-item></mn-faq-card
        >`,
      );
      await settle(el);
      expect(buttons(el).map(text)).to.deep.equal([...ARTICLE_QUESTIONS, PRICE]);
      const price = button(el, 'how-much-does-a-session-cost');
      expect(price.parentElement!.localName).to.equal('h3');
      expect(price.getAttribute('aria-controls')).to.equal('panel-how-much-does-a-session-cost');
      expect(panel(el, 'how-much-does-a-session-cost').getAttribute('hidden')).to.equal('until-found');
      const item = el.querySelector('mn-faq-item')!;
      expect(item.checkVisibility()).to.equal(false);

      price.focus();
      const animated = await animatedBy(async () => {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      });
      // It opens as the article's answers do: with their animation, in their parts.
      const answer = panel(el, 'how-much-does-a-session-cost');
      expect([answer.getAttribute('part'), animated.map((started) => started === answer)]).to.deep.equal([
        'answer',
        [true],
      ]);
      await settle(el);
      expect(el.open).to.equal('how-much-does-a-session-cost');
      expect(price.getAttribute('aria-expanded')).to.equal('true');
      expect(item.checkVisibility()).to.equal(true);
      expect(slotted(el, 'how-much-does-a-session-cost')).to.deep.equal([item]);

      expect(blocks().length).to.equal(1);
      const json = faqJson(el);
      expect(json.mainEntity.length).to.equal(9);
      expect(json.mainEntity[8]).to.deep.equal({
        '@type': 'Question',
        name: PRICE,
        acceptedAnswer: { '@type': 'Answer', text: 'From 150 € a session.' },
      });
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('runs nothing from an <img onerror> in an answer, and says what it took out', async () => {
      const ran: string[] = [];
      (window as { mnRan?: (what: string) => void }).mnRan = (what) => ran.push(what);
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      // As a CMS or a framework would add it: markup set at run time.
      el.innerHTML =
        '<mn-faq-item id="price" question="How much does a session cost?">From 150 € <img src="x" onerror="mnRan(\'onerror\')" alt="">a session.</mn-faq-item>';
      await settle(el);
      const img = el.querySelector('img')!;
      expect(img.hasAttribute('onerror')).to.equal(false);
      // An inline handler would have run before this listener, added after it.
      await new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
      expect(ran).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([
        `<mn-faq-card>: removed onerror="mnRan('onerror')" from <mn-faq-item id="price">: the clinic's content may not run code.`,
      ]);
      expect(buttons(el).map(text).at(-1)).to.equal(PRICE);
      delete (window as { mnRan?: unknown }).mnRan;
    });

    it('prints the clinic’s answer with the others, every one open', async function () {
      if (!canEmulateMedia) this.skip();
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card questions="price downtime"
          ><mn-faq-item id="price" question="How much does a session cost?">From 150 €.</mn-faq-item></mn-faq-card
        >`,
      );
      await settle(el);
      await emulateMedia({ media: 'print' });
      try {
        const item = el.querySelector('mn-faq-item')!;
        expect([item.checkVisibility(), item.getBoundingClientRect().height > 0]).to.deep.equal([true, true]);
        expect(panel(el, 'downtime').querySelector('p')!.checkVisibility()).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('places the clinic’s question where `questions` names it, and opens it by `open`, a method and its event', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card questions="price downtime" open="price"
          ><mn-faq-item id="price" question="How much does a session cost?">From 150 €.</mn-faq-item></mn-faq-card
        >`,
      );
      await settle(el);
      expect(buttons(el).map(text)).to.deep.equal([PRICE, 'How much downtime is there?']);
      expect(button(el, 'price').getAttribute('aria-expanded')).to.equal('true');
      const log: ToggleDetail[] = [];
      el.addEventListener('mn-toggle', (e) => log.push(e.detail));
      el.hide('price');
      el.toggle('downtime');
      await settle(el);
      expect(log).to.deep.equal([
        { id: 'price', open: false },
        { id: 'downtime', open: true },
      ]);
      expect(el.getAttribute('open')).to.equal('downtime');
      expect(el.querySelector('mn-faq-item')!.checkVisibility()).to.equal(false);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('keeps the clinic’s markup as written: a paragraph, a list, a link reached with Tab, a mailto link', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card questions="price" open="price"
          ><mn-faq-item id="price" question="How much does a session cost?"
            ><p>From <em>150 €</em> a session.</p>
            <ul>
              <li>Three sessions: 400 €</li>
            </ul>
            <p><a href="/prices">Prices</a> or <a href="mailto:desk@clinic.example">write to us</a></p></mn-faq-item
          ></mn-faq-card
        >`,
      );
      const item = el.querySelector('mn-faq-item')!;
      const before = [...item.querySelectorAll('*')];
      await settle(el);
      expect([...item.querySelectorAll('*')]).to.deep.equal(before);
      expect([...item.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        '/prices',
        'mailto:desk@clinic.example',
      ]);
      button(el, 'price').focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(item.querySelector('a'));
      expect(getComputedStyle(item).fontFamily).to.equal(getComputedStyle(button(el, 'price')).fontFamily);
      expect(JSON.parse(blocks(el).length ? blocks(el)[0].textContent! : '{}')).to.deep.equal({});
      el.structuredData = true;
      await settle(el);
      expect(faqJson(el).mainEntity[0].acceptedAnswer.text).to.equal(
        'From 150 € a session. Three sessions: 400 € Prices or write to us',
      );
      await expect(el).to.be.accessible();
    });

    it('follows children added, edited and removed at run time, and its JSON-LD with them', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card questions="downtime" structured-data></mn-faq-card>`);
      const item = document.createElement('mn-faq-item');
      item.id = 'price';
      item.setAttribute('question', PRICE);
      item.textContent = 'From 150 €.';
      el.questions = 'downtime price';
      el.append(item);
      await settle(el);
      expect(buttons(el).map(text)).to.deep.equal(['How much downtime is there?', PRICE]);
      // As a framework sets it: the property, reflected to the attribute the card reads.
      item.question = 'What does a session cost?';
      expect(item.getAttribute('question')).to.equal('What does a session cost?');
      item.firstChild!.nodeValue = 'From 160 €.';
      await settle(el);
      expect(text(button(el, 'price'))).to.equal('What does a session cost?');
      expect(faqJson(el).mainEntity[1]).to.deep.equal({
        '@type': 'Question',
        name: 'What does a session cost?',
        acceptedAnswer: { '@type': 'Answer', text: 'From 160 €.' },
      });
      item.remove();
      await settle(el);
      expect(buttons(el).map(text)).to.deep.equal(['How much downtime is there?']);
      expect(faqJson(el).mainEntity.map((q) => q.name)).to.deep.equal(['How much downtime is there?']);
      expect(blocks().length).to.equal(1);
      // The id is in `questions` but no longer shown: that is now a mistake worth one warning.
      expect(warnings.messages).to.deep.equal([
        '<mn-faq-card>: ignoring unknown questions id(s) "price"; known ids are: what-is-it how-it-works concerns downtime sessions skin-types skincare who-performs.',
      ]);
    });

    it('says once that `open` names a question no longer shown, when the clinic removes it', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card open="price"
          ><mn-faq-item id="price" question="How much does a session cost?">From 150 €.</mn-faq-item></mn-faq-card
        >`,
      );
      await settle(el);
      expect(warnings.messages).to.deep.equal([]);
      el.querySelector('mn-faq-item')!.remove();
      await settle(el);
      expect(warnings.messages).to.deep.equal(['<mn-faq-card>: open names "price", which is not shown; ignoring it.']);
    });

    it('skips an empty question, a taken id, an id with a space and an unknown child, with one warning each', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card
          ><mn-faq-item question="  ">No question.</mn-faq-item
          ><mn-faq-item id="downtime" question="Is there downtime?">Taken by the article.</mn-faq-item
          ><mn-faq-item id="a b" question="Spaced?">An id with a space.</mn-faq-item
          ><mn-faq-item question="How much does a session cost?">From 150 €.</mn-faq-item
          ><mn-faq-item question="How much does a session cost?">From 160 €.</mn-faq-item
          ><mn-step label="Numbing cream">In the wrong element.</mn-step
          ><p>Stray text.</p></mn-faq-card
        >`,
      );
      await settle(el);
      // Two entries with one question: the second gets a number rather than being lost.
      expect(
        buttons(el)
          .slice(8)
          .map((b) => b.id),
      ).to.deep.equal(['button-how-much-does-a-session-cost', 'button-how-much-does-a-session-cost-2']);
      expect(warnings.messages).to.deep.equal([
        '<mn-faq-card>: ignoring <mn-faq-item question="  ">: its question is empty.',
        '<mn-faq-card>: ignoring <mn-faq-item id="downtime">: the id "downtime" is already taken.',
        '<mn-faq-card>: ignoring <mn-faq-item id="a b">: an id cannot hold white space.',
        '<mn-faq-card>: ignoring the child <mn-step>: it takes only <mn-faq-item>.',
        '<mn-faq-card>: ignoring the child <p>: it takes only <mn-faq-item>.',
      ]);
      // Skipped entries are shown nowhere, and a later change does not repeat the warnings.
      expect([...el.querySelectorAll('mn-faq-item, mn-step, p')].map((c) => c.checkVisibility())).to.deep.equal([
        false,
        false,
        false,
        false,
        false,
        false,
        false,
      ]);
      el.querySelector('mn-faq-item:nth-of-type(4)')!.textContent = 'From 155 €.';
      await settle(el);
      expect(warnings.messages.length).to.equal(5);
    });

    it('takes out scripts, frames, handlers and javascript: links, keeps the rest, and says so once', async () => {
      const ran: string[] = [];
      (window as { mnRan?: (what: string) => void }).mnRan = (what) => ran.push(what);
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      el.innerHTML = `<mn-faq-item id="price" question="${PRICE}" onclick="mnRan('click')"><p onmouseover="mnRan('over')">From 150 €.</p><a href=" java\tscript:mnRan('link')">Prices</a><iframe srcdoc="<script>parent.mnRan('frame')</script>"></iframe><svg><a href="javascript:mnRan('svg')"><text>x</text></a><set attributeName="href" to="javascript:mnRan('set')"></set></svg><object data="javascript:mnRan('object')"></object></mn-faq-item>`;
      const item = el.querySelector<HTMLElement>('mn-faq-item')!;
      await settle(el);
      expect(item.outerHTML).to.equal(
        `<mn-faq-item id="price" question="${PRICE}" slot="price"><p>From 150 €.</p><a>Prices</a><svg><a><text>x</text></a></svg></mn-faq-item>`,
      );
      el.show('price');
      await settle(el);
      expect(item.checkVisibility()).to.equal(true);
      item.click();
      item.querySelector<HTMLAnchorElement>('a')!.click();
      item.querySelector('p')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      expect(ran).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([
        `<mn-faq-card>: removed onclick="mnRan('click')", onmouseover="mnRan('over')", href=" java\tscript:mnRan('link')", <iframe>, href="javascript:mnRan('svg')", <set>, <object> from <mn-faq-item id="price">: the clinic's content may not run code.`,
      ]);
      expect(text(panel(el, 'price').querySelector('slot')!.assignedElements()[0])).to.equal('From 150 €.Pricesx');
      delete (window as { mnRan?: unknown }).mnRan;
    });
  });

  describe('<mn-faq-card> with what a clinic might get wrong', () => {
    for (const { tag, entry, list, label } of [
      { tag: 'mn-faq-card', entry: 'mn-faq-item', list: 'questions', label: 'question' },
      { tag: 'mn-benefits-accordion', entry: 'mn-benefit', list: 'items', label: 'label' },
      { tag: 'mn-procedure-stepper', entry: 'mn-step', list: 'steps', label: 'label' },
    ]) {
      it(`warns once, naming the entry and the list, when ${list} leaves out a clinic's entry (<${tag}>)`, async () => {
        const el = document.createElement(tag) as MnFaqCard;
        el.setAttribute(list, 'price');
        const kept = Object.assign(document.createElement(entry), { id: 'price' });
        const left = Object.assign(document.createElement(entry), { id: 'numbing' });
        kept.setAttribute(label, 'Price?');
        left.setAttribute(label, 'Numbing cream?');
        el.append(kept, left);
        await fixture(el);
        await settle(el);
        el.requestUpdate();
        await settle(el);
        const said = `<${tag}>: the clinic's entry "numbing" is not in ${list}="price", so it is not shown; add its id to the list to show it.`;
        expect(warnings.messages).to.deep.equal([said]);
        el.setAttribute(list, 'price numbing');
        await settle(el);
        expect(warnings.messages).to.deep.equal([said]);
        expect(el.shadowRoot!.querySelector('slot[name="numbing"]')).not.to.equal(null);
      });
    }

    it('shows no child but its entries: not a <p slot="price">, not a hidden entry; a written id wins over a label’s', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card questions="price price-2 downtime"
          ><mn-faq-item question="Price">Made from the label.</mn-faq-item
          ><mn-faq-item id="price" question="How much does a session cost?">Written.</mn-faq-item
          ><mn-faq-item id="old" question="An old question" hidden>Hidden by the CMS.</mn-faq-item
          ><mn-faq-item id=" spaced " question="Spaced?">Spaces around its id.</mn-faq-item
          ><p slot="price">Not an entry.</p></mn-faq-card
        >`,
      );
      await settle(el);
      expect(buttons(el).map((b) => [b.id, text(b)])).to.deep.equal([
        ['button-price', PRICE],
        ['button-price-2', 'Price'],
        ['button-downtime', 'How much downtime is there?'],
      ]);
      const stray = el.querySelector('p')!;
      expect([stray.hasAttribute('slot'), stray.checkVisibility()]).to.deep.equal([false, false]);
      el.showAll();
      await settle(el);
      expect(slotted(el, 'price').map(text)).to.deep.equal(['Written.']);
      expect(el.querySelector('#old')!.checkVisibility()).to.equal(false);
      // With every question shown, the hidden entry is still left out.
      el.questions = '';
      await settle(el);
      expect(
        buttons(el)
          .map((b) => b.id)
          .slice(8),
      ).to.deep.equal(['button-price-2', 'button-price']);
      expect(warnings.messages).to.deep.equal([
        '<mn-faq-card>: ignoring <mn-faq-item id=" spaced ">: an id cannot hold white space.',
        '<mn-faq-card>: ignoring the child <p>: it takes only <mn-faq-item>.',
      ]);
    });

    it('takes out a handler in an open shadow root, a <style>, autofocus, a clobbering name, a form attribute and a javascript: href under any prefix', async function () {
      const ran: string[] = [];
      (window as { mnRan?: (what: string) => void }).mnRan = (what) => ran.push(what);
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      const item = document.createElement('mn-faq-item');
      item.id = 'price';
      item.question = PRICE;
      // A shadow root in the clinic's markup, as a declarative one in the page's HTML becomes, on
      // an element of the page's own named like one of the library's (so not the library's).
      const host = document.createElement('mn-article-note');
      host.attachShadow({ mode: 'open' }).innerHTML = '<img src="x" alt="" onerror="mnRan(\'shadow\')">';
      const other = document.createElement('my-mn-article');
      other.attachShadow({ mode: 'open' }).innerHTML = '<b onclick="mnRan(\'other\')">Other</b>';
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      const link = document.createElementNS('http://www.w3.org/2000/svg', 'a');
      link.setAttributeNS('http://www.w3.org/1999/xlink', 'x:href', "javascript:mnRan('xlink')");
      svg.append(link);
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      const input = document.createElement('input');
      input.autofocus = true;
      // A name that stands in for document.currentScript, and a button that would post the page's own form.
      const image = Object.assign(document.createElement('img'), { name: 'currentScript', alt: '', id: 'readyState' });
      const button = Object.assign(document.createElement('button'), { textContent: 'Prices' });
      button.setAttribute('form', 'checkout');
      item.append('From 150 €.', host, other, svg, style, input, image, button);
      el.append(item);
      await settle(el);
      expect([host.shadowRoot!.innerHTML, other.shadowRoot!.innerHTML]).to.deep.equal([
        '<img src="x" alt="">',
        '<b>Other</b>',
      ]);
      expect([link.attributes.length, item.contains(style), input.hasAttribute('autofocus')]).to.deep.equal([
        0,
        false,
        false,
      ]);
      await new Promise((resolve) => host.shadowRoot!.querySelector('img')!.addEventListener('error', resolve));
      expect(ran).to.deep.equal([]);
      expect(getComputedStyle(document.body).display).to.equal('block');
      expect(warnings.messages).to.deep.equal([
        `<mn-faq-card>: removed onerror="mnRan('shadow')", onclick="mnRan('other')", x:href="javascript:mnRan('xlink')", <style>, autofocus="", name="currentScript", id="readyState", form="checkout" from <mn-faq-item id="price">: the clinic's content may not run code.`,
      ]);
      delete (window as { mnRan?: unknown }).mnRan;
    });

    it('gives a label’s id against the entries’ ids only: an ignored child’s id takes nothing', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card
          ><p id="how-much-does-a-session-cost">Not an entry.</p
          ><mn-faq-item question="How much does a session cost?">From 150 €.</mn-faq-item></mn-faq-card
        >`,
      );
      await settle(el);
      expect(buttons(el).at(-1)!.id).to.equal('button-how-much-does-a-session-cost');
      expect(warnings.messages).to.deep.equal([
        '<mn-faq-card>: ignoring the child <p id="how-much-does-a-session-cost">: it takes only <mn-faq-item>.',
      ]);
    });

    it('toggles nothing when a click in the clinic’s answer lands on its own button named like the card’s', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card open="price"
          ><mn-faq-item id="price" question="How much does a session cost?"
            >From 150 €. <button id="button-downtime" type="button">Details</button></mn-faq-item
          ></mn-faq-card
        >`,
      );
      await settle(el);
      el.querySelector<HTMLButtonElement>('#button-downtime')!.click();
      await settle(el);
      expect(el.open).to.equal('price');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('opens nothing when find-in-page reveals the clinic’s own hidden text, named like a panel of the card’s or not', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card open="price"
          ><mn-faq-item id="price" question="How much does a session cost?"
            >From 150 €. <span id="panel-downtime" hidden="until-found">Details</span>
            <span hidden="until-found">More</span></mn-faq-item
          ></mn-faq-card
        >`,
      );
      await settle(el);
      for (const span of el.querySelectorAll('span')) span.dispatchEvent(new Event('beforematch', { bubbles: true }));
      await settle(el);
      expect(el.open).to.equal('price');
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('the entries’ own elements', () => {
    it('read and set their label as an attribute: <mn-faq-item> its question, <mn-step> and <mn-benefit> their label', async () => {
      const entries = [
        ['mn-faq-item', 'question'],
        ['mn-step', 'label'],
        ['mn-benefit', 'label'],
      ].map(([tag, name]) => ({ el: document.createElement(tag) as HTMLElement & Record<string, string>, name }));
      expect(entries.map(({ el, name }) => el[name])).to.deep.equal(['', '', '']);
      for (const { el, name } of entries) el[name] = 'Numbing cream';
      expect(entries.map(({ el, name }) => [el.getAttribute(name), el[name]])).to.deep.equal([
        ['Numbing cream', 'Numbing cream'],
        ['Numbing cream', 'Numbing cream'],
        ['Numbing cream', 'Numbing cream'],
      ]);
      // Set by a script, the label is the point's button, as written in the page.
      const benefit = entries[2].el;
      benefit.id = 'comfort';
      benefit.label = 'Numbing cream for comfort';
      const accordion = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion items="comfort">${benefit}</mn-benefits-accordion>`,
      );
      await settle(accordion);
      expect(buttons(accordion).map(text)).to.deep.equal(['Numbing cream for comfort']);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('<mn-benefits-accordion> with <mn-benefit> children', () => {
    it('adds the clinic’s point after the article’s ten, reached with ArrowDown, opened with Space, in a region while few', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion items="minimal-downtime comfort"
          ><mn-benefit id="comfort" label="Numbing cream for comfort"
            >We apply numbing cream first.</mn-benefit
          ></mn-benefits-accordion
        >`,
      );
      await settle(el);
      expect(buttons(el).map(text)).to.deep.equal(['Minimal downtime', 'Numbing cream for comfort']);
      button(el, 'minimal-downtime').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'comfort'));
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.open).to.equal('comfort');
      const region = panel(el, 'comfort');
      expect([region.getAttribute('role'), region.getAttribute('aria-labelledby')]).to.deep.equal([
        'region',
        'button-comfort',
      ]);
      expect(button(el, 'comfort').getAttribute('aria-controls')).to.equal('panel-comfort');
      expect(el.querySelector('mn-benefit')!.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
      // find-in-page reaching the clinic's closed text opens it too.
      el.hideAll();
      await settle(el);
      region.dispatchEvent(new Event('beforematch', { bubbles: true }));
      await settle(el);
      expect(el.open).to.equal('comfort');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('says once that `open` names a point no longer shown, when the clinic removes it', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion open="comfort"
          ><mn-benefit id="comfort" label="Numbing cream for comfort">We apply it first.</mn-benefit></mn-benefits-accordion
        >`,
      );
      await settle(el);
      el.querySelector('mn-benefit')!.remove();
      await settle(el);
      expect(warnings.messages).to.deep.equal([
        '<mn-benefits-accordion>: open names "comfort", which is not shown; ignoring it.',
      ]);
    });

    it('shows all eleven by default, the clinic’s last, and lays the clinic’s text right to left in Arabic', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion lang="ar" open="comfort"
          ><mn-benefit id="comfort" label="كريم مخدر">نضع كريمًا مخدرًا أولًا.</mn-benefit></mn-benefits-accordion
        >`,
      );
      await settle(el);
      expect(buttons(el).length).to.equal(11);
      expect(text(buttons(el)[10])).to.equal('كريم مخدر');
      expect(getComputedStyle(el.querySelector('mn-benefit')!).direction).to.equal('rtl');
      // Eleven items are too many landmarks: no region, as for the article's own.
      expect(panel(el, 'comfort').hasAttribute('role')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('<mn-procedure-stepper> with <mn-step> children', () => {
    const stepper = () =>
      fixture<MnProcedureStepper>(
        html`<mn-procedure-stepper structured-data
          ><mn-step id="numbing" label="Numbing cream">We apply <b>numbing cream</b> for comfort.</mn-step
          ></mn-procedure-stepper
        >`,
      );
    const progress = (el: MnProcedureStepper) => text(el.shadowRoot!.querySelector('[part="progress"]'));
    const title = (el: MnProcedureStepper) => text(el.shadowRoot!.querySelector('[part="title"]'));

    it('adds the clinic’s step after the article’s seven, reached with Next and by its id', async () => {
      const el = await stepper();
      await settle(el);
      const steps = [...el.shadowRoot!.querySelectorAll('[part="step-button"] .label > span:first-child')];
      expect(steps.map(text)).to.deep.equal([
        'Consultation',
        'Cleansing',
        'Light peel',
        'Micro-needling',
        'Product absorption',
        'Recovery',
        'A series of treatments',
        'Numbing cream',
      ]);
      expect(progress(el)).to.equal('Step 1 of 8');
      const log: StepChangeDetail[] = [];
      el.addEventListener('mn-step-change', (e) => log.push(e.detail));
      el.goTo(6);
      await settle(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
      await settle(el);
      expect([progress(el), title(el)]).to.deep.equal(['Step 8 of 8', 'Numbing cream']);
      expect(log.at(-1)).to.deep.equal({ index: 7, id: 'numbing', previousIndex: 6 });
      const item = el.querySelector('mn-step')!;
      expect(item.checkVisibility()).to.equal(true);
      expect(el.shadowRoot!.querySelector<HTMLSlotElement>('[part="panel"] slot')!.assignedElements()).to.deep.equal([
        item,
      ]);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Step 8 of 8: Numbing cream');
      await expect(el).to.be.accessible();
      el.goTo('consultation');
      await settle(el);
      expect(item.checkVisibility()).to.equal(false);
      el.goTo('numbing');
      await settle(el);
      expect(el.activeStep).to.equal(7);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('moves to the last step left when the clinic removes the current one, and stays there when it returns', async () => {
      const el = await stepper();
      el.goTo('numbing');
      await settle(el);
      const item = el.querySelector('mn-step')!;
      item.remove();
      await settle(el);
      expect([progress(el), title(el), el.activeStep]).to.deep.equal(['Step 7 of 7', 'A series of treatments', 6]);
      expect(warnings.messages).to.deep.equal([
        '<mn-procedure-stepper>: active-step 7 is outside 0 to 6; showing step 6.',
      ]);
      el.append(item);
      await settle(el);
      expect(progress(el)).to.equal('Step 7 of 8');
    });

    it('keeps showing the same step when the clinic adds or removes a step before it', async () => {
      const el = await fixture<MnProcedureStepper>(
        html`<mn-procedure-stepper steps="first consultation cleansing" active-step="2"
          ><mn-step id="first" label="Before you come">Read our leaflet.</mn-step></mn-procedure-stepper
        >`,
      );
      await settle(el);
      expect([progress(el), title(el)]).to.deep.equal(['Step 3 of 3', 'Cleansing']);
      const log: StepChangeDetail[] = [];
      el.addEventListener('mn-step-change', (e) => log.push(e.detail));
      el.querySelector('mn-step')!.remove();
      await settle(el);
      expect([progress(el), title(el), el.getAttribute('active-step')]).to.deep.equal([
        'Step 2 of 2',
        'Cleansing',
        '1',
      ]);
      el.prepend(Object.assign(document.createElement('mn-step'), { id: 'first', label: 'Before you come' }));
      await settle(el);
      expect([progress(el), title(el), el.getAttribute('active-step')]).to.deep.equal([
        'Step 3 of 3',
        'Cleansing',
        '2',
      ]);
      // The visitor still sees the same step: nothing to announce, no event.
      expect([log, text(el.shadowRoot!.querySelector('[role="status"]'))]).to.deep.equal([[], '']);
      // While it was gone, `steps` named an id no step had: said once.
      expect(warnings.messages).to.deep.equal([
        '<mn-procedure-stepper>: ignoring unknown steps id(s) "first"; known ids are: consultation cleansing light-peel micro-needling product-absorption recovery treatment-series.',
      ]);
    });

    it('keeps showing the same step when the clinic removes the one before it, now the first', async () => {
      const el = await fixture<MnProcedureStepper>(
        html`<mn-procedure-stepper steps="first cleansing" active-step="1"
          ><mn-step id="first" label="Before you come">Read our leaflet.</mn-step></mn-procedure-stepper
        >`,
      );
      await settle(el);
      el.querySelector('mn-step')!.remove();
      await settle(el);
      expect([progress(el), title(el), el.getAttribute('active-step')]).to.deep.equal([
        'Step 1 of 1',
        'Cleansing',
        '0',
      ]);
      expect(warnings.messages).to.deep.equal([
        '<mn-procedure-stepper>: ignoring unknown steps id(s) "first"; known ids are: consultation cleansing light-peel micro-needling product-absorption recovery treatment-series.',
      ]);
    });

    it('goes where active-step or steps says when either changes with the clinic’s steps, with the warning for a step out of range', async () => {
      const twoSteps = () =>
        fixture<MnProcedureStepper>(
          html`<mn-procedure-stepper active-step="8"
            ><mn-step id="a" label="Before you come">Read our leaflet.</mn-step
            ><mn-step id="b" label="Numbing cream">We apply numbing cream.</mn-step></mn-procedure-stepper
          >`,
        );
      const el = await twoSteps();
      await settle(el);
      // In one go: a step before the one shown goes, and active-step is set to the index it had.
      el.querySelector('#a')!.remove();
      el.setAttribute('active-step', '8');
      await settle(el);
      expect([progress(el), title(el), el.getAttribute('active-step')]).to.deep.equal([
        'Step 8 of 8',
        'Numbing cream',
        '7',
      ]);
      const other = await twoSteps();
      await settle(other);
      other.querySelector('#a')!.remove();
      other.steps = 'consultation b';
      await settle(other);
      expect([progress(other), title(other), other.getAttribute('active-step')]).to.deep.equal([
        'Step 2 of 2',
        'Numbing cream',
        '1',
      ]);
      expect(warnings.messages).to.deep.equal([
        '<mn-procedure-stepper>: active-step 8 is outside 0 to 7; showing step 7.',
        '<mn-procedure-stepper>: active-step 8 is outside 0 to 1; showing step 1.',
      ]);
    });

    it('writes its MedicalProcedure only with structured-data, with its context, and the follow-up while recovery is shown', async () => {
      const plain = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper></mn-procedure-stepper>`);
      await settle(plain);
      expect(blocks(plain)).to.deep.equal([]);
      const el = await stepper();
      await settle(el);
      const json = () => JSON.parse(blocks(el)[0].textContent!) as Record<string, string>;
      expect([json()['@context'], json().inLanguage, json().followup]).to.deep.equal([
        'https://schema.org',
        'en',
        'The skin may appear slightly red and feel mildly sensitive immediately after the treatment, but these effects usually subside within a day or two.',
      ]);
      el.steps = 'consultation numbing';
      await settle(el);
      expect(json().followup).to.equal(undefined);
      expect(json().howPerformed).to.equal(
        'Consultation: Discuss any specific concerns or expectations with a qualified professional before undergoing micro-needling. They can provide personalized guidance, determine if micro-needling is suitable for your unique skin condition and set the appropriate treatment plan based on individual skin concerns and sensitivities. Micro-needling should be performed by a trained and experienced professional. Numbing cream: We apply numbing cream for comfort.',
      );
    });

    it('once removed from the page, keeps no JSON-LD and no longer moves its text for printing', async () => {
      const el = await stepper();
      el.goTo('numbing');
      await settle(el);
      el.remove();
      expect(blocks(el)).to.deep.equal([]);
      window.dispatchEvent(new Event('beforeprint'));
      try {
        await el.updateComplete;
        const inPanel = el.shadowRoot!.querySelector<HTMLSlotElement>('[part="panel"] slot');
        expect(inPanel?.assignedElements()).to.deep.equal([el.querySelector('mn-step')]);
      } finally {
        window.dispatchEvent(new Event('afterprint'));
      }
    });

    it('warns once the page is parsed about an active-step that names no step, not an index or one that never came, and shows the nearest', async () => {
      const { frame, doc, said } = await pageBeingParsed(
        '/src/components/procedure-stepper/define.ts',
        'mn-procedure-stepper',
      );
      try {
        doc.write(
          '<!doctype html><html lang="en"><body><mn-procedure-stepper id="word" active-step="abc"></mn-procedure-stepper>' +
            '<mn-procedure-stepper id="eighth" active-step="7"></mn-procedure-stepper>',
        );
        const [word, eighth] = [...doc.querySelectorAll('mn-procedure-stepper')] as MnProcedureStepper[];
        await settle(word);
        await settle(eighth);
        // Rendered again while the page is still parsed: nothing said yet.
        word.orientation = 'vertical';
        await settle(word);
        expect(said).to.deep.equal([]);
        const parsed = new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
        doc.write('</body></html>');
        doc.close();
        await parsed;
        await settle(word);
        await settle(eighth);
        expect([
          progress(word),
          word.getAttribute('active-step'),
          progress(eighth),
          eighth.getAttribute('active-step'),
        ]).to.deep.equal(['Step 1 of 7', '0', 'Step 7 of 7', '6']);
        expect(said).to.deep.equal([
          '<mn-procedure-stepper>: active-step "abc" is not a step index; showing the first step.',
          '<mn-procedure-stepper>: active-step 7 is outside 0 to 6; showing step 6.',
        ]);
      } finally {
        frame.remove();
      }
    });

    it('shows the clinic’s step active-step names while the page is parsed, quietly, and keeps the attribute', async () => {
      const { frame, doc, said } = await pageBeingParsed(
        '/src/components/procedure-stepper/define.ts',
        'mn-procedure-stepper',
      );
      try {
        doc.write('<!doctype html><html lang="en"><body><mn-procedure-stepper active-step="7">');
        const el = doc.querySelector('mn-procedure-stepper') as MnProcedureStepper;
        await settle(el);
        // Seven steps so far: the last of them, but active-step still names the eighth.
        expect([progress(el), el.getAttribute('active-step'), said]).to.deep.equal(['Step 7 of 7', '7', []]);
        doc.write('<mn-step id="numbing" label="Numbing cream">Before the treatment.</mn-step>');
        await settle(el);
        const parsed = new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
        doc.write('</mn-procedure-stepper></body></html>');
        doc.close();
        await parsed;
        await settle(el);
        expect([progress(el), title(el), el.getAttribute('active-step'), said]).to.deep.equal([
          'Step 8 of 8',
          'Numbing cream',
          '7',
          [],
        ]);
      } finally {
        frame.remove();
      }
    });

    it('prints the clinic’s step in the checklist after the stepper has moved in the page', async function () {
      if (!canEmulateMedia) this.skip();
      const el = await stepper();
      el.goTo('numbing');
      await settle(el);
      el.parentElement!.append(el); // moved: disconnected, then connected again
      await settle(el);
      await emulateMedia({ media: 'print' });
      try {
        window.dispatchEvent(new Event('beforeprint'));
        await settle(el);
        const last = el.shadowRoot!.querySelector('.print li:last-child slot') as HTMLSlotElement;
        expect(last.assignedElements()).to.deep.equal([el.querySelector('mn-step')]);
        expect(el.querySelector('mn-step')!.checkVisibility()).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
    });

    it('lists the clinic’s step in its MedicalProcedure, as the visitor reads it', async () => {
      const el = await stepper();
      await settle(el);
      const json = JSON.parse(blocks(el)[0].textContent!) as { '@type': string; howPerformed: string };
      expect(json['@type']).to.equal('MedicalProcedure');
      expect(json.howPerformed.endsWith(' Numbing cream: We apply numbing cream for comfort.')).to.equal(true);
      expect(json.howPerformed.startsWith('Consultation: Discuss any specific concerns')).to.equal(true);
    });

    it('prints the clinic’s step in the checklist, in its place', async function () {
      if (!canEmulateMedia) this.skip();
      const el = await stepper();
      el.goTo('numbing');
      await settle(el);
      await emulateMedia({ media: 'print' });
      try {
        window.dispatchEvent(new Event('beforeprint'));
        await settle(el);
        const checklist = el.shadowRoot!.querySelector('.print')!;
        const item = el.querySelector('mn-step')!;
        expect(checklist.querySelector<HTMLSlotElement>('li:last-child slot')!.assignedElements()).to.deep.equal([
          item,
        ]);
        expect(item.checkVisibility()).to.equal(true);
        expect(text(checklist.querySelector('li:last-child'))).to.equal('Numbing cream');
        // Rendered again while printing (a script of the page's changed it): still in the checklist.
        el.orientation = 'vertical';
        await settle(el);
        expect(checklist.querySelector<HTMLSlotElement>('li:last-child slot')!.assignedElements()).to.deep.equal([
          item,
        ]);
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
      await settle(el);
      expect(el.shadowRoot!.querySelector<HTMLSlotElement>('[part="panel"] slot')!.assignedElements()).to.deep.equal([
        el.querySelector('mn-step'),
      ]);
    });
  });

  describe('<mn-article> with the clinic’s introduction and closing note', () => {
    it('shows the intro first and the closing note last, sanitised, and warns about a child with no slot', async () => {
      const el = await fixture<MnArticle>(
        html`<mn-article
          ><p slot="closing">Ask us anything at the desk.</p
          ><div slot="intro"><p>At our clinic, Dr Lee performs every treatment.</p></div
          ><p>No slot.</p></mn-article
        >`,
      );
      el.querySelector('[slot="intro"] p')!.setAttribute('onclick', 'alert(1)');
      await settle(el);
      const article = el.shadowRoot!.querySelector('article')!;
      const slots = [...article.querySelectorAll(':scope > slot')] as HTMLSlotElement[];
      expect(slots.map((slot) => [slot.name, text(slot.assignedElements()[0])])).to.deep.equal([
        ['intro', 'At our clinic, Dr Lee performs every treatment.'],
        ['closing', 'Ask us anything at the desk.'],
      ]);
      expect(article.firstElementChild).to.equal(slots[0]);
      expect(article.lastElementChild).to.equal(slots[1]);
      const intro = el.querySelector('[slot="intro"]')!.getBoundingClientRect();
      const first = article.querySelector('section')!.getBoundingClientRect();
      expect(intro.bottom <= first.top).to.equal(true);
      expect(el.querySelector('[slot="intro"] p')!.hasAttribute('onclick')).to.equal(false);
      expect(warnings.messages).to.deep.equal([
        '<mn-article>: ignoring the child <p>: it takes only <mn-benefit>, <mn-step>, <mn-faq-item>, slot="intro" or slot="closing".',
        `<mn-article>: removed onclick="alert(1)" from <div>: the clinic's content may not run code.`,
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('<mn-article> with the clinic’s questions, steps and points', () => {
    const inner = <T extends Element>(el: MnArticle, tag: string) => el.shadowRoot!.querySelector(tag) as unknown as T;
    const article = () =>
      fixture<MnArticle>(
        html`<mn-article structured-data
          ><p slot="intro">At our clinic, Dr Lee performs every treatment.</p
          ><mn-faq-item id="price" question=${PRICE}><p>From 150 € a session.</p></mn-faq-item
          ><mn-step label="Numbing cream"><p>We apply a numbing cream first.</p></mn-step
          ><mn-benefit id="comfort" label="Numbing cream for comfort"><p>It makes the treatment comfortable.</p></mn-benefit
          ><p slot="closing">Ask us anything at the desk.</p></mn-article
        >`,
      );
    /** Resolves once the article and the three elements it hands entries down to have rendered. */
    async function settled(el: MnArticle) {
      await settle(el);
      for (const tag of ['mn-faq-card', 'mn-procedure-stepper', 'mn-benefits-accordion'])
        await settle(inner<MnFaqCard>(el, tag));
    }

    it('shows each in its element, the clinic’s last, working as there, and lists them in the article’s JSON-LD', async () => {
      const el = await article();
      await settled(el);
      const card = inner<MnFaqCard>(el, 'mn-faq-card');
      const stepper = inner<MnProcedureStepper>(el, 'mn-procedure-stepper');
      const accordion = inner<MnBenefitsAccordion>(el, 'mn-benefits-accordion');
      expect(buttons(card).map(text)).to.deep.equal([...ARTICLE_QUESTIONS, PRICE]);
      expect(text(buttons(accordion).at(-1))).to.equal('Numbing cream for comfort');
      expect(stepper.shown.at(-1)).to.equal('numbing-cream');
      // Each entry is slotted, through the article, into its element's panel.
      const price = el.querySelector('mn-faq-item')!;
      const handed = el.shadowRoot!.querySelector('mn-faq-card > slot[name="price"]') as HTMLSlotElement;
      expect(slotted(card, 'price')[0] === handed && handed.assignedElements()[0] === price).to.equal(true);
      expect(price.checkVisibility()).to.equal(false);
      button(card, 'price').focus();
      await sendKeys({ press: 'Enter' });
      await settle(card);
      expect(price.checkVisibility()).to.equal(true);
      expect(card.open).to.equal('price');
      accordion.show('comfort');
      await settle(accordion);
      expect(el.querySelector('mn-benefit')!.checkVisibility()).to.equal(true);
      stepper.goTo('numbing-cream');
      await settle(stepper);
      expect(text(stepper.shadowRoot!.querySelector('[part="title"]'))).to.equal('Numbing cream');
      expect(el.querySelector('mn-step')!.checkVisibility()).to.equal(true);
      // One JSON-LD block, the article's: its FAQPage and its steps hold the clinic's.
      expect(blocks().length).to.equal(1);
      const [page, faq] = JSON.parse(blocks(el)[0].textContent!)['@graph'];
      expect(faq.mainEntity.at(-1)).to.deep.equal({
        '@type': 'Question',
        name: PRICE,
        acceptedAnswer: { '@type': 'Answer', text: 'From 150 € a session.' },
      });
      expect(page.about.howPerformed).to.match(
        /A series of treatments: .* Numbing cream: We apply a numbing cream first\.$/,
      );
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('places them where `questions`, `steps` and `items` name them, as their own elements do', async () => {
      const el = await article();
      el.questions = 'price what-is-it';
      el.steps = 'consultation numbing-cream micro-needling';
      el.items = 'comfort procedure';
      await settled(el);
      expect(buttons(inner(el, 'mn-faq-card')).map(text)).to.deep.equal([PRICE, ARTICLE_QUESTIONS[0]]);
      expect(inner<MnProcedureStepper>(el, 'mn-procedure-stepper').shown).to.deep.equal([
        'consultation',
        'numbing-cream',
        'micro-needling',
      ]);
      expect(buttons(inner(el, 'mn-benefits-accordion')).map((b) => b.id)).to.deep.equal([
        'button-comfort',
        'button-procedure',
      ]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('sanitises them, keeps one id per article, follows changes, and says what it skips, naming the article', async () => {
      const el = await article();
      await settled(el);
      const card = inner<MnFaqCard>(el, 'mn-faq-card');
      el.insertAdjacentHTML(
        'beforeend',
        `<mn-faq-item question="Can I wear make-up afterwards?"><img src="x" onerror="window.ran = true">Not that day.</mn-faq-item>` +
          `<mn-faq-item id="comfort" question="Taken?">No.</mn-faq-item><mn-faq-item id="intro" question="Taken too?">No.</mn-faq-item>` +
          `<aside>Stray.</aside>`,
      );
      await settled(el);
      expect(
        buttons(card)
          .map((b) => b.id)
          .slice(-2),
      ).to.deep.equal(['button-price', 'button-can-i-wear-make-up-afterwards']);
      expect(el.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
      expect((window as { ran?: boolean }).ran).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([
        `<mn-article>: removed onerror="window.ran = true" from <mn-faq-item question="Can I wear make-up afterwards?">: the clinic's content may not run code.`,
        '<mn-article>: ignoring <mn-faq-item id="comfort">: the id "comfort" is already taken.',
        '<mn-article>: ignoring <mn-faq-item id="intro">: the id "intro" is already taken.',
        '<mn-article>: ignoring the child <aside>: it takes only <mn-benefit>, <mn-step>, <mn-faq-item>, slot="intro" or slot="closing".',
      ]);
      // Edited and removed at run time: the card and the JSON-LD follow.
      el.querySelector('#price')!.setAttribute('question', 'What does a session cost?');
      await settled(el);
      expect(text(button(card, 'price'))).to.equal('What does a session cost?');
      el.querySelector('#price')!.remove();
      await settled(el);
      expect(button(card, 'price')).to.equal(null);
      const [, faq] = JSON.parse(blocks(el)[0].textContent!)['@graph'];
      expect(faq.mainEntity.map((q: { name: string }) => q.name).at(-1)).to.equal('Can I wear make-up afterwards?');
    });
  });

  describe('what is taken out, and how an entry is read (every rule, through <mn-faq-card>)', () => {
    it('disarms what is inside an element it takes out before removing it: an image inside an <object> fires no onerror', async () => {
      const ran = window as unknown as { mnRan?: string[] };
      ran.mnRan = [];
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      const item = Object.assign(document.createElement('mn-faq-item'), { id: 'x-object' });
      item.setAttribute('question', 'With an object?');
      const images = ['object', 'portal', 'applet'].map((tag) => {
        const container = document.createElement(tag);
        const img = document.createElement('img');
        img.setAttribute('onerror', `window.mnRan.push('${tag}')`);
        container.append(img);
        item.append(container);
        return img;
      });
      // The images start loading (and fail) only once in the page; the test hears each fail.
      const failed = images.map((img) => new Promise((resolve) => img.addEventListener('error', resolve)));
      for (const img of images) img.src = 'data:,not-an-image';
      el.append(item);
      await settle(el);
      await Promise.all(failed);
      expect(ran.mnRan).to.deep.equal([]);
      expect(images.map((img) => img.hasAttribute('onerror'))).to.deep.equal([false, false, false]);
    });

    it('takes out a name that stands in for any of the document’s methods, and an id that stands in for Lit’s globals', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      const item = Object.assign(document.createElement('mn-faq-item'), { id: 'names' });
      item.setAttribute('question', 'Names?');
      const images = ['importNode', 'createElement', 'addEventListener', 'logo'].map((name) =>
        Object.assign(document.createElement('img'), { name, alt: '' }),
      );
      const versions = Object.assign(document.createElement('p'), { id: 'litHtmlVersions' });
      item.append(...images, versions);
      el.append(item);
      await settle(el);
      expect([...images.map((img) => img.getAttribute('name')), versions.id]).to.deep.equal([
        null,
        null,
        null,
        'logo',
        '',
      ]);
      expect(warnings.messages).to.deep.equal([
        `<mn-faq-card>: removed name="importNode", name="createElement", name="addEventListener", id="litHtmlVersions" from <mn-faq-item id="names">: the clinic's content may not run code.`,
      ]);
    });

    it('looks into the shadow root of a library element inside an entry, which the page may have written', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      const item = Object.assign(document.createElement('mn-faq-item'), { id: 'nested' });
      item.setAttribute('question', 'Nested?');
      const nested = document.createElement('mn-disclaimer');
      const root = nested.attachShadow({ mode: 'open' });
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.mnRan = 1');
      root.append(img);
      item.append(nested);
      el.append(item);
      await settle(el);
      expect(img.hasAttribute('onerror')).to.equal(false);
    });

    const SAFE = "the clinic's content may not run code.";

    it('takes out each element that runs or loads code, and not what is inside one it took out', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      const html5 = [
        'script',
        'iframe',
        'frame',
        'frameset',
        'object',
        'embed',
        'applet',
        'base',
        'meta',
        'link',
        'portal',
      ];
      const svg = ['animate', 'set', 'animateMotion', 'animateTransform'];
      const items = [...html5, ...svg].map((tag) => {
        const item = document.createElement('mn-faq-item');
        item.id = `x-${tag.toLowerCase()}`;
        item.setAttribute('question', `With <${tag}>?`);
        const p = document.createElement('p');
        p.textContent = 'Kept.';
        if (html5.includes(tag)) {
          const unsafe = document.createElement(tag);
          // What is inside an element taken out goes with it, unnamed.
          if (tag === 'object') unsafe.append(document.createElement('embed'));
          item.append(p, unsafe);
        } else {
          const drawing = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
          drawing.append(document.createElementNS('http://www.w3.org/2000/svg', tag));
          item.append(p, drawing);
        }
        return item;
      });
      el.append(...items);
      await settle(el);
      expect(items.map((item) => item.innerHTML)).to.deep.equal([
        ...html5.map(() => '<p>Kept.</p>'),
        ...svg.map(() => '<p>Kept.</p><svg></svg>'),
      ]);
      expect(warnings.messages).to.deep.equal([
        `<mn-faq-card>: removed <script> from <mn-faq-item id="x-script">: ${SAFE}`,
        `<mn-faq-card>: removed <iframe> from <mn-faq-item id="x-iframe">: ${SAFE}`,
        `<mn-faq-card>: removed <frame> from <mn-faq-item id="x-frame">: ${SAFE}`,
        `<mn-faq-card>: removed <frameset> from <mn-faq-item id="x-frameset">: ${SAFE}`,
        `<mn-faq-card>: removed <object> from <mn-faq-item id="x-object">: ${SAFE}`,
        `<mn-faq-card>: removed <embed> from <mn-faq-item id="x-embed">: ${SAFE}`,
        `<mn-faq-card>: removed <applet> from <mn-faq-item id="x-applet">: ${SAFE}`,
        `<mn-faq-card>: removed <base> from <mn-faq-item id="x-base">: ${SAFE}`,
        `<mn-faq-card>: removed <meta> from <mn-faq-item id="x-meta">: ${SAFE}`,
        `<mn-faq-card>: removed <link> from <mn-faq-item id="x-link">: ${SAFE}`,
        `<mn-faq-card>: removed <portal> from <mn-faq-item id="x-portal">: ${SAFE}`,
        `<mn-faq-card>: removed <animate> from <mn-faq-item id="x-animate">: ${SAFE}`,
        `<mn-faq-card>: removed <set> from <mn-faq-item id="x-set">: ${SAFE}`,
        `<mn-faq-card>: removed <animateMotion> from <mn-faq-item id="x-animatemotion">: ${SAFE}`,
        `<mn-faq-card>: removed <animateTransform> from <mn-faq-item id="x-animatetransform">: ${SAFE}`,
      ]);
    });

    it('sanitises a <slot> child, whose content shows in the page, without calling it a mistake', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card><slot name="price" slot="price"><img src="x" alt="" onerror="window.slotRan = true" /></slot></mn-faq-card>`,
      );
      await settle(el);
      const slot = el.querySelector('slot')!;
      expect([slot.getAttribute('slot'), slot.querySelector('img')!.hasAttribute('onerror')]).to.deep.equal([
        'price',
        false,
      ]);
      expect((window as { slotRan?: boolean }).slotRan).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([
        `<mn-faq-card>: removed onerror="window.slotRan = true" from <slot>: the clinic's content may not run code.`,
      ]);
    });

    it('takes out a script or a frame that is itself a child, and sanitises a child that claims to be JSON-LD', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      el.innerHTML = `<script>mnRan('script')</script><iframe></iframe><mn-faq-item id="claims" type="application/ld+json" question="Is it JSON-LD?" onclick="mnRan('click')">No.</mn-faq-item>`;
      await settle(el);
      expect(el.innerHTML).to.equal(
        '<mn-faq-item id="claims" type="application/ld+json" question="Is it JSON-LD?" slot="claims">No.</mn-faq-item>',
      );
      expect(buttons(el).map((b) => b.id)[8]).to.equal('button-claims');
      expect(warnings.messages).to.deep.equal([
        `<mn-faq-card>: removed the child <script>: ${SAFE}`,
        `<mn-faq-card>: removed the child <iframe>: ${SAFE}`,
        `<mn-faq-card>: removed onclick="mnRan('click')" from <mn-faq-item id="claims">: ${SAFE}`,
      ]);
    });

    it('takes out a javascript:, vbscript: or data: URL in every attribute that loads one, and srcdoc', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      el.innerHTML =
        '<mn-faq-item id="price" question="How much does a session cost?">' +
        '<img src="javascript:mnRan()" alt="">' +
        '<form action="javascript:mnRan()"><button formaction="javascript:mnRan()">Send</button></form>' +
        '<video poster="javascript:mnRan()"></video>' +
        '<table background="javascript:mnRan()"><tbody><tr><td>Cell</td></tr></tbody></table>' +
        '<span data="javascript:mnRan()" codebase="vbscript:mnRan()" srcdoc="&lt;b&gt;x&lt;/b&gt;">Span</span>' +
        '<svg><a xlink:href="javascript:mnRan()"><text>Drawn</text></a></svg>' +
        '<a href="data:text/html,hi">Data link</a>' +
        '<clinic-img src="data:text/html,hi"></clinic-img><img-viewer src="data:text/html,hi"></img-viewer>' +
        '</mn-faq-item>';
      await settle(el);
      expect(el.querySelector('mn-faq-item')!.innerHTML).to.equal(
        '<img alt="">' +
          '<form><button>Send</button></form>' +
          '<video></video>' +
          '<table><tbody><tr><td>Cell</td></tr></tbody></table>' +
          '<span>Span</span>' +
          '<svg><a><text>Drawn</text></a></svg>' +
          '<a>Data link</a>' +
          '<clinic-img></clinic-img><img-viewer></img-viewer>',
      );
      expect(warnings.messages).to.deep.equal([
        `<mn-faq-card>: removed src="javascript:mnRan()", action="javascript:mnRan()", formaction="javascript:mnRan()", poster="javascript:mnRan()", background="javascript:mnRan()", data="javascript:mnRan()", codebase="vbscript:mnRan()", srcdoc="<b>x</b>", xlink:href="javascript:mnRan()", href="data:text/html,hi", src="data:text/html,hi", src="data:text/html,hi" from <mn-faq-item id="price">: ${SAFE}`,
      ]);
    });

    it('keeps an image’s data: URL, a link that only mentions javascript:, and text that only looks like a URL', async () => {
      const kept =
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A dot">' +
        '<a href="/search?q=javascript:">Search</a>' +
        '<p title="javascript: is not a link here">Title</p>';
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      el.innerHTML = `<mn-faq-item id="price" question="How much does a session cost?">${kept}</mn-faq-item>`;
      await settle(el);
      expect(el.querySelector('mn-faq-item')!.innerHTML).to.equal(kept);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('keeps elements, attributes, ids and classes whose names only hold one it takes out', async () => {
      // Each would go under a rule that matched part of a name: <booking-link> ends like <link>
      // and <link-preview> begins like it; data-form and format hold form; data-href holds href
      // (a data-* attribute is no URL the browser loads); the ids hold location; the class is "body".
      const kept =
        '<booking-link>Book</booking-link><link-preview>Preview</link-preview>' +
        '<price-tag data-form="booking" format="short" data-href="javascript:void 0">150 €</price-tag>' +
        '<p id="clinic-location" class="body">Our clinic.</p><div id="location-map"></div>';
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      el.innerHTML = `<mn-faq-item id="price" question="How much does a session cost?">${kept}</mn-faq-item>`;
      await settle(el);
      expect(el.querySelector('mn-faq-item')!.innerHTML).to.equal(kept);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('takes out a <template shadowrootmode> or <template shadowroot> (a shadow root when the page is parsed again), not a plain <template> or another element with the attribute', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      // Written by innerHTML, a declarative shadow root stays a template, as in a page's markup before the parser ends it.
      el.innerHTML =
        '<mn-faq-item id="price" question="How much does a session cost?"><p>From 150 €.</p>' +
        '<template shadowrootmode="open"><img src="x" alt="" onerror="mnRan()"></template>' +
        '<template shadowroot="open"><b>Old syntax.</b></template><template><b>Plain.</b></template>' +
        '<div shadowrootmode="open">Not a template.</div></mn-faq-item>';
      await settle(el);
      expect(el.querySelector('mn-faq-item')!.innerHTML).to.equal(
        '<p>From 150 €.</p><template><b>Plain.</b></template><div shadowrootmode="open">Not a template.</div>',
      );
      expect(warnings.messages).to.deep.equal([
        `<mn-faq-card>: removed <template>, <template> from <mn-faq-item id="price">: ${SAFE}`,
      ]);
    });

    it('leaves an element of the library in an answer its own JSON-LD, and takes out any other script in it or beside it', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      el.innerHTML =
        '<mn-faq-item id="how" question="How is it done?">' +
        '<mn-procedure-stepper structured-data steps="consultation"></mn-procedure-stepper>' +
        '<mn-disclaimer><script>mnRan()</script><span type="application/ld+json" onclick="mnRan()">Note.</span></mn-disclaimer>' +
        '<script type="application/ld+json">{"@type": "Thing"}</script></mn-faq-item>';
      const stepper = el.querySelector('mn-procedure-stepper') as MnProcedureStepper;
      await stepper.updateComplete;
      await settle(el);
      expect(JSON.parse(blocks(stepper)[0].textContent!)['@type']).to.equal('MedicalProcedure');
      expect(el.querySelector('mn-disclaimer')!.innerHTML).to.equal('<span type="application/ld+json">Note.</span>');
      expect(blocks(el.querySelector('mn-faq-item')!).length).to.equal(1);
      expect(warnings.messages).to.deep.equal([
        `<mn-faq-card>: removed <script>, onclick="mnRan()", <script> from <mn-faq-item id="how">: ${SAFE}`,
      ]);
    });

    it('reads an answer as the visitor reads it: blocks apart, inline text together, hidden text left out', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card structured-data></mn-faq-card>`);
      el.innerHTML =
        '<mn-faq-item id="price" question="How much does a session cost?">' +
        'Before<p>One.</p><p>Two.</p>After.<h4>Heading</h4>Text: the 10<sup>th</sup> is free, e<em>m</em>ph. ' +
        'Cost:<price-tag>150 €</price-tag>.<span hidden>Internal note.</span><style>p { color: red }</style>' +
        // Only <style>, <template> and <noscript> are left unread, not elements named like them.
        '<style-tip> Tip.</style-tip><email-template> Mail.</email-template>' +
        '<noscript>No script.</noscript><template></template></mn-faq-item>';
      // A template's children, whether parsed into its content or appended as here, are never shown.
      el.querySelector('template')!.append('Template.');
      await settle(el);
      expect(faqJson(el).mainEntity[8].acceptedAnswer.text).to.equal(
        'Before One. Two. After. Heading Text: the 10th is free, emph. Cost:150 €. Tip. Mail.',
      );
    });

    it('follows an edit of the text alone', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card questions="price" structured-data
          ><mn-faq-item id="price" question="How much does a session cost?"><p>From 150 €.</p></mn-faq-item></mn-faq-card
        >`,
      );
      await settle(el);
      (el.querySelector('mn-faq-item p')!.firstChild as Text).data = 'From 160 €.';
      await settle(el);
      expect(faqJson(el).mainEntity[0].acceptedAnswer.text).to.equal('From 160 €.');
    });

    it('makes ids from the label without accents or runs of punctuation, numbered when taken, else "entry"', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card questions="downtime"></mn-faq-card>`);
      el.innerHTML =
        '<mn-faq-item question="¿Qué cuesta una sesión, más o menos?">B.</mn-faq-item>' +
        '<mn-faq-item question="?">C.</mn-faq-item>' +
        '<mn-faq-item question="Price?">D.</mn-faq-item>' +
        '<mn-faq-item question="Price?">E.</mn-faq-item>' +
        '<mn-faq-item question="Price?">F.</mn-faq-item>' +
        '<mn-faq-item id="no-question">G.</mn-faq-item>' +
        '<mn-faq-item slot="price" question=" ">H.</mn-faq-item>';
      el.questions = '';
      await settle(el);
      const ids = ['que-cuesta-una-sesion-mas-o-menos', 'entry', 'price', 'price-2', 'price-3'];
      expect(
        buttons(el)
          .slice(8)
          .map((b) => b.id),
      ).to.deep.equal(ids.map((id) => `button-${id}`));
      // Each entry in its own panel; a child skipped is in none, whatever slot it had.
      const items = [...el.querySelectorAll('mn-faq-item')];
      expect(ids.map((id) => slotted(el, id))).to.deep.equal(items.slice(0, 5).map((item) => [item]));
      expect(items[6].hasAttribute('slot')).to.equal(false);
      expect(items[6].checkVisibility()).to.equal(false);
      expect(warnings.messages).to.deep.equal([
        '<mn-faq-card>: ignoring <mn-faq-item id="no-question">: its question is empty.',
        '<mn-faq-card>: ignoring <mn-faq-item question=" ">: its question is empty.',
      ]);
    });

    it('ignores a child slotted by name, as the card has no named slot, with one warning', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card><p slot="intro">At our clinic…</p></mn-faq-card>`);
      await settle(el);
      expect(el.querySelector('p')!.checkVisibility()).to.equal(false);
      expect(warnings.messages).to.deep.equal(['<mn-faq-card>: ignoring the child <p>: it takes only <mn-faq-item>.']);
    });

    it('names the children it ignores in their order, the one slotted by a name it lacks first', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card><p id="slotted" slot="price">From 150 €.</p><p id="plain">Call us.</p></mn-faq-card>`,
      );
      await settle(el);
      expect(warnings.messages).to.deep.equal([
        '<mn-faq-card>: ignoring the child <p id="slotted">: it takes only <mn-faq-item>.',
        '<mn-faq-card>: ignoring the child <p id="plain">: it takes only <mn-faq-item>.',
      ]);
    });

    it('leaves the children of a card taken off the page alone until it is back', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card questions="price"
          ><mn-faq-item id="price" question="How much does a session cost?">From 150 €.</mn-faq-item></mn-faq-card
        >`,
      );
      await settle(el);
      const parent = el.parentElement!;
      el.remove();
      const item = el.querySelector('mn-faq-item')!;
      item.setAttribute('onclick', "mnRan('click')");
      await Promise.resolve();
      expect([item.getAttribute('onclick'), warnings.messages]).to.deep.equal(["mnRan('click')", []]);
      parent.append(el);
      await settle(el);
      expect([item.getAttribute('onclick'), warnings.messages]).to.deep.equal([
        null,
        [`<mn-faq-card>: removed onclick="mnRan('click')" from <mn-faq-item id="price">: ${SAFE}`],
      ]);
    });

    it('keeps quiet about ids not parsed yet while the page loads, then warns about one still missing', async () => {
      const { frame, doc, said } = await pageBeingParsed('/src/components/faq-card/define.ts', 'mn-faq-card');
      try {
        expect(doc.readyState).to.equal('loading');
        doc.write('<!doctype html><html lang="en"><body><mn-faq-card questions="price downtime nowhere">');
        const card = doc.querySelector('mn-faq-card') as MnFaqCard;
        await settle(card);
        expect([buttons(card).map((b) => b.id), said]).to.deep.equal([['button-downtime'], []]);
        doc.write('<mn-faq-item id="price" question="How much does a session cost?">From 150 €.</mn-faq-item>');
        await settle(card);
        expect([buttons(card).map((b) => b.id), said]).to.deep.equal([['button-price', 'button-downtime'], []]);
        const parsed = new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
        doc.write('</mn-faq-card></body></html>');
        doc.close();
        await parsed;
        await settle(card);
        expect(said).to.deep.equal([
          '<mn-faq-card>: ignoring unknown questions id(s) "nowhere"; known ids are: what-is-it how-it-works concerns downtime sessions skin-types skincare who-performs price.',
        ]);
      } finally {
        frame.remove();
      }
    });

    it('lists what it shows before it is on the page: the article’s questions, none of the clinic’s yet', () => {
      const el = document.createElement('mn-faq-card');
      expect(el.shown).to.deep.equal([
        'what-is-it',
        'how-it-works',
        'concerns',
        'downtime',
        'sessions',
        'skin-types',
        'skincare',
        'who-performs',
      ]);
      el.questions = 'sessions downtime';
      expect(el.shown).to.deep.equal(['sessions', 'downtime']);
    });
  });
});
