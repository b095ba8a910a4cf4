import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { text } from './helpers.js';

/**
 * A clinic's page with its own entries beside the article's, as the prerenderer writes it: the
 * build's (`npx microneedling-elements render`) under /prerendered/, the source's under
 * /prerendered-source/ (for the source modules, whose templates the build compacts).
 */
export const CLINIC_PAGE = 'test/pages/clinic.html';

// What loads the source in a frame: it sees the mutation tests' `__stryker__`; Lit's development build, which the source imports,
// warns once that it is one: told it already has.
const SOURCE_PRELUDE = `<script>globalThis.__stryker__ = parent.__stryker__; globalThis.litIssuedWarnings = new Set(['dev-mode']);</script>`;

/** The tag that loads the source modules, in a frame the mutation tests reach (`__stryker__`). */
export const SOURCE_MODULES = `${SOURCE_PRELUDE}
  <script type="module" src="/src/bundle.ts"></script>`;

/**
 * The source as one classic script (the test server bundles it): in <head>, it defines the
 * elements while the page is still parsed, as the script tag's build does, which module scripts,
 * deferred, never do.
 */
export const SOURCE_SCRIPT = `${SOURCE_PRELUDE}
  <script src="/source-script.js"></script>`;

/** Where the page that `script` takes over is served: prerendered by the same code. */
const prerendered = (path: string, script: string) =>
  `/${script === SOURCE_MODULES || script === SOURCE_SCRIPT ? 'prerendered-source' : 'prerendered'}/${path}`;

/**
 * Opens the prerendered clinic page with `script` (the library's, or the source modules) in
 * <head> or at the end of <body>, and checks that it takes the page over: the nodes the visitor
 * saw (noted by a script of the page's, before the library's runs) stay, the JSON-LD stays,
 * nothing is said in the console, and the entries work (Enter opens the clinic's question; the
 * clinic's step, current, has its text in the panel).
 */
export async function takesOverClinicPage(script: string, placement: 'head' | 'end of body'): Promise<void> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 400px; block-size: 800px; border: 0';
  try {
    const html = await (await fetch(prerendered(CLINIC_PAGE, script))).text();
    const record = `<script>
        window.messages = [];
        for (const level of ['error', 'warn']) {
          const original = console[level].bind(console);
          console[level] = (...args) => (messages.push(level + ': ' + args.join(' ')), original(...args));
        }
      </script>`;
    // Run by the parser at the end of <body>: before a script in <head> takes the page over (at
    // DOMContentLoaded), and before the one after it.
    const keep = `<script>
        const root = (tag) => document.querySelector(tag).shadowRoot;
        window.before = [root('mn-faq-card').querySelector('#button-price'), root('mn-faq-card').querySelector('#panel-price slot'),
          root('mn-procedure-stepper').querySelector('.print li:last-child'), root('mn-benefits-accordion').querySelector('#button-comfort'),
          root('mn-article').querySelector('slot[name="intro"]')];
        window.jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => [s, s.textContent]);
        window.stepIn = document.querySelector('mn-step').assignedSlot?.closest('.print, .panel')?.className;
      </script>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = html
      .replace('<head>', `<head>${record}${placement === 'head' ? script : ''}`)
      .replace('</body>', `${keep}${placement === 'head' ? '' : script}</body>`);
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow as unknown as Window & {
      before: Element[];
      stepIn?: string;
      jsonLd: [Element, string][];
      messages: string[];
      customElements: CustomElementRegistry;
      document: Document;
    };
    await page.customElements.whenDefined('mn-faq-card');
    const tags = ['mn-faq-card', 'mn-procedure-stepper', 'mn-benefits-accordion', 'mn-article'];
    const els = tags.map((tag) => page.document.querySelector(tag) as LitElement);
    for (const el of els) await el.updateComplete;
    const [faq, stepper, accordion, article] = els.map((el) => el.shadowRoot!);
    const now = [
      faq.querySelector('#button-price'),
      faq.querySelector('#panel-price slot'),
      stepper.querySelector('.print li:last-child'),
      accordion.querySelector('#button-comfort'),
      article.querySelector('slot[name="intro"]'),
    ];
    now.forEach((node, i) => expect(node !== null && node === page.before[i], `node ${i}`).to.equal(true));
    // As served, the clinic's current step was in the checklist: what shows without JavaScript, and prints.
    expect(page.stepIn).to.equal('print');
    const jsonLd = [...page.document.querySelectorAll('script[type="application/ld+json"]')];
    expect(jsonLd.map((s, i) => s === page.jsonLd[i][0] && s.textContent === page.jsonLd[i][1])).to.deep.equal([
      true,
      true,
    ]);
    expect(page.messages).to.deep.equal([]);
    // Working: Enter opens the clinic's question; the stepper reaches its step.
    (now[0] as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await els[0].updateComplete;
    expect(page.document.querySelector('mn-faq-item')!.checkVisibility()).to.equal(true);
    // The clinic's step is the current one: its text, in the checklist as served, is now in the panel.
    await els[1].updateComplete;
    expect(text(stepper.querySelector('[part="title"]'))).to.equal('Numbing cream');
    const step = page.document.querySelector('mn-step')!;
    expect(step.checkVisibility()).to.equal(true);
    expect((stepper.querySelector('[part="panel"] slot') as HTMLSlotElement).assignedElements()).to.deep.equal([step]);
    (els[1] as LitElement & { goTo(id: string): void }).goTo('consultation');
    await els[1].updateComplete;
    expect(step.checkVisibility()).to.equal(false);
    expect(page.messages).to.deep.equal([]);
  } finally {
    frame.remove();
  }
}

/**
 * Opens the prerendered page of a stepper whose first step is the clinic's, with `script` at the
 * end of <body>, and checks that the step's text, served in the checklist, is in the panel once
 * the stepper is taken over: nothing else asks the stepper to render again (no `active-step` to
 * write back), so the stepper must see to it itself.
 */
export async function takesOverFirstClinicStep(script: string): Promise<void> {
  const html = await (await fetch(prerendered('test/pages/clinic-step-first.html', script))).text();
  const frame = document.createElement('iframe');
  try {
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = html.replace(
      '</body>',
      `<script>window.checklist = document.querySelector('mn-procedure-stepper').shadowRoot.querySelector('.print');</script>${script}</body>`,
    );
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow as unknown as Window & {
      checklist: Element;
      customElements: CustomElementRegistry;
    };
    await page.customElements.whenDefined('mn-procedure-stepper');
    const stepper = page.document.querySelector('mn-procedure-stepper') as LitElement;
    while (!(await stepper.updateComplete));
    const root = stepper.shadowRoot!;
    // Taken over, not rendered afresh: the checklist the visitor saw is the same node.
    expect(root.querySelector('.print') === page.checklist).to.equal(true);
    expect(text(root.querySelector('[part="title"]'))).to.equal('Numbing cream');
    const step = page.document.querySelector('mn-step')!;
    expect((root.querySelector('[part="panel"] slot') as HTMLSlotElement | null)?.assignedElements()).to.deep.equal([
      step,
    ]);
    expect(step.checkVisibility()).to.equal(true);
  } finally {
    frame.remove();
  }
}

/** One <mn-article> holding the clinic's intro, question, step, point and closing note, with the page's footer below it. */
export const ARTICLE_PAGE = 'test/pages/article-clinic.html';

/**
 * Opens the article page with `script` at `placement`, as written or prerendered, and checks what
 * its visitor gets: nothing on the page moves (no layout shift, the footer included), the clinic's
 * entries are in the article's FAQ card, accordion and stepper and in its one JSON-LD block, a
 * prerendered page is taken over in place (the nodes the visitor saw stay), nothing is said in
 * the console, and the clinic's question opens with Enter.
 */
export async function articleWithEntries(
  script: string,
  placement: 'head' | 'end of body',
  served: 'as written' | 'prerendered',
): Promise<void> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 400px; block-size: 800px; border: 0';
  try {
    const url = served === 'prerendered' ? prerendered(ARTICLE_PAGE, script) : `/plain/${ARTICLE_PAGE}`;
    const html = await (await fetch(url)).text();
    const record = `<script>
        window.messages = [];
        window.shifts = 0;
        for (const level of ['error', 'warn']) {
          const original = console[level].bind(console);
          console[level] = (...args) => (messages.push(level + ': ' + args.join(' ')), original(...args));
        }
        if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
          new PerformanceObserver((list) => list.getEntries().forEach((e) => (shifts += e.value))).observe({ type: 'layout-shift', buffered: true });
      </script>`;
    // Run by the parser right after the article, before a script at the end takes it over.
    const keep = `<script>
        {
          const root = document.querySelector('mn-article').shadowRoot;
          const inner = (tag) => root?.querySelector(tag)?.shadowRoot;
          window.before = [inner('mn-faq-card')?.querySelector('#button-price'), inner('mn-procedure-stepper')?.querySelector('.print li:last-child'),
            inner('mn-benefits-accordion')?.querySelector('#button-comfort'), root?.querySelector('slot[name="intro"]')];
          window.jsonLd = document.querySelector('mn-article > script[type="application/ld+json"]');
        }
      </script>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = html
      .replace('<head>', `<head>${record}${placement === 'head' ? script : ''}`)
      .replace('</main>', `</main>${keep}`)
      .replace('</body>', `${placement === 'head' ? '' : script}</body>`);
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow as unknown as Window & {
      before: (Element | undefined)[];
      jsonLd: Element | null;
      messages: string[];
      shifts: number;
      customElements: CustomElementRegistry;
      document: Document;
    };
    await page.customElements.whenDefined('mn-article');
    const article = page.document.querySelector('mn-article') as LitElement;
    await article.updateComplete;
    const inner = (tag: string) => article.shadowRoot!.querySelector(tag) as LitElement;
    const [card, stepper, accordion] = ['mn-faq-card', 'mn-procedure-stepper', 'mn-benefits-accordion'].map(inner);
    for (const el of [card, stepper, accordion]) await el.updateComplete;
    // Two frames, for any shift the last render caused to be reported.
    await new Promise((done) => page.requestAnimationFrame(() => page.requestAnimationFrame(done)));
    const now = [
      card.shadowRoot!.querySelector('#button-price'),
      stepper.shadowRoot!.querySelector('.print li:last-child'),
      accordion.shadowRoot!.querySelector('#button-comfort'),
      article.shadowRoot!.querySelector('slot[name="intro"]'),
    ];
    expect(now.map((node) => node !== null)).to.deep.equal([true, true, true, true]);
    if (served === 'prerendered') now.forEach((node, i) => expect(node === page.before[i], `node ${i}`).to.equal(true));
    expect(page.shifts).to.equal(0);
    expect(page.messages).to.deep.equal([]);
    const blocks = page.document.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks.length).to.equal(1);
    if (served === 'prerendered') expect(blocks[0] === page.jsonLd).to.equal(true);
    const [webPage, faq] = JSON.parse(blocks[0].textContent!)['@graph'];
    expect(faq.mainEntity.at(-1).name).to.equal('How much does a session cost?');
    expect(webPage.about.howPerformed).to.match(/Numbing cream: We apply numbing cream for comfort\.$/);
    expect(text(now[2])).to.equal('Numbing cream for comfort');
    (now[0] as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(page.document.querySelector('mn-faq-item')!.checkVisibility()).to.equal(true);
    expect(page.document.getElementById('below')!.getBoundingClientRect().top).to.be.greaterThan(
      article.getBoundingClientRect().bottom - 1,
    );
    expect(page.messages).to.deep.equal([]);
  } finally {
    frame.remove();
  }
}
