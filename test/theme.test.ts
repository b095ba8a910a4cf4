// The look, as a clinic's designer and an accessibility auditor check it: one brand colour in,
// every colour the elements paint derived from it and from the page, at WCAG 2.2 AA contrast
// against what is behind it, for any brand colour, on a light page and on a dark one; every state
// still visible in forced colours; parts reachable through <mn-article>.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../src/index.js';
import type { MnArticle } from '../src/components/article/article.js';
import type { MnProcedureStepper } from '../src/components/procedure-stepper/procedure-stepper.js';
import { canEmulateMedia, contrast, forcedColors, painted } from './helpers.js';

interface AxeResults {
  violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[];
}
const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResults> } }).axe;

/** A spread of brand colours: pastels, yellows, limes, mid tones, darks, near-black, near-white, pure hues. */
const BRANDS = {
  'pastel pink': '#f4a7b9',
  lilac: '#c4b5fd',
  yellow: '#facc15',
  'pale yellow': '#fde68a',
  lime: '#84cc16',
  'acid lime': '#ccff00',
  'sky blue': '#38bdf8',
  orange: '#f97316',
  'mid grey': '#808080',
  'pure red': '#ff0000',
  teal: '#0b6e69',
  navy: '#1e3a8a',
  'near-black': '#111111',
  'near-white': '#f5f5f5',
};
const PAGES = {
  light: { background: '#ffffff', color: '#1a1a1a' },
  dark: { background: '#121212', color: '#ececec' },
};

const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};
const shadow = (host: Element, selector: string): HTMLElement => host.shadowRoot!.querySelector<HTMLElement>(selector)!;
const style = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);

/** A clinic page: the whole article, with a booking link, the third step current and a benefit open. */
async function clinicPage(page: keyof typeof PAGES, accent: string) {
  const { background, color } = PAGES[page];
  const wrapper = await fixture<HTMLElement>(html`
    <div style="background: ${background}; color: ${color}; padding: 16px; --mn-accent: ${accent}">
      <mn-article booking-url="/book" reviewed-by="Dr. Example" last-reviewed="2026-01-15"></mn-article>
    </div>
  `);
  const article = wrapper.querySelector<MnArticle>('mn-article')!;
  await article.updateComplete;
  const stepper = article.shadowRoot!.querySelector<MnProcedureStepper>('mn-procedure-stepper')!;
  const accordion = article.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(
    'mn-benefits-accordion',
  )!;
  const faq = article.shadowRoot!.querySelector('mn-faq-card')!;
  const disclaimer = article.shadowRoot!.querySelector('mn-disclaimer')!;
  stepper.activeStep = 2;
  await stepper.updateComplete;
  await accordion.updateComplete;
  shadow(accordion, '[part="button"]').click();
  await accordion.updateComplete;
  return { wrapper, background, article, stepper, accordion, faq, disclaimer };
}

describe('the theme: one brand colour, any page', () => {
  for (const [page, { background }] of Object.entries(PAGES) as [keyof typeof PAGES, (typeof PAGES)['light']][]) {
    for (const [name, accent] of Object.entries(BRANDS)) {
      it(`${name} (${accent}) on a ${page} page: axe finds no contrast failure, and every line, icon and ring reaches 3:1`, async () => {
        const { article, stepper, accordion, disclaimer } = await clinicPage(page, accent);
        const { violations } = await axe.run(article, { runOnly: { type: 'rule', values: ['color-contrast'] } });
        expect(
          violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)),
        ).to.deep.equal([]);

        const steps = [...stepper.shadowRoot!.querySelectorAll('[part="step"]')];
        const markers = steps.map((step) => step.querySelector('.marker')!);
        const next = shadow(stepper, '[part="next"]');
        const booking = shadow(article, '[part="booking"]');
        const against = (colour: string) => Math.round(contrast(colour, background) * 100) / 100;
        const seen = {
          chevron: against(style(shadow(accordion, '[part="icon"]')).color),
          'completed marker': against(style(markers[0]).borderTopColor),
          'current marker': against(style(markers[2]).borderTopColor),
          'marker to come': against(style(markers[3]).borderTopColor),
          'completed connector': against(style(steps[0], '::after').borderBlockStartColor),
          'connector to come': against(style(steps[3], '::after').borderBlockStartColor),
          'disclaimer edge': against(style(shadow(disclaimer, '[part="note"]')).borderInlineStartColor),
          'Previous text': against(style(shadow(stepper, '[part="previous"]')).color),
        };
        for (const [what, ratio] of Object.entries(seen)) expect(ratio, what).to.be.at.least(3);
        // Text on the fills, and the check mark on a completed step: 4.5:1.
        expect(contrast(style(next).color, style(next).backgroundColor), 'Next').to.be.at.least(4.5);
        expect(contrast(style(booking).color, style(booking).backgroundColor), 'booking link').to.be.at.least(4.5);
        const check = style(markers[0], '::before').borderRightColor;
        expect(contrast(check, style(markers[0]).backgroundColor), 'check mark').to.be.at.least(4.5);
      });
    }
  }

  it('shows a focus ring at 3:1 on a dark page with a yellow brand, outside a header and inside the filled Next', async () => {
    const { article, accordion, stepper, background } = await clinicPage('dark', '#facc15');
    // Tab from before the article: the first focusable control is the accordion's first header.
    const before = document.createElement('button');
    before.textContent = 'before';
    article.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const header = shadow(accordion, '[part="button"]');
    expect(accordion.shadowRoot!.activeElement).to.equal(header);
    const ring = style(header);
    expect([ring.outlineStyle, ring.outlineWidth, ring.outlineOffset]).to.deep.equal(['solid', '3px', '2px']);
    expect(contrast(ring.outlineColor, background)).to.be.at.least(3);

    const next = shadow(stepper, '[part="next"]');
    next.focus();
    await shiftTab();
    await sendKeys({ press: 'Tab' });
    expect(stepper.shadowRoot!.activeElement).to.equal(next);
    const inner = style(next);
    expect([inner.outlineStyle, inner.outlineOffset]).to.deep.equal(['solid', '-5px']);
    expect(contrast(inner.outlineColor, inner.backgroundColor)).to.be.at.least(4.5);
    before.remove();
  });

  it('keeps a dark accent as it is on a light page, and lightens it as text on a dark one', async () => {
    const light = await clinicPage('light', '#1e3a8a');
    expect(painted(style(shadow(light.accordion, '[part="icon"]')).color)).to.deep.equal([30, 58, 138]);
    const dark = await clinicPage('dark', '#1e3a8a');
    const chevron = style(shadow(dark.accordion, '[part="icon"]')).color;
    expect(contrast(chevron, '#121212')).to.be.at.least(4.5);
    expect(painted(chevron)).not.to.deep.equal([30, 58, 138]);
    // The fill is the same on either page: its text decides, not the page.
    expect(painted(style(shadow(dark.stepper, '[part="next"]')).backgroundColor)).to.deep.equal([30, 58, 138]);
  });

  it('lets each role be set on its own, over what it would derive', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div
        style="--mn-accent: #facc15; --mn-accent-fill: rgb(0, 0, 128); --mn-accent-text: rgb(255, 255, 0); --mn-accent-ink: rgb(128, 0, 0); --mn-line-color: rgb(0, 128, 0); --mn-focus-ring: rgb(255, 0, 255)"
      >
        <mn-procedure-stepper active-step="1"></mn-procedure-stepper>
      </div>
    `);
    const stepper = wrapper.querySelector<MnProcedureStepper>('mn-procedure-stepper')!;
    await stepper.updateComplete;
    const next = style(shadow(stepper, '[part="next"]'));
    const markers = [...stepper.shadowRoot!.querySelectorAll('.marker')].map((marker) => style(marker));
    expect({
      fill: next.backgroundColor,
      onFill: next.color,
      ink: style(shadow(stepper, '[part="previous"]')).color,
      line: markers[2].borderTopColor,
      done: markers[0].backgroundColor,
    }).to.deep.equal({
      fill: 'rgb(0, 0, 128)',
      onFill: 'rgb(255, 255, 0)',
      ink: 'rgb(128, 0, 0)',
      line: 'rgb(0, 128, 0)',
      done: 'rgb(0, 0, 128)',
    });
    shadow(stepper, '[part="previous"]').focus();
    await sendKeys({ press: 'Tab' });
    await shiftTab();
    expect(style(shadow(stepper, '[part="previous"]')).outlineColor).to.equal('rgb(255, 0, 255)');
  });
});

describe('states and rhythm', () => {
  it('gives the accordion and the FAQ headers one height and one padding, and every section heading one size', async () => {
    const { article, accordion, faq, stepper } = await clinicPage('light', '#0b6e69');
    const header = (host: Element) => {
      const s = style(shadow(host, '[part="button"]'));
      return [s.minBlockSize, s.paddingBlockStart, s.paddingInlineStart];
    };
    expect(header(faq)).to.deep.equal(header(accordion));
    expect(header(accordion)).to.deep.equal(['48px', '12px', '16px']);
    const size = (element: Element) => style(element).fontSize;
    expect(
      new Set([
        size(shadow(article, '[part="heading"]')),
        size(shadow(faq, '[part="heading"]')),
        size(shadow(stepper, '[part="title"]')),
      ]),
    ).to.deep.equal(new Set(['20px']));
  });

  it('sets every heading in --mn-heading-font, and the rest in the page font', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="font-family: Arial; --mn-heading-font: Georgia"><mn-article></mn-article></div>`,
    );
    const article = wrapper.querySelector<MnArticle>('mn-article')!;
    await article.updateComplete;
    const faq = article.shadowRoot!.querySelector('mn-faq-card')!;
    const stepper = article.shadowRoot!.querySelector('mn-procedure-stepper')!;
    expect([
      style(shadow(article, '[part="heading"]')).fontFamily,
      style(shadow(faq, '[part="heading"]')).fontFamily,
      style(shadow(stepper, '[part="title"]')).fontFamily,
      style(shadow(article, '[part="intro"]')).fontFamily,
    ]).to.deep.equal(['Georgia', 'Georgia', 'Georgia', 'Arial']);
  });

  it('answers the pointer on every control: a header, a question, a step, Previous, Next and the booking link change when hovered', async () => {
    const { article, accordion, faq, stepper } = await clinicPage('light', '#0b6e69');
    const controls = {
      header: shadow(accordion, '[part="button"]'),
      question: shadow(faq, '[part="button"]'),
      step: shadow(stepper, '[part="step-button"]'),
      previous: shadow(stepper, '[part="previous"]'),
      next: shadow(stepper, '[part="next"]'),
      booking: shadow(article, '[part="booking"]'),
    };
    const changed: Record<string, boolean> = {};
    try {
      for (const [name, control] of Object.entries(controls)) {
        control.scrollIntoView({ block: 'center' });
        const before = style(control).backgroundColor;
        const box = control.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)] });
        changed[name] = control.matches(':hover') && style(control).backgroundColor !== before;
        await resetMouse();
      }
    } finally {
      await resetMouse();
    }
    expect(changed).to.deep.equal({
      header: true,
      question: true,
      step: true,
      previous: true,
      next: true,
      booking: true,
    });
  });

  it('makes the disabled end button read as unavailable: dashed, unfilled and fainter than Previous', async () => {
    const { stepper } = await clinicPage('light', '#0b6e69');
    stepper.activeStep = 6;
    await stepper.updateComplete;
    const next = style(shadow(stepper, '[part="next"]'));
    const previous = style(shadow(stepper, '[part="previous"]'));
    expect([next.borderTopStyle, next.backgroundColor]).to.deep.equal(['dashed', 'rgba(0, 0, 0, 0)']);
    expect(contrast(next.color, '#fff')).to.be.below(contrast(previous.color, '#fff'));
  });

  it('draws the line between steps once per gap, also when the steps stack', async () => {
    const el = await fixture<MnProcedureStepper>(
      html`<mn-procedure-stepper orientation="vertical" active-step="1"></mn-procedure-stepper>`,
    );
    const steps = [...el.shadowRoot!.querySelectorAll('[part="step"]')];
    const lines = steps.map((step) => style(step, '::after'));
    expect(lines.map((line) => line.content)).to.deep.equal([...Array(6).fill('""'), 'none']);
    const markers = steps.map((step) => step.querySelector('.marker')!.getBoundingClientRect());
    // Each line runs down from under one marker to above the next, in the markers' middle.
    for (let i = 0; i < 6; i++) {
      const line = steps[i].getBoundingClientRect();
      const top = line.top + parseFloat(lines[i].insetBlockStart);
      const bottom = top + parseFloat(lines[i].blockSize);
      expect(lines[i].borderInlineStartWidth, `line ${i + 1}`).to.equal('2px');
      expect(top, `line ${i + 1} starts under its marker`).to.be.within(markers[i].bottom, markers[i].bottom + 6);
      expect(bottom, `line ${i + 1} ends above the next marker`).to.be.within(
        markers[i + 1].top - 6,
        markers[i + 1].top,
      );
    }
  });

  it('draws the line between steps in a row from marker to marker', async () => {
    const el = await fixture<MnProcedureStepper>(
      html`<mn-procedure-stepper style="width: 760px" active-step="1"></mn-procedure-stepper>`,
    );
    const steps = [...el.shadowRoot!.querySelectorAll('[part="step"]')];
    const markers = steps.map((step) => step.querySelector('.marker')!.getBoundingClientRect());
    for (let i = 0; i < 6; i++) {
      const line = style(steps[i], '::after');
      const start = steps[i].getBoundingClientRect().left + parseFloat(line.insetInlineStart);
      const end = start + parseFloat(line.inlineSize);
      expect(line.borderBlockStartWidth, `line ${i + 1}`).to.equal('2px');
      expect(start, `line ${i + 1} starts after its marker`).to.be.within(markers[i].right, markers[i].right + 6);
      expect(end, `line ${i + 1} ends before the next marker`).to.be.within(
        markers[i + 1].left - 6,
        markers[i + 1].left,
      );
    }
  });
});

describe('forced colours', () => {
  it('keeps the connectors, the completed and current steps, focus and disabled visible in system colours', async function () {
    if (!canEmulateMedia) this.skip();
    const el = await fixture<MnProcedureStepper>(
      html`<mn-procedure-stepper style="width: 760px" active-step="2"></mn-procedure-stepper>`,
    );
    await forcedColors(true);
    try {
      const probe = document.createElement('span');
      document.body.append(probe);
      const system = (color: string) => ((probe.style.color = color), getComputedStyle(probe).color);
      const steps = [...el.shadowRoot!.querySelectorAll('[part="step"]')];
      const line = (i: number) => style(steps[i], '::after');
      const marker = (i: number) => style(steps[i].querySelector('.marker')!);
      expect({
        doneLine: line(0).borderColor,
        lineToCome: line(3).borderColor,
        lineWidth: line(3).borderBlockStartWidth,
        doneMarker: marker(0).backgroundColor,
        currentRing: [marker(2).outlineStyle, marker(2).outlineColor],
        markerToCome: marker(3).borderColor,
      }).to.deep.equal({
        doneLine: system('Highlight'),
        lineToCome: system('CanvasText'),
        lineWidth: '2px',
        doneMarker: system('Highlight'),
        currentRing: ['solid', system('Highlight')],
        markerToCome: system('CanvasText'),
      });
      el.activeStep = 0;
      await el.updateComplete;
      const previous = shadow(el, '[part="previous"]');
      expect(style(previous).color).to.equal(system('GrayText'));
      previous.focus();
      await sendKeys({ press: 'Tab' });
      await shiftTab();
      expect([style(previous).outlineStyle, style(previous).outlineColor]).to.deep.equal([
        'solid',
        system('Highlight'),
      ]);
      probe.remove();
    } finally {
      await forcedColors(false);
    }
  });
});

describe('::part through <mn-article>', () => {
  it('reaches the inner elements’ parts under their prefixed names, so one stylesheet styles the whole article', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .themed::part(accordion-button) { text-transform: uppercase; }
      .themed::part(stepper-next) { letter-spacing: 3px; }
      .themed::part(faq-card) { outline: 1px dotted rgb(1, 2, 3); }
      .themed::part(disclaimer-note) { word-spacing: 5px; }`;
    document.head.append(style);
    try {
      const article = await fixture<MnArticle>(html`<mn-article class="themed"></mn-article>`);
      const inner = (tag: string, part: string) =>
        getComputedStyle(shadow(article.shadowRoot!.querySelector(tag)!, part));
      expect([
        inner('mn-benefits-accordion', '[part="button"]').textTransform,
        inner('mn-procedure-stepper', '[part="next"]').letterSpacing,
        inner('mn-faq-card', '[part="card"]').outlineColor,
        inner('mn-disclaimer', '[part="note"]').wordSpacing,
      ]).to.deep.equal(['uppercase', '3px', 'rgb(1, 2, 3)', '5px']);
    } finally {
      style.remove();
    }
  });
});
