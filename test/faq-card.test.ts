import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/faq-card/define.js';
import type { MnFaqCard } from '../src/components/faq-card/faq-card.js';
import { QUESTION_IDS } from '../src/content/faq.js';
import { setLocale } from '../src/i18n/locale.js';
import { useTemplates } from '../src/i18n/msg.js';
import type { ToggleDetail } from '../src/internal/disclosure.js';
import { animationsDone, canEmulateMedia, captureWarnings, text } from './helpers.js';

const QUESTIONS = [
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
  '@context': string;
  '@type': string;
  inLanguage: string;
  mainEntity: { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
}

const buttons = (el: MnFaqCard) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="button"]')];
const button = (el: MnFaqCard, id: string) => el.shadowRoot!.getElementById(`button-${id}`) as HTMLButtonElement;
const answer = (el: MnFaqCard, id: string) => el.shadowRoot!.getElementById(`panel-${id}`) as HTMLElement;
const shown = (el: MnFaqCard, id: string) => answer(el, id).querySelector('p')!.checkVisibility();
const blocks = (root: ParentNode = document) => [
  ...root.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'),
];
const json = (el: MnFaqCard) => JSON.parse(blocks(el)[0].textContent!) as FaqJson;
/** The card's visible questions and answers, to compare with the JSON-LD word for word. */
const visible = (el: MnFaqCard) =>
  buttons(el).map((b) => ({ name: text(b), answer: text(answer(el, b.id.replace('button-', ''))) }));

async function settle(el: MnFaqCard) {
  await el.updateComplete;
  await animationsDone(el.shadowRoot!);
  await el.updateComplete;
}

describe('<mn-faq-card>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    useTemplates(undefined);
  });

  describe('rendering', () => {
    it('shows the eight questions in a card under "Frequently asked questions", answers hidden', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
      expect(heading.localName).to.equal('h2');
      expect(text(heading)).to.equal('Frequently asked questions');
      expect(buttons(el).map((b) => text(b))).to.deep.equal(QUESTIONS);
      expect(buttons(el).map((b) => b.parentElement!.localName)).to.deep.equal(QUESTIONS.map(() => 'h3'));
      expect(QUESTION_IDS.map((id) => shown(el, id))).to.deep.equal(QUESTION_IDS.map(() => false));
      expect(QUESTION_IDS.map((id) => button(el, id).getAttribute('aria-expanded'))).to.deep.equal(
        QUESTION_IDS.map(() => 'false'),
      );
      expect(blocks(el)).to.deep.equal([]);
    });

    it("answers in the article's words", async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card open="downtime"></mn-faq-card>`);
      expect(text(answer(el, 'downtime'))).to.equal(
        'Micro-needling is a minimally invasive procedure with little downtime. The skin may appear slightly red and feel mildly sensitive immediately after the treatment, but these effects usually subside within a day or two.',
      );
      expect(shown(el, 'downtime')).to.equal(true);
      // The one answer the FAQ writes for itself rather than taking from a benefit.
      const concerns = await fixture<MnFaqCard>(html`<mn-faq-card open="concerns"></mn-faq-card>`);
      expect(text(answer(concerns, 'concerns'))).to.equal(
        'Micro-needling can help improve fine lines, wrinkles, acne scars, hyperpigmentation, and uneven skin tone. It can be particularly beneficial for reducing the appearance of acne scars, surgical scars, or stretch marks. It can also address rough or uneven skin texture and help minimize the appearance of enlarged pores.',
      );
      expect(shown(concerns, 'concerns')).to.equal(true);
    });

    it('leaves hidden answers findable by find-in-page, and opens one when found', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      expect(answer(el, 'sessions').getAttribute('hidden')).to.equal('until-found');
      answer(el, 'sessions').dispatchEvent(new Event('beforematch', { bubbles: true }));
      await settle(el);
      expect(el.open).to.equal('sessions');
      expect(shown(el, 'sessions')).to.equal(true);
    });
  });

  describe('attributes and properties', () => {
    it('shows the questions asked for, in that order, and their heading levels follow heading-level', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card questions="sessions downtime" heading-level="4"></mn-faq-card>`,
      );
      expect(buttons(el).map((b) => text(b))).to.deep.equal([
        'How many sessions will I need?',
        'How much downtime is there?',
      ]);
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h4');
      expect(buttons(el).map((b) => b.parentElement!.localName)).to.deep.equal(['h5', 'h5']);
    });

    it('keeps several answers open and open in step with the visitor', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card open="downtime"></mn-faq-card>`);
      button(el, 'sessions').click();
      await settle(el);
      expect(el.getAttribute('open')).to.equal('downtime sessions');
      expect(shown(el, 'downtime') && shown(el, 'sessions')).to.equal(true);
      button(el, 'downtime').click();
      await settle(el);
      expect(el.getAttribute('open')).to.equal('sessions');
      expect(shown(el, 'downtime')).to.equal(false);
      // With nothing open, the attribute goes rather than staying empty.
      button(el, 'sessions').click();
      await settle(el);
      expect(el.hasAttribute('open')).to.equal(false);
    });
  });

  describe('methods and events', () => {
    it('show, hide, toggle, showAll and hideAll each fire mn-toggle for what changed', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card questions="downtime sessions skincare"></mn-faq-card>`);
      const log: ToggleDetail[] = [];
      el.addEventListener('mn-toggle', (e) => log.push(e.detail));
      el.show('sessions');
      el.toggle('downtime');
      el.hide('sessions');
      el.showAll();
      el.hideAll();
      await settle(el);
      expect(log).to.deep.equal([
        { id: 'sessions', open: true },
        { id: 'downtime', open: true },
        { id: 'sessions', open: false },
        { id: 'sessions', open: true },
        { id: 'skincare', open: true },
        { id: 'downtime', open: false },
        { id: 'sessions', open: false },
        { id: 'skincare', open: false },
      ]);
      expect(el.open).to.equal('');
    });
  });

  describe('keyboard', () => {
    it('has every question in the Tab order, toggled by Enter and Space', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card questions="downtime sessions"></mn-faq-card>`);
      button(el, 'downtime').focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'sessions'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button(el, 'sessions').getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button(el, 'sessions').getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('structured data', () => {
    it('keeps one FAQPage JSON-LD block in its light DOM that matches the card word for word', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card structured-data questions="downtime sessions"></mn-faq-card>`,
      );
      expect(blocks(el).length).to.equal(1);
      expect(blocks(el.shadowRoot!)).to.deep.equal([]);
      expect(blocks(document.head)).to.deep.equal([]);
      const data = json(el);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('FAQPage');
      expect(data.inLanguage).to.equal('en');
      expect(data.mainEntity.map((q) => [q['@type'], q.acceptedAnswer['@type']])).to.deep.equal([
        ['Question', 'Answer'],
        ['Question', 'Answer'],
      ]);
      expect(data.mainEntity.map((q) => ({ name: q.name, answer: q.acceptedAnswer.text }))).to.deep.equal(visible(el));
      expect(visible(el)[0].name).to.equal('How much downtime is there?');
    });

    it('follows a change of questions, and goes when the attribute or the element goes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><mn-faq-card structured-data questions="downtime"></mn-faq-card></div>`,
      );
      const el = wrapper.firstElementChild as MnFaqCard;
      await el.updateComplete;
      el.questions = 'who-performs skin-types what-is-it';
      await el.updateComplete;
      expect(json(el).mainEntity.map((q) => ({ name: q.name, answer: q.acceptedAnswer.text }))).to.deep.equal(
        visible(el),
      );
      expect(json(el).mainEntity.length).to.equal(3);
      el.structuredData = false;
      await el.updateComplete;
      expect(blocks(wrapper)).to.deep.equal([]);
      el.structuredData = true;
      await el.updateComplete;
      expect(blocks(wrapper).length).to.equal(1);
      el.remove();
      expect(blocks(el)).to.deep.equal([]);
      wrapper.append(el);
      await el.updateComplete;
      expect(blocks(wrapper).length).to.equal(1);
    });

    it('follows a change of locale, question by question, with inLanguage', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card structured-data questions="skin-types who-performs"></mn-faq-card>`,
      );
      await setLocale('pt-BR');
      try {
        expect(json(el).inLanguage).to.equal('pt-BR');
        expect(json(el).mainEntity.map((q) => ({ name: q.name, answer: q.acceptedAnswer.text }))).to.deep.equal(
          visible(el),
        );
        expect(visible(el)[0].name).to.equal(text(button(el, 'skin-types')));
        expect(visible(el)[0].name).not.to.equal('Is micro-needling suitable for my skin type?');
      } finally {
        await setLocale('en');
      }
    });

    it('inserts hostile text as text: it neither breaks out of the script element nor runs', async () => {
      const hostile = '</script><img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
      useTemplates({ 'faq.downtime.question': hostile, 'benefit.minimal-downtime.body': `<b>bold</b> & ${hostile}` });
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card structured-data questions="downtime" open="downtime"></mn-faq-card>`,
      );
      // What the visitor sees: the text itself, no element made of it.
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect(text(button(el, 'downtime'))).to.equal(hostile);
      expect(text(answer(el, 'downtime'))).to.equal(`<b>bold</b> & ${hostile}`);
      // Escaped in the JSON itself, as the README promises: no raw <, > or & in the element's text.
      expect(blocks(el)[0].textContent).not.to.match(/[<>&]/);
      // What a search engine or a server-side renderer gets: the page serialised, then parsed again.
      const reparsed = new DOMParser().parseFromString(`<!doctype html><body>${el.outerHTML}`, 'text/html');
      const card = reparsed.querySelector('mn-faq-card')!;
      expect([...card.children].map((child) => child.localName)).to.deep.equal(['script']);
      expect(reparsed.querySelectorAll('img, b, script').length).to.equal(1);
      const data = JSON.parse(card.querySelector('script')!.textContent!) as FaqJson;
      expect(data.mainEntity.map((q) => [q.name, q.acceptedAnswer.text])).to.deep.equal([
        [hostile, `<b>bold</b> & ${hostile}`],
      ]);
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
    });
  });

  describe('print and motion', () => {
    afterEach(async () => {
      if (canEmulateMedia) await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    });

    it('prints every answer', async function () {
      if (!canEmulateMedia) this.skip();
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      await emulateMedia({ media: 'print' });
      expect(QUESTION_IDS.map((id) => shown(el, id))).to.deep.equal(QUESTION_IDS.map(() => true));
    });

    it('does not animate under prefers-reduced-motion', async function () {
      if (!canEmulateMedia) this.skip();
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<MnFaqCard>(html`<mn-faq-card open="downtime"></mn-faq-card>`);
      el.hide('downtime');
      await el.updateComplete;
      expect(el.shadowRoot!.getAnimations().length).to.equal(0);
      expect(shown(el, 'downtime')).to.equal(false);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations collapsed and expanded', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card></mn-faq-card>`);
      await expect(el).to.be.accessible();
      el.showAll();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('fits 320 px with 24 px targets', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card style="width: 320px" open="concerns"></mn-faq-card>`);
      expect(el.shadowRoot!.querySelector('.card')!.scrollWidth).to.be.at.most(320);
      for (const b of buttons(el)) {
        expect(b.getBoundingClientRect().height).to.be.at.least(24);
        expect(b.getBoundingClientRect().width).to.be.at.least(24);
      }
    });
  });

  describe('bad input', () => {
    it('skips unknown question ids with one warning', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card questions=${'downtime <script>alert(1)</script> price'}></mn-faq-card>`,
      );
      expect(buttons(el).map((b) => text(b))).to.deep.equal(['How much downtime is there?']);
      expect(warnings.messages).to.deep.equal([
        `<mn-faq-card>: ignoring unknown questions id(s) "<script>alert(1)</script> price"; known ids are: ${QUESTION_IDS.join(' ')}.`,
      ]);
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    });

    for (const bad of ['abc', '1', '6']) {
      it(`falls back to an h2 card heading with one warning for heading-level="${bad}"`, async () => {
        const el = await fixture<MnFaqCard>(html`<mn-faq-card heading-level=${bad}></mn-faq-card>`);
        expect(el.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h2');
        expect(warnings.messages).to.deep.equal([
          `<mn-faq-card>: heading-level "${bad}" is not a whole number from 2 to 5; using 2.`,
        ]);
      });
    }

    it('warns once when open names a question that is not shown', async () => {
      const el = await fixture<MnFaqCard>(
        html`<mn-faq-card questions="downtime" open="sessions downtime concerns"></mn-faq-card>`,
      );
      expect(shown(el, 'downtime')).to.equal(true);
      expect(warnings.messages).to.deep.equal([
        '<mn-faq-card>: open names "sessions concerns", which is not shown; ignoring it.',
      ]);
      el.structuredData = true;
      el.headingLevel = 3;
      await el.updateComplete;
      expect(warnings.messages.length).to.equal(1);
    });

    it('warns again when open or questions change so that open names a question not shown', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card questions="downtime sessions"></mn-faq-card>`);
      el.open = 'skincare';
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<mn-faq-card>: open names "skincare", which is not shown; ignoring it.',
      ]);
      el.open = 'sessions';
      await el.updateComplete;
      el.questions = 'downtime';
      await el.updateComplete;
      expect(warnings.messages.slice(1)).to.deep.equal([
        '<mn-faq-card>: open names "sessions", which is not shown; ignoring it.',
      ]);
    });

    it('warns once for a bad heading-level, not again on later updates', async () => {
      const el = await fixture<MnFaqCard>(html`<mn-faq-card heading-level="7"></mn-faq-card>`);
      el.toggle('downtime');
      await el.updateComplete;
      expect(warnings.messages.length).to.equal(1);
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h2');
    });
  });
});
