import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/benefits-accordion/define.js';
import type { MnBenefitsAccordion } from '../src/components/benefits-accordion/benefits-accordion.js';
import { BENEFIT_IDS } from '../src/content/benefits.js';
import type { ToggleDetail } from '../src/internal/disclosure.js';
import { animationsDone, canEmulateMedia, captureWarnings, forcedColors, text } from './helpers.js';

const TITLES = [
  'Procedure',
  'Collagen stimulation',
  'Skin rejuvenation',
  'Enhanced product absorption',
  'Reduced appearance of scars',
  'Improved skin texture and tone',
  'Minimal downtime',
  'Suitable for various skin types',
  'Gradual and cumulative results',
  'Professional guidance',
];

const buttons = (el: MnBenefitsAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="button"]')];
const button = (el: MnBenefitsAccordion, id: string) =>
  el.shadowRoot!.getElementById(`button-${id}`) as HTMLButtonElement;
const panel = (el: MnBenefitsAccordion, id: string) => el.shadowRoot!.getElementById(`panel-${id}`) as HTMLElement;
/** Whether the visitor can see (and a screen reader reach) a panel's text. */
const shown = (el: MnBenefitsAccordion, id: string) => panel(el, id).querySelector('p')!.checkVisibility();
const focused = (el: MnBenefitsAccordion) => el.shadowRoot!.activeElement?.id;

async function settle(el: MnBenefitsAccordion) {
  await el.updateComplete;
  await animationsDone(el.shadowRoot!);
  await el.updateComplete;
}

function events(el: HTMLElement): ToggleDetail[] {
  const log: ToggleDetail[] = [];
  el.addEventListener('mn-toggle', (e) => log.push(e.detail));
  return log;
}

describe('<mn-benefits-accordion>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('rendering', () => {
    it('shows the ten benefits of the article in order, all collapsed', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      expect(buttons(el).map((b) => text(b))).to.deep.equal(TITLES);
      expect(buttons(el).map((b) => b.id)).to.deep.equal(BENEFIT_IDS.map((id) => `button-${id}`));
      for (const id of BENEFIT_IDS) {
        expect(button(el, id).getAttribute('aria-expanded')).to.equal('false');
        expect(shown(el, id)).to.equal(false);
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    it("shows each benefit's text from the article, its typo fixed", async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion open="procedure"></mn-benefits-accordion>`,
      );
      expect(text(panel(el, 'procedure'))).to.equal(
        'During a micro-needling treatment, the skin is cleansed and then a very light peel is applied. The micro-needling device is then gently circled over the targeted area, creating superficial punctures or channels in the skin.',
      );
      expect(shown(el, 'procedure')).to.equal(true);
    });

    it("shows every benefit's text from the article, word for word, once opened", async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      el.showAll();
      await el.updateComplete;
      expect(BENEFIT_IDS.map((id) => shown(el, id))).to.deep.equal(BENEFIT_IDS.map(() => true));
      expect(BENEFIT_IDS.map((id) => text(panel(el, id)))).to.deep.equal([
        'During a micro-needling treatment, the skin is cleansed and then a very light peel is applied. The micro-needling device is then gently circled over the targeted area, creating superficial punctures or channels in the skin.',
        "The micro-injuries trigger the skin's wound-healing process, stimulating the production of new collagen and elastin fibers. Collagen is a vital protein that provides structural support, resulting in improved skin texture, firmness, and elasticity.",
        'Micro-needling can help improve various skin concerns, including fine lines, wrinkles, acne scars, hyperpigmentation, and uneven skin tone. It promotes the regeneration of healthier skin cells, leading to a more youthful and revitalized appearance.',
        'The micro-channels created by the procedure allow for better penetration and absorption of topical skincare products, such as serums or creams. This can maximize the effectiveness of these products, as they can reach deeper layers of the skin.',
        'Micro-needling can be particularly beneficial for reducing the appearance of acne scars, surgical scars, or stretch marks. The controlled injury and subsequent collagen production help remodel the scar tissue, leading to a smoother and more even skin texture.',
        'Micro-needling can address rough or uneven skin texture and promote a more even skin tone. It can help minimize the appearance of enlarged pores and create a smoother, more refined complexion.',
        'Micro-needling is a minimally invasive procedure with little downtime. The skin may appear slightly red and feel mildly sensitive immediately after the treatment, but these effects usually subside within a day or two.',
        'Micro-needling is generally safe and suitable for various skin types and tones. However, it is essential to consult with a trained professional to determine the appropriate treatment plan based on individual skin concerns and sensitivities.',
        'While improvements can be seen after just one session, a series of treatments is often recommended to achieve optimal results. Results are generally gradual and continue to improve over time as collagen production increases.',
        'Micro-needling is a procedure that should be performed by a trained and experienced professional.',
      ]);
    });

    it('wraps each header button, alone, in an h3 and ties it to its panel', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      for (const b of buttons(el)) {
        const parent = b.parentElement!;
        expect(parent.localName).to.equal('h3');
        expect(parent.children.length).to.equal(1);
        expect(text(parent)).to.equal(text(b));
        expect(b.getAttribute('aria-controls')).to.equal(b.id.replace('button-', 'panel-'));
      }
    });

    it('keeps every header in the Tab order, and collapsed panels out of sight and of the accessibility tree', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion multiple open="collagen-stimulation"></mn-benefits-accordion>`,
      );
      buttons(el)[0].focus();
      for (let i = 1; i < 10; i++) {
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal(`button-${BENEFIT_IDS[i]}`);
      }
      // Panels hold no focusable element, so what keeps a collapsed one from a visitor is that it
      // is not rendered: neither seen, nor read, nor reached by a screen reader's virtual cursor.
      expect(BENEFIT_IDS.map((id) => shown(el, id))).to.deep.equal(
        BENEFIT_IDS.map((id) => id === 'collagen-stimulation'),
      );
      expect(BENEFIT_IDS.map((id) => panel(el, id).getAttribute('hidden'))).to.deep.equal(
        BENEFIT_IDS.map((id) => (id === 'collagen-stimulation' ? null : 'until-found')),
      );
    });

    it('uses no region landmarks for ten panels, and labelled regions for six or fewer', async () => {
      const all = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      expect(all.shadowRoot!.querySelectorAll('[role="region"]').length).to.equal(0);
      const few = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion items="procedure minimal-downtime"></mn-benefits-accordion>`,
      );
      expect(panel(few, 'procedure').getAttribute('role')).to.equal('region');
      expect(panel(few, 'procedure').getAttribute('aria-labelledby')).to.equal('button-procedure');
    });

    it('gives a panel no attribute beyond its part, class, id and state when it is no region', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      expect(panel(el, 'procedure').getAttributeNames().sort()).to.deep.equal(['class', 'hidden', 'id', 'part']);
    });

    it('makes panels regions at exactly six items, and not at seven', async () => {
      const six = BENEFIT_IDS.slice(0, 6);
      const atSix = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion items=${six.join(' ')}></mn-benefits-accordion>`,
      );
      expect(six.map((id) => panel(atSix, id).getAttribute('role'))).to.deep.equal(six.map(() => 'region'));
      expect(six.map((id) => panel(atSix, id).getAttribute('aria-labelledby'))).to.deep.equal(
        six.map((id) => `button-${id}`),
      );
      const seven = BENEFIT_IDS.slice(0, 7);
      const atSeven = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion items=${seven.join(' ')}></mn-benefits-accordion>`,
      );
      expect(seven.map((id) => panel(atSeven, id).getAttribute('role'))).to.deep.equal(seven.map(() => null));
      expect(seven.map((id) => panel(atSeven, id).hasAttribute('aria-labelledby'))).to.deep.equal(
        seven.map(() => false),
      );
    });

    it('leaves collapsed text where find-in-page can reach it, and opens it when found', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      expect(panel(el, 'skin-types').getAttribute('hidden')).to.equal('until-found');
      expect(text(panel(el, 'skin-types'))).to.contain('trained professional');
      const log = events(el);
      // The browser fires beforematch on the hidden="until-found" panel that holds a match.
      panel(el, 'skin-types').dispatchEvent(new Event('beforematch', { bubbles: true }));
      await settle(el);
      expect(button(el, 'skin-types').getAttribute('aria-expanded')).to.equal('true');
      expect(shown(el, 'skin-types')).to.equal(true);
      expect(log).to.deep.equal([{ id: 'skin-types', open: true }]);
    });
  });

  describe('attributes and properties', () => {
    it('shows exactly the items asked for, in that order, with h2 headings and one open', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion items="scar-reduction procedure" heading-level="2" open="procedure"></mn-benefits-accordion>`,
      );
      expect(buttons(el).map((b) => text(b))).to.deep.equal(['Reduced appearance of scars', 'Procedure']);
      expect(buttons(el).map((b) => b.parentElement!.localName)).to.deep.equal(['h2', 'h2']);
      expect(button(el, 'procedure').getAttribute('aria-expanded')).to.equal('true');
      expect(button(el, 'scar-reduction').getAttribute('aria-expanded')).to.equal('false');
      expect(shown(el, 'procedure')).to.equal(true);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('follows the items property', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      el.items = 'minimal-downtime skin-types';
      await el.updateComplete;
      expect(buttons(el).map((b) => text(b))).to.deep.equal(['Minimal downtime', 'Suitable for various skin types']);
    });

    for (const level of [2, 3, 4, 5, 6]) {
      it(`wraps headers in h${level} for heading-level="${level}"`, async () => {
        const el = await fixture<MnBenefitsAccordion>(
          html`<mn-benefits-accordion heading-level=${level}></mn-benefits-accordion>`,
        );
        expect(new Set(buttons(el).map((b) => b.parentElement!.localName))).to.deep.equal(new Set([`h${level}`]));
      });
    }

    it('reflects open as the visitor toggles, and opens what the property names', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      expect(el.hasAttribute('open')).to.equal(false);
      button(el, 'skin-types').click();
      await el.updateComplete;
      expect(el.getAttribute('open')).to.equal('skin-types');
      el.open = 'procedure';
      await settle(el);
      expect(button(el, 'procedure').getAttribute('aria-expanded')).to.equal('true');
      expect(button(el, 'skin-types').getAttribute('aria-expanded')).to.equal('false');
      expect(shown(el, 'skin-types')).to.equal(false);
    });

    it('without multiple, opening one benefit closes the other', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion open="procedure"></mn-benefits-accordion>`,
      );
      button(el, 'minimal-downtime').click();
      await settle(el);
      expect(el.open).to.equal('minimal-downtime');
      expect(shown(el, 'procedure')).to.equal(false);
      expect(shown(el, 'minimal-downtime')).to.equal(true);
    });

    it('with multiple, keeps several open', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion multiple open="procedure"></mn-benefits-accordion>`,
      );
      button(el, 'minimal-downtime').click();
      await settle(el);
      expect(el.getAttribute('open')).to.equal('procedure minimal-downtime');
      expect(shown(el, 'procedure')).to.equal(true);
      expect(shown(el, 'minimal-downtime')).to.equal(true);
    });
  });

  describe('methods and events', () => {
    it('show, hide and toggle open and close one benefit, each firing mn-toggle', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      const log = events(el);
      el.show('procedure');
      el.toggle('skin-types');
      await settle(el);
      expect(el.open).to.equal('skin-types');
      el.toggle('skin-types');
      el.hide('skin-types');
      await settle(el);
      expect(el.open).to.equal('');
      expect(log).to.deep.equal([
        { id: 'procedure', open: true },
        { id: 'procedure', open: false },
        { id: 'skin-types', open: true },
        { id: 'skin-types', open: false },
      ]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('showAll opens every item even without multiple, and hideAll closes them', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      const log = events(el);
      el.showAll();
      await settle(el);
      expect(BENEFIT_IDS.map((id) => shown(el, id))).to.deep.equal(BENEFIT_IDS.map(() => true));
      expect(log.length).to.equal(10);
      el.hideAll();
      await settle(el);
      expect(BENEFIT_IDS.map((id) => shown(el, id))).to.deep.equal(BENEFIT_IDS.map(() => false));
      expect(log.length).to.equal(20);
    });

    it('does nothing, and throws nothing, on a click in a panel', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion open="procedure"></mn-benefits-accordion>`,
      );
      const log = events(el);
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => {
        errors.push(e.message);
        e.preventDefault();
      };
      window.addEventListener('error', onError);
      try {
        panel(el, 'procedure').querySelector('p')!.click();
      } finally {
        window.removeEventListener('error', onError);
      }
      await el.updateComplete;
      expect([el.open, log, errors]).to.deep.equal(['procedure', [], []]);
    });

    it('fires a bubbling, composed mn-toggle on a click, and none on first render', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const log: Event[] = [];
      wrapper.addEventListener('mn-toggle', (e) => log.push(e));
      const el = document.createElement('mn-benefits-accordion');
      el.open = 'procedure';
      wrapper.append(el);
      await el.updateComplete;
      expect(log.length).to.equal(0);
      setTimeout(() => button(el, 'collagen-stimulation').click());
      const event = await oneEvent(wrapper, 'mn-toggle');
      expect(event.detail).to.deep.equal({ id: 'procedure', open: false });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(log.map((e) => (e as CustomEvent<ToggleDetail>).detail)).to.deep.equal([
        { id: 'procedure', open: false },
        { id: 'collagen-stimulation', open: true },
      ]);
    });
  });

  describe('keyboard', () => {
    it('toggles with Enter and Space', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      button(el, 'procedure').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button(el, 'procedure').getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button(el, 'procedure').getAttribute('aria-expanded')).to.equal('false');
    });

    it('moves between headers with the arrow keys, wrapping, and Home and End', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      button(el, 'procedure').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('button-collagen-stimulation');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal('button-professional-guidance');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('button-procedure');
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal('button-professional-guidance');
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal('button-procedure');
      expect(el.open).to.equal('');
    });

    it('keeps the arrow keys, Home and End from scrolling the page, and lets other keys through', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      const prevented: [string, boolean][] = [];
      // Listening on window, after the element's own listener: what the browser then does with the key.
      const log = (e: KeyboardEvent) => prevented.push([e.key, e.defaultPrevented]);
      window.addEventListener('keydown', log);
      try {
        button(el, 'skin-types').focus();
        for (const key of ['ArrowDown', 'ArrowUp', 'End', 'Home', 'a']) await sendKeys({ press: key });
      } finally {
        window.removeEventListener('keydown', log);
      }
      expect(prevented).to.deep.equal([
        ['ArrowDown', true],
        ['ArrowUp', true],
        ['End', true],
        ['Home', true],
        ['a', false],
      ]);
      expect(focused(el)).to.equal('button-procedure');
    });

    it('leaves the arrow keys with Alt, Control or Meta to the browser', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      const prevented: [string, boolean][] = [];
      const log = (e: KeyboardEvent) => {
        if (e.key.startsWith('Arrow') || e.key === 'End') prevented.push([e.key, e.defaultPrevented]);
        // The browser's own action (history, scrolling) is not what this test checks.
        e.preventDefault();
      };
      window.addEventListener('keydown', log);
      try {
        button(el, 'skin-types').focus();
        for (const [modifier, key] of [
          ['Alt', 'ArrowDown'],
          ['Control', 'ArrowUp'],
          ['Meta', 'End'],
        ]) {
          await sendKeys({ down: modifier });
          await sendKeys({ press: key });
          await sendKeys({ up: modifier });
        }
      } finally {
        window.removeEventListener('keydown', log);
      }
      expect(prevented).to.deep.equal([
        ['ArrowDown', false],
        ['ArrowUp', false],
        ['End', false],
      ]);
      expect(focused(el)).to.equal('button-skin-types');
    });
  });

  describe('motion, print and layout', () => {
    afterEach(async () => {
      if (canEmulateMedia) await emulateMedia({ reducedMotion: 'no-preference', media: 'screen' });
    });

    it('animates the height of a panel as it opens, and keeps a closing panel visible until it ends', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      el.show('procedure');
      await el.updateComplete;
      const opening = panel(el, 'procedure').getAnimations();
      expect(opening.length).to.equal(1);
      const frames = (opening[0].effect as KeyframeEffect).getKeyframes().map((k) => k.height);
      expect(frames).to.deep.equal(['0px', `${panel(el, 'procedure').scrollHeight}px`]);
      expect(panel(el, 'procedure').scrollHeight).to.be.greaterThan(24);
      expect(shown(el, 'procedure')).to.equal(true);
      await settle(el);
      expect(panel(el, 'procedure').getAnimations().length).to.equal(0);
      el.hide('procedure');
      await el.updateComplete;
      expect(button(el, 'procedure').getAttribute('aria-expanded')).to.equal('false');
      expect(panel(el, 'procedure').getAnimations().length).to.equal(1);
      expect(shown(el, 'procedure')).to.equal(true);
      await settle(el);
      expect(shown(el, 'procedure')).to.equal(false);
    });

    it('animates only the panel that changes, not those left open', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion multiple open="procedure"></mn-benefits-accordion>`,
      );
      el.show('skin-types');
      await el.updateComplete;
      expect(BENEFIT_IDS.filter((id) => panel(el, id).getAnimations().length)).to.deep.equal(['skin-types']);
      await settle(el);
    });

    it('closes from the height it has reached when closed half-way through opening', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      el.show('procedure');
      await el.updateComplete;
      const full = panel(el, 'procedure').scrollHeight;
      const [opening] = panel(el, 'procedure').getAnimations();
      opening.pause();
      opening.currentTime = 100; // half of the 200 ms: ease-in-out is then at half the height
      const reached = panel(el, 'procedure').getBoundingClientRect().height;
      el.hide('procedure');
      await el.updateComplete;
      const animations = panel(el, 'procedure').getAnimations();
      expect(animations.length).to.equal(1);
      const frames = (animations[0].effect as KeyframeEffect).getKeyframes().map((k) => k.height);
      expect(frames).to.deep.equal([`${reached}px`, '0px']);
      expect(reached).to.be.within(full / 4, (3 * full) / 4);
      expect(opening.playState).to.equal('idle');
      await settle(el);
      expect(shown(el, 'procedure')).to.equal(false);
    });

    it('does not animate at all under prefers-reduced-motion', async function () {
      if (!canEmulateMedia) this.skip();
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion open="procedure"></mn-benefits-accordion>`,
      );
      el.toggle('minimal-downtime');
      await el.updateComplete;
      expect(el.shadowRoot!.getAnimations().length).to.equal(0);
      expect(shown(el, 'procedure')).to.equal(false);
      expect(shown(el, 'minimal-downtime')).to.equal(true);
      expect(getComputedStyle(button(el, 'procedure').querySelector('[part="icon"]')!).transitionDuration).to.equal(
        '0s',
      );
    });

    it('prints every panel expanded', async function () {
      if (!canEmulateMedia) this.skip();
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      await emulateMedia({ media: 'print' });
      expect(BENEFIT_IDS.map((id) => shown(el, id))).to.deep.equal(BENEFIT_IDS.map(() => true));
    });

    it('fits 320 CSS px with no horizontal overflow and 24 px targets', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion style="width: 320px" open="product-absorption"></mn-benefits-accordion>`,
      );
      const list = el.shadowRoot!.querySelector('.list')!;
      expect(list.scrollWidth).to.be.at.most(320);
      for (const b of buttons(el)) {
        const box = b.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });

    it('mirrors under dir="rtl": the chevron moves to the left end of the header', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<div dir="rtl"><mn-benefits-accordion></mn-benefits-accordion></div>`,
      ).then((d) => d.querySelector('mn-benefits-accordion')!);
      await el.updateComplete;
      const b = button(el, 'procedure');
      const box = b.getBoundingClientRect();
      const icon = b.querySelector('[part="icon"]')!.getBoundingClientRect();
      expect(icon.right).to.be.below(box.left + box.width / 4);
      expect(getComputedStyle(b).direction).to.equal('rtl');
    });
  });

  describe('accessibility', () => {
    it('has no axe violations collapsed', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with one open, and with all open', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion open="procedure"></mn-benefits-accordion>`,
      );
      await expect(el).to.be.accessible();
      el.showAll();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with regions and h2 headings', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion items="scar-reduction procedure" heading-level="2" open="procedure"></mn-benefits-accordion>`,
      );
      await expect(el).to.be.accessible();
    });

    it('keeps a 3 px focus ring, in Highlight, in forced-colours mode', async function () {
      if (!canEmulateMedia) this.skip();
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      await forcedColors(true);
      try {
        button(el, 'procedure').focus();
        await sendKeys({ press: 'Tab' });
        const probe = document.createElement('span');
        probe.style.color = 'Highlight';
        document.body.append(probe);
        const ring = getComputedStyle(button(el, 'collagen-stimulation'));
        expect([ring.outlineStyle, ring.outlineWidth, ring.outlineColor]).to.deep.equal([
          'solid',
          '3px',
          getComputedStyle(probe).color,
        ]);
        probe.remove();
      } finally {
        await forcedColors(false);
      }
    });

    it('shows a focus ring on the focused header', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      button(el, 'procedure').focus();
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(button(el, 'collagen-stimulation'));
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineWidth).to.equal('3px');
    });
  });

  describe('bad input', () => {
    it('keeps its definition when the tag is defined again, as when the library is loaded twice', async () => {
      const { define } = await import('../src/internal/define.js');
      const first = customElements.get('mn-benefits-accordion');
      define('mn-benefits-accordion', class extends HTMLElement {});
      expect(customElements.get('mn-benefits-accordion')).to.equal(first);
    });

    it('skips an unknown item id with one warning', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion items="procedure botox minimal-downtime"></mn-benefits-accordion>`,
      );
      expect(buttons(el).map((b) => b.id)).to.deep.equal(['button-procedure', 'button-minimal-downtime']);
      expect(warnings.messages).to.deep.equal([
        `<mn-benefits-accordion>: ignoring unknown items id(s) "botox"; known ids are: ${BENEFIT_IDS.join(' ')}.`,
      ]);
    });

    it('shows an id named twice in items once, where it first appears', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion items="skin-types procedure skin-types procedure"></mn-benefits-accordion>`,
      );
      expect(buttons(el).map((b) => b.id)).to.deep.equal(['button-skin-types', 'button-procedure']);
      expect(el.shadowRoot!.querySelectorAll('#panel-skin-types').length).to.equal(1);
    });

    it('shows all ten when no asked-for id is known', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion items="x y"></mn-benefits-accordion>`);
      expect(buttons(el).length).to.equal(10);
      expect(warnings.messages.length).to.equal(1);
    });

    for (const bad of ['abc', '0', '9', '2.5']) {
      it(`falls back to h3 with one warning for heading-level="${bad}"`, async () => {
        const el = await fixture<MnBenefitsAccordion>(
          html`<mn-benefits-accordion heading-level=${bad}></mn-benefits-accordion>`,
        );
        expect(buttons(el)[0].parentElement!.localName).to.equal('h3');
        expect(warnings.messages).to.deep.equal([
          `<mn-benefits-accordion>: heading-level "${bad}" is not a whole number from 2 to 6; using 3.`,
        ]);
      });
    }

    it('warns once for a bad heading-level, not again on every later update', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion heading-level="9"></mn-benefits-accordion>`,
      );
      el.toggle('procedure');
      await el.updateComplete;
      el.multiple = true;
      await el.updateComplete;
      expect(warnings.messages.length).to.equal(1);
      expect(buttons(el)[0].parentElement!.localName).to.equal('h3');
    });

    it('warns about items open but not shown when open or items change, naming each, once per change', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion items="procedure skin-types" open="procedure"></mn-benefits-accordion>`,
      );
      expect(warnings.messages).to.deep.equal([]);
      el.open = 'minimal-downtime procedure scar-reduction';
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<mn-benefits-accordion>: open names "minimal-downtime scar-reduction", which is not shown; ignoring it.',
      ]);
      el.multiple = true;
      el.headingLevel = 4;
      await el.updateComplete;
      expect(warnings.messages.length).to.equal(1);
      el.open = 'procedure';
      await el.updateComplete;
      el.items = 'skin-types';
      await el.updateComplete;
      expect(warnings.messages.slice(1)).to.deep.equal([
        '<mn-benefits-accordion>: open names "procedure", which is not shown; ignoring it.',
      ]);
    });

    it('closes everything, without a warning, when the open attribute is removed', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion open="procedure"></mn-benefits-accordion>`,
      );
      el.removeAttribute('open');
      await settle(el);
      expect(button(el, 'procedure').getAttribute('aria-expanded')).to.equal('false');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('warns once when open names an item that is not shown, and opens the rest', async () => {
      const el = await fixture<MnBenefitsAccordion>(
        html`<mn-benefits-accordion items="procedure skin-types" open="minimal-downtime skin-types"></mn-benefits-accordion>`,
      );
      expect(button(el, 'skin-types').getAttribute('aria-expanded')).to.equal('true');
      expect(warnings.messages.length).to.equal(1);
      expect(warnings.messages[0]).to.contain('"minimal-downtime"');
    });

    it('warns, and changes nothing, when a method names an unknown id', async () => {
      const el = await fixture<MnBenefitsAccordion>(html`<mn-benefits-accordion></mn-benefits-accordion>`);
      const log = events(el);
      (el.show as (id: string) => void)('<img src=x onerror=alert(1)>');
      (el.hide as (id: string) => void)('botox');
      await el.updateComplete;
      expect(el.open).to.equal('');
      expect(log).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([
        '<mn-benefits-accordion>: no shown item has the id "<img src=x onerror=alert(1)>"; nothing to open.',
        '<mn-benefits-accordion>: no shown item has the id "botox"; nothing to close.',
      ]);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });
  });
});
