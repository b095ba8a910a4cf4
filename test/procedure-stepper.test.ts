import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/procedure-stepper/define.js';
import type { MnProcedureStepper } from '../src/components/procedure-stepper/procedure-stepper.js';
import type { StepChangeDetail } from '../src/components/procedure-stepper/procedure-stepper.types.js';
import { canEmulateMedia, captureWarnings, forcedColors, text } from './helpers.js';

const TITLES = [
  'Consultation',
  'Cleansing',
  'Light peel',
  'Micro-needling',
  'Product absorption',
  'Recovery',
  'A series of treatments',
];

const $ = <T extends Element = HTMLElement>(el: MnProcedureStepper, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const stepButtons = (el: MnProcedureStepper) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="step-button"]'),
];
const focused = (el: MnProcedureStepper) => el.shadowRoot!.activeElement;
const progress = (el: MnProcedureStepper) => text($(el, '[part="progress"]'));
const title = (el: MnProcedureStepper) => text($(el, '[part="title"]'));
/** What a screen reader says for each step button. */
const names = (el: MnProcedureStepper) => stepButtons(el).map((b) => text(b.querySelector('.label')));

function changes(el: HTMLElement): StepChangeDetail[] {
  const log: StepChangeDetail[] = [];
  el.addEventListener('mn-step-change', (e) => log.push(e.detail));
  return log;
}

describe('<mn-procedure-stepper>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('rendering', () => {
    it('lists the seven steps of the treatment in order and shows the first', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper></mn-procedure-stepper>`);
      expect($(el, 'ol[part="list"]').getAttribute('aria-label')).to.equal('Treatment steps');
      expect(names(el)).to.deep.equal(TITLES);
      expect(progress(el)).to.equal('Step 1 of 7');
      expect(title(el)).to.equal('Consultation');
      expect($(el, '[part="title"]').localName).to.equal('h3');
      expect(text($(el, '.panel .body'))).to.equal(
        'Discuss any specific concerns or expectations with a qualified professional before undergoing micro-needling. They can provide personalized guidance, determine if micro-needling is suitable for your unique skin condition and set the appropriate treatment plan based on individual skin concerns and sensitivities. Micro-needling should be performed by a trained and experienced professional.',
      );
      const status = el.shadowRoot!.querySelector('[role="status"]');
      expect(status).not.to.equal(null);
      expect(text(status)).to.equal('');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows step 3 of 7, the light peel, with the two earlier steps completed', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper active-step="2"></mn-procedure-stepper>`);
      expect(progress(el)).to.equal('Step 3 of 7');
      expect(title(el)).to.equal('Light peel');
      expect(text($(el, '.panel .body'))).to.equal('A very light peel is then applied to the skin.');
      expect(stepButtons(el).map((b) => b.getAttribute('aria-current'))).to.deep.equal([
        null,
        null,
        'step',
        null,
        null,
        null,
        null,
      ]);
      expect(names(el).slice(0, 4)).to.deep.equal([
        'Consultation (completed)',
        'Cleansing (completed)',
        'Light peel',
        'Micro-needling',
      ]);
      expect(stepButtons(el).map((b) => b.parentElement!.classList.contains('done'))).to.deep.equal([
        true,
        true,
        false,
        false,
        false,
        false,
        false,
      ]);
      expect(stepButtons(el).map((b) => b.parentElement!.className)).to.deep.equal([
        'step done',
        'step done',
        'step current',
        'step ',
        'step ',
        'step ',
        'step ',
      ]);
      // Completed steps show a check mark (drawn in CSS) instead of their number.
      expect([...el.shadowRoot!.querySelectorAll('.marker')].map((m) => m.textContent)).to.deep.equal([
        '',
        '',
        '3',
        '4',
        '5',
        '6',
        '7',
      ]);
    });

    it("shows each step's title and text from the article as the visitor goes through them", async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper></mn-procedure-stepper>`);
      const shown: string[][] = [];
      for (let step = 0; step < 7; step++) {
        if (step) {
          $(el, '[part="next"]').click();
          await el.updateComplete;
        }
        shown.push([title(el), text($(el, '.panel .body'))]);
      }
      expect(shown).to.deep.equal([
        [
          'Consultation',
          'Discuss any specific concerns or expectations with a qualified professional before undergoing micro-needling. They can provide personalized guidance, determine if micro-needling is suitable for your unique skin condition and set the appropriate treatment plan based on individual skin concerns and sensitivities. Micro-needling should be performed by a trained and experienced professional.',
        ],
        ['Cleansing', 'At the start of the treatment, the skin is cleansed.'],
        ['Light peel', 'A very light peel is then applied to the skin.'],
        [
          'Micro-needling',
          "The micro-needling device is gently circled over the targeted area, creating superficial punctures or channels in the skin. These tiny, controlled micro-injuries stimulate the skin's natural healing response.",
        ],
        [
          'Product absorption',
          'The micro-channels created by the procedure allow for better penetration and absorption of topical skincare products, such as serums or creams, which can reach deeper layers of the skin.',
        ],
        [
          'Recovery',
          'The skin may appear slightly red and feel mildly sensitive immediately after the treatment, but these effects usually subside within a day or two.',
        ],
        [
          'A series of treatments',
          'While improvements can be seen after just one session, a series of treatments is often recommended to achieve optimal results. Results are generally gradual and continue to improve over time as collagen production increases.',
        ],
      ]);
    });

    it('disables Previous on the first step and Next on the last, without hiding them', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper></mn-procedure-stepper>`);
      expect($(el, '[part="previous"]').getAttribute('aria-disabled')).to.equal('true');
      expect($(el, '[part="next"]').hasAttribute('aria-disabled')).to.equal(false);
      el.activeStep = 6;
      await el.updateComplete;
      expect($(el, '[part="previous"]').hasAttribute('aria-disabled')).to.equal(false);
      expect($(el, '[part="next"]').getAttribute('aria-disabled')).to.equal('true');
      expect($(el, '[part="next"]').checkVisibility()).to.equal(true);
    });
  });

  describe('attributes and properties', () => {
    it('reflects active-step as the visitor moves', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper></mn-procedure-stepper>`);
      $(el, '[part="next"]').click();
      await el.updateComplete;
      expect(el.getAttribute('active-step')).to.equal('1');
      expect(el.activeStep).to.equal(1);
    });

    it('shows only the steps asked for, in that order', async () => {
      const el = await fixture<MnProcedureStepper>(
        html`<mn-procedure-stepper steps="recovery micro-needling" active-step="1"></mn-procedure-stepper>`,
      );
      expect(names(el)).to.deep.equal(['Recovery (completed)', 'Micro-needling']);
      expect(progress(el)).to.equal('Step 2 of 2');
    });

    it('puts the title in a heading of heading-level', async () => {
      const el = await fixture<MnProcedureStepper>(
        html`<mn-procedure-stepper heading-level="5"></mn-procedure-stepper>`,
      );
      expect($(el, '[part="title"]').localName).to.equal('h5');
    });

    it('lays the steps in a row when there is room, and in a column when vertical', async () => {
      const el = await fixture<MnProcedureStepper>(
        html`<mn-procedure-stepper style="width: 900px"></mn-procedure-stepper>`,
      );
      const [first, second] = stepButtons(el).map((b) => b.getBoundingClientRect());
      expect(second.top).to.equal(first.top);
      expect(second.left).to.be.greaterThan(first.left);
      el.orientation = 'vertical';
      await el.updateComplete;
      const [a, b] = stepButtons(el).map((button) => button.getBoundingClientRect());
      expect(b.top).to.be.greaterThan(a.top);
      expect(b.left).to.equal(a.left);
    });

    it('stacks a horizontal stepper by container query at 320 px, with nothing overflowing', async () => {
      const el = await fixture<MnProcedureStepper>(
        html`<mn-procedure-stepper style="width: 320px"></mn-procedure-stepper>`,
      );
      const boxes = stepButtons(el).map((b) => b.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).to.be.greaterThan(boxes[i - 1].top);
      expect(el.shadowRoot!.firstElementChild!.scrollWidth).to.be.at.most(320);
      for (const target of [...stepButtons(el), $(el, '[part="previous"]'), $(el, '[part="next"]')]) {
        const box = target.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });
  });

  describe('methods and events', () => {
    it('Next fires one mn-step-change with index, id and previousIndex', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper active-step="2"></mn-procedure-stepper>`);
      const log = changes(el);
      $(el, '[part="next"]').click();
      await el.updateComplete;
      expect(log).to.deep.equal([{ index: 3, id: 'micro-needling', previousIndex: 2 }]);
      expect(title(el)).to.equal('Micro-needling');
    });

    it('next(), previous() and goTo() move, fire events, and stop at the ends', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper></mn-procedure-stepper>`);
      const log = changes(el);
      el.previous();
      el.next();
      el.goTo('recovery');
      el.goTo(6);
      el.next();
      el.previous();
      await el.updateComplete;
      expect(log).to.deep.equal([
        { index: 1, id: 'cleansing', previousIndex: 0 },
        { index: 5, id: 'recovery', previousIndex: 1 },
        { index: 6, id: 'treatment-series', previousIndex: 5 },
        { index: 5, id: 'recovery', previousIndex: 6 },
      ]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('fires nothing on first render or when active-step is set by code', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const log = changes(wrapper);
      const el = document.createElement('mn-procedure-stepper');
      el.activeStep = 3;
      wrapper.append(el);
      await el.updateComplete;
      el.activeStep = 4;
      await el.updateComplete;
      expect(log).to.deep.equal([]);
      el.shadowRoot!.querySelector<HTMLElement>('[part="previous"]')!.click();
      expect(log).to.deep.equal([{ index: 3, id: 'micro-needling', previousIndex: 4 }]);
    });

    it('announces the new step once to screen readers, through a polite live region there from the start', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper></mn-procedure-stepper>`);
      const all = () => [...el.shadowRoot!.querySelectorAll('*')];
      // Found by what it says, not by its role: then its role is what the test checks.
      const saying = (words: string) => all().filter((e) => e.children.length === 0 && text(e) === words);
      const atLoad = new Set(all());
      el.goTo('micro-needling');
      await el.updateComplete;
      const regions = saying('Step 4 of 7: Micro-needling');
      expect(regions.length).to.equal(1);
      expect(regions[0].getAttribute('role')).to.equal('status');
      expect(regions[0].hasAttribute('aria-live') ? regions[0].getAttribute('aria-live') : 'polite').to.equal('polite');
      expect(regions[0].checkVisibility()).to.equal(true);
      // A live region added with its text is not announced by every screen reader.
      expect(atLoad.has(regions[0])).to.equal(true);
      el.next();
      await el.updateComplete;
      expect(text(regions[0])).to.equal('Step 5 of 7: Product absorption');
      expect(saying('Step 4 of 7: Micro-needling')).to.deep.equal([]);
    });

    it('fires mn-step-change bubbling and composed, out of a shadow root the stepper is in', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('mn-procedure-stepper');
      host.attachShadow({ mode: 'open' }).append(el);
      await el.updateComplete;
      const outside: StepChangeDetail[] = [];
      host.addEventListener('mn-step-change', (e) => outside.push(e.detail));
      el.shadowRoot!.querySelector<HTMLElement>('[part="next"]')!.click();
      expect(outside).to.deep.equal([{ index: 1, id: 'cleansing', previousIndex: 0 }]);
    });
  });

  describe('keyboard', () => {
    it('keeps focus on the button pressed, even when it becomes disabled', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper active-step="5"></mn-procedure-stepper>`);
      $(el, '[part="next"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.activeStep).to.equal(6);
      expect(focused(el)).to.equal($(el, '[part="next"]'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.activeStep).to.equal(6);
      expect(focused(el)).to.equal($(el, '[part="next"]'));
    });

    it('moves between step buttons with Left and Right, wrapping, and Home and End', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper></mn-procedure-stepper>`);
      const buttons = stepButtons(el);
      buttons[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(buttons[1]);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal(buttons[6]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(buttons[0]);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(buttons[6]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.activeStep).to.equal(6);
    });

    it('keeps Left, Right, Home and End from scrolling the page, and lets other keys through', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper></mn-procedure-stepper>`);
      const prevented: [string, boolean][] = [];
      // Listening on window, after the element's own listener: what the browser then does with the key.
      const log = (e: KeyboardEvent) => prevented.push([e.key, e.defaultPrevented]);
      window.addEventListener('keydown', log);
      try {
        stepButtons(el)[2].focus();
        for (const key of ['ArrowRight', 'ArrowLeft', 'End', 'Home', 'a']) await sendKeys({ press: key });
      } finally {
        window.removeEventListener('keydown', log);
      }
      expect(prevented).to.deep.equal([
        ['ArrowRight', true],
        ['ArrowLeft', true],
        ['End', true],
        ['Home', true],
        ['a', false],
      ]);
      expect(focused(el)).to.equal(stepButtons(el)[0]);
    });

    it('leaves the arrow keys, Home and End alone on Previous and Next', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper active-step="2"></mn-procedure-stepper>`);
      const prevented: boolean[] = [];
      const log = (e: KeyboardEvent) => prevented.push(e.defaultPrevented);
      window.addEventListener('keydown', log);
      try {
        $(el, '[part="next"]').focus();
        for (const key of ['ArrowLeft', 'ArrowRight', 'Home']) await sendKeys({ press: key });
      } finally {
        window.removeEventListener('keydown', log);
      }
      expect(prevented).to.deep.equal([false, false, false]);
      expect(focused(el)).to.equal($(el, '[part="next"]'));
      expect(el.activeStep).to.equal(2);
    });

    it('mirrors the arrow keys and the step order under dir="rtl"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl"><mn-procedure-stepper style="width: 900px"></mn-procedure-stepper></div>`,
      );
      const el = wrapper.querySelector('mn-procedure-stepper')!;
      await el.updateComplete;
      const buttons = stepButtons(el);
      expect(buttons[1].getBoundingClientRect().right).to.be.at.most(buttons[0].getBoundingClientRect().left);
      buttons[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused(el)).to.equal(buttons[1]);
      await sendKeys({ press: 'ArrowRight' });
      expect(focused(el)).to.equal(buttons[0]);
    });
  });

  describe('print', () => {
    afterEach(async () => {
      if (canEmulateMedia) await emulateMedia({ media: 'screen' });
    });

    it('prints every step, in order, as a numbered checklist with no buttons', async function () {
      if (!canEmulateMedia) this.skip();
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper active-step="3"></mn-procedure-stepper>`);
      expect(el.shadowRoot!.querySelector('.print')!.checkVisibility()).to.equal(false);
      const changed = oneEvent(matchMedia('print'), 'change');
      await emulateMedia({ media: 'print' });
      await changed;
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll('.print > li')];
      expect(items.map((li) => text(li.querySelector('h3')))).to.deep.equal(TITLES);
      expect(items.every((li) => li.checkVisibility())).to.equal(true);
      expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => b.checkVisibility())).to.equal(false);
    });
  });

  it('keeps completed steps distinct in forced-colours mode, in system colours', async function () {
    if (!canEmulateMedia) this.skip();
    const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper active-step="2"></mn-procedure-stepper>`);
    await forcedColors(true);
    try {
      const probe = document.createElement('span');
      document.body.append(probe);
      const system = (color: string) => ((probe.style.color = color), getComputedStyle(probe).color);
      const markers = [...el.shadowRoot!.querySelectorAll('.marker')].map((m) => getComputedStyle(m));
      expect(markers[0].backgroundColor).to.equal(system('Highlight'));
      // The check mark, drawn with two borders.
      const check = getComputedStyle(el.shadowRoot!.querySelector('.marker')!, '::before');
      expect(check.borderRightColor).to.equal(system('HighlightText'));
      expect(markers[4].backgroundColor).not.to.equal(system('Highlight'));
      expect(getComputedStyle($(el, '[part="next"]')).color).to.equal(system('ButtonText'));
      probe.remove();
    } finally {
      await forcedColors(false);
    }
  });

  it('holds every step shown, in order, as the checklist for paper and for readers without JavaScript, hidden on screen', async () => {
    const el = await fixture<MnProcedureStepper>(
      html`<mn-procedure-stepper steps="recovery cleansing"></mn-procedure-stepper>`,
    );
    const list = el.shadowRoot!.querySelector('.print')!;
    const items = [...list.querySelectorAll(':scope > li')];
    expect(items.map((li) => [text(li.querySelector('h3')), text(li.querySelector('p'))])).to.deep.equal([
      [
        'Recovery',
        'The skin may appear slightly red and feel mildly sensitive immediately after the treatment, but these effects usually subside within a day or two.',
      ],
      ['Cleansing', 'At the start of the treatment, the skin is cleansed.'],
    ]);
    // The checklist's headings are plain headings, not the screen's title part.
    expect(items.map((li) => li.querySelector('h3')!.getAttribute('part'))).to.deep.equal([null, null]);
    // On screen only the stepper shows: no second copy of the steps for eyes or screen readers.
    expect(list.checkVisibility()).to.equal(false);
    expect(getComputedStyle(list).display).to.equal('none');
  });

  describe('accessibility', () => {
    for (const step of [0, 3, 6]) {
      it(`has no axe violations on step ${step + 1}`, async () => {
        const el = await fixture<MnProcedureStepper>(
          html`<mn-procedure-stepper active-step=${step}></mn-procedure-stepper>`,
        );
        await expect(el).to.be.accessible();
      });
    }

    it('has no axe violations vertical, at 320 px', async () => {
      const el = await fixture<MnProcedureStepper>(
        html`<mn-procedure-stepper orientation="vertical" style="width: 320px" active-step="2"></mn-procedure-stepper>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    for (const [value, step, message] of [
      ['-1', 0, '<mn-procedure-stepper>: active-step -1 is outside 0 to 6; showing step 0.'],
      ['7', 6, '<mn-procedure-stepper>: active-step 7 is outside 0 to 6; showing step 6.'],
      ['99', 6, '<mn-procedure-stepper>: active-step 99 is outside 0 to 6; showing step 6.'],
      ['x', 0, '<mn-procedure-stepper>: active-step "x" is not a step index; showing the first step.'],
    ] as const) {
      it(`shows step ${step + 1} with one warning for active-step="${value}"`, async () => {
        const el = await fixture<MnProcedureStepper>(
          html`<mn-procedure-stepper active-step=${value}></mn-procedure-stepper>`,
        );
        expect(title(el)).to.equal(TITLES[step]);
        expect(el.getAttribute('active-step')).to.equal(String(step));
        expect(warnings.messages).to.deep.equal([message]);
      });
    }

    it('skips unknown step ids with one warning', async () => {
      const el = await fixture<MnProcedureStepper>(
        html`<mn-procedure-stepper steps="cleansing laser recovery"></mn-procedure-stepper>`,
      );
      expect(names(el)).to.deep.equal(['Cleansing', 'Recovery']);
      expect(warnings.messages).to.deep.equal([
        '<mn-procedure-stepper>: ignoring unknown steps id(s) "laser"; known ids are: consultation cleansing light-peel micro-needling product-absorption recovery treatment-series.',
      ]);
    });

    it('removing active-step shows the first step without a warning', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper active-step="3"></mn-procedure-stepper>`);
      expect(title(el)).to.equal('Micro-needling');
      el.removeAttribute('active-step');
      await el.updateComplete;
      expect(title(el)).to.equal('Consultation');
      expect(progress(el)).to.equal('Step 1 of 7');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows the first step with one warning for an empty active-step', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper active-step=""></mn-procedure-stepper>`);
      expect(title(el)).to.equal('Consultation');
      expect(warnings.messages).to.deep.equal([
        '<mn-procedure-stepper>: active-step "" is not a step index; showing the first step.',
      ]);
    });

    it('clamps goTo() with an index out of range, with one warning naming the call', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper active-step="3"></mn-procedure-stepper>`);
      const log = changes(el);
      el.goTo(99);
      el.goTo(-4);
      el.goTo(2.5);
      el.goTo(6);
      el.goTo(0);
      el.goTo('consultation');
      await el.updateComplete;
      expect(log).to.deep.equal([
        { index: 6, id: 'treatment-series', previousIndex: 3 },
        { index: 0, id: 'consultation', previousIndex: 6 },
        { index: 6, id: 'treatment-series', previousIndex: 0 },
        { index: 0, id: 'consultation', previousIndex: 6 },
      ]);
      expect(warnings.messages).to.deep.equal([
        '<mn-procedure-stepper>: goTo(99) 99 is outside 0 to 6; showing step 6.',
        '<mn-procedure-stepper>: goTo(-4) -4 is outside 0 to 6; showing step 0.',
        '<mn-procedure-stepper>: goTo(2.5) "2.5" is not a step index; showing the first step.',
      ]);
      expect(title(el)).to.equal('Consultation');
    });

    it('warns once for a bad heading-level, and not again on later updates', async () => {
      const el = await fixture<MnProcedureStepper>(
        html`<mn-procedure-stepper heading-level="1"></mn-procedure-stepper>`,
      );
      el.next();
      await el.updateComplete;
      expect($(el, '[part="title"]').localName).to.equal('h3');
      expect(warnings.messages).to.deep.equal([
        '<mn-procedure-stepper>: heading-level "1" is not a whole number from 2 to 6; using 3.',
      ]);
    });

    it('clamps active-step when steps shrinks', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper active-step="6"></mn-procedure-stepper>`);
      el.steps = 'cleansing recovery';
      await el.updateComplete;
      expect(title(el)).to.equal('Recovery');
      expect(el.activeStep).to.equal(1);
      expect(warnings.messages.length).to.equal(1);
    });

    it('warns and stays put for goTo() with an unknown id', async () => {
      const el = await fixture<MnProcedureStepper>(html`<mn-procedure-stepper></mn-procedure-stepper>`);
      const log = changes(el);
      el.goTo('<b>laser</b>' as never);
      await el.updateComplete;
      expect(el.activeStep).to.equal(0);
      expect(log).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([
        '<mn-procedure-stepper>: goTo("<b>laser</b>"): no step with that id is shown.',
      ]);
    });

    it('falls back to horizontal for an unknown orientation, with one warning', async () => {
      const el = await fixture<MnProcedureStepper>(
        html`<mn-procedure-stepper orientation="diagonal"></mn-procedure-stepper>`,
      );
      expect(el.orientation).to.equal('horizontal');
      expect(el.getAttribute('orientation')).to.equal('horizontal');
      expect(warnings.messages).to.deep.equal([
        '<mn-procedure-stepper>: orientation "diagonal" is not one of horizontal, vertical; using horizontal.',
      ]);
      el.next();
      await el.updateComplete;
      expect(warnings.messages.length).to.equal(1);
    });
  });
});
