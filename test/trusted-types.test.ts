import { expect } from '@open-wc/testing';
import type { MnFaqCard } from '../src/components/faq-card/faq-card.js';
import { text } from './helpers.js';

// The FAQ card's JSON-LD on a page whose Content-Security-Policy enforces Trusted Types, with the
// source itself (served by the test server, as the other tests import it) rather than dist/, so
// that mutation testing, which instruments src/ only, runs these tests against its mutants
// (test/embedding.test.ts checks the same pages through the builds). Each page is a frame of its
// own: a policy is created once per document, and Trusted Types are enforced per document.

/** What the frame's first script records, and the library it then loads. */
interface Frame extends Window {
  warnings: string[];
  errors: string[];
  trustedTypes?: unknown;
}

const frames: HTMLIFrameElement[] = [];

const WARNING =
  'microneedling-elements: the Content-Security-Policy does not allow the Trusted Types policy "microneedling-elements"; add it to trusted-types to get the structured data (JSON-LD).';

/**
 * A page with `csp` in a `<meta>` (none if empty) and one FAQ card with structured data, the
 * library loaded from src/. Under `npm run mutate` the frame runs the mutant the test page runs.
 * `withoutTrustedTypes` makes the page a browser that has no Trusted Types at all.
 */
async function open(csp: string, { withoutTrustedTypes = false } = {}): Promise<Frame> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    ${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}" />` : ''}
    <script>
      globalThis.__stryker__ = parent.__stryker__;
      ${withoutTrustedTypes ? `Object.defineProperty(window, 'trustedTypes', { value: undefined });` : ''}
      window.warnings = [];
      window.errors = [];
      console.warn = (...args) => {
        // Lit's own notice, which the test runner filters out of every page too.
        if (!String(args[0]).startsWith('Lit is in dev mode')) warnings.push(args.map(String).join(' '));
      };
      addEventListener('error', (event) => errors.push(event.message));
      addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    </script>
    <script type="module" src="/src/components/faq-card/define.ts"></script>
  </head>
  <body>
    <mn-faq-card structured-data questions="downtime sessions"></mn-faq-card>
  </body>
</html>`;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const page = frame.contentWindow as unknown as Frame;
  await page.customElements.whenDefined('mn-faq-card');
  await card(page).updateComplete;
  return page;
}

const card = (page: Frame) => page.document.querySelector<MnFaqCard>('mn-faq-card')!;
const blocks = (page: Frame) => [...page.document.querySelectorAll('script[type="application/ld+json"]')];
/** The names of the questions in the page's one JSON-LD block. */
const named = (page: Frame) => {
  expect(blocks(page).length).to.equal(1);
  const data = JSON.parse(blocks(page)[0].textContent!) as { '@type': string; mainEntity: { name: string }[] };
  expect(data['@type']).to.equal('FAQPage');
  return data.mainEntity.map((question) => question.name);
};
const shown = (page: Frame) => [...card(page).shadowRoot!.querySelectorAll('[part="button"]')].map((b) => text(b));

/** Shows other questions, so the card writes its JSON-LD a second time. */
async function change(page: Frame) {
  card(page).questions = 'who-performs';
  await card(page).updateComplete;
}

const csp = (names: string) => `require-trusted-types-for 'script'; trusted-types ${names}`;

describe("the FAQ card's JSON-LD under a Content-Security-Policy with Trusted Types (the source build)", () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('writes it through the "microneedling-elements" policy, created once: no warning, no error', async function () {
    const page = await open(csp('lit-html microneedling-elements'));
    if (!page.trustedTypes) this.skip();
    expect(named(page)).to.deep.equal(['How much downtime is there?', 'How many sessions will I need?']);
    await change(page);
    expect(named(page)).to.deep.equal(['Who should perform micro-needling?']);
    expect([page.warnings, page.errors]).to.deep.equal([[], []]);
  });

  it('without the policy allowed: exactly one warning, no JSON-LD, the card intact, nothing thrown', async function () {
    const page = await open(csp('lit-html'));
    if (!page.trustedTypes) this.skip();
    expect(blocks(page)).to.deep.equal([]);
    expect(shown(page)).to.deep.equal(['How much downtime is there?', 'How many sessions will I need?']);
    await change(page);
    expect(blocks(page)).to.deep.equal([]);
    expect(shown(page)).to.deep.equal(['Who should perform micro-needling?']);
    expect(page.warnings).to.deep.equal([WARNING]);
    expect(page.errors).to.deep.equal([]);
  });

  it('in a browser without Trusted Types: the JSON-LD as plain text, no warning', async () => {
    const page = await open('', { withoutTrustedTypes: true });
    expect(page.trustedTypes).to.equal(undefined);
    expect(named(page)).to.deep.equal(['How much downtime is there?', 'How many sessions will I need?']);
    await change(page);
    expect(named(page)).to.deep.equal(['Who should perform micro-needling?']);
    expect([page.warnings, page.errors]).to.deep.equal([[], []]);
  });
});
