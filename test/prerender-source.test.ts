import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import {
  articleWithEntries,
  SOURCE_MODULES,
  SOURCE_SCRIPT,
  takesOverClinicPage,
  takesOverFirstClinicStep,
} from './clinic-page.js';
import { text } from './helpers.js';

const DISCLAIMER =
  "Individual experiences and results may vary, and it's essential to discuss any specific concerns or expectations with a qualified professional before undergoing micro-needling. They can provide personalized guidance and determine if micro-needling is suitable for your unique skin condition.";

const ARABIC_DISCLAIMER =
  'قد تختلف التجارب والنتائج من شخص لآخر، ومن الضروري مناقشة أي مخاوف أو توقعات محددة مع مختص مؤهَّل قبل الخضوع للوخز بالإبر الدقيقة. ويمكن لهذا المختص تقديم إرشادات مخصّصة لك وتحديد ما إذا كان الوخز بالإبر الدقيقة مناسبًا لحالة بشرتك الخاصة.';

/** A card of the page's, as a script of the page's noted it while the page was parsed. */
interface Card {
  el: LitElement;
  served: Node;
  connected: number;
  disconnected: number;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

interface SourcePage extends Window {
  /** Each `tag` element's shadow root's first node and first note or button, as served. */
  served: [Node, Element][];
  messages: string[];
}

/**
 * Opens `path` as src/ssr prerenders it (or the build's, under /prerendered/), changed by `edit` (as a site may change a page it
 * prerendered), with the source modules at `placement`, and resolves once each `tag` has
 * rendered. A script of the page's notes what the visitor saw before the modules run.
 */
async function openSource(
  path: string,
  tag: string,
  edit: (html: string) => string,
  placement: 'head' | 'end of body' | 'classic script in head' = 'end of body',
  prerenderer = '/prerendered-source/',
): Promise<{ page: SourcePage; els: LitElement[] }> {
  const html = edit(await (await fetch(`${prerenderer}${path}`)).text());
  const record = `<script>
      window.messages = [];
      for (const level of ['error', 'warn']) {
        const original = console[level].bind(console);
        console[level] = (...args) => (messages.push(level + ': ' + args.join(' ')), original(...args));
      }
      addEventListener('error', (e) => messages.push('error: ' + e.message));
    </script>`;
  const keep = `<script>
      window.served = [...document.querySelectorAll('${tag}')].map((el) => [el.shadowRoot.firstChild, el.shadowRoot.querySelector('[role="note"], button')]);
    </script>`;
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const script = placement === 'classic script in head' ? SOURCE_SCRIPT : SOURCE_MODULES;
  frame.srcdoc = html
    .replace('<head>', `<head>${record}${placement === 'end of body' ? '' : script}`)
    .replace('</body>', `${keep}${placement === 'end of body' ? script : ''}</body>`);
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as unknown as SourcePage;
  await page.customElements.whenDefined(tag);
  const els = [...page.document.querySelectorAll<LitElement>(tag)];
  for (const el of els) while (!(await el.updateComplete));
  return { page, els };
}

/** Whether each element kept the nodes it was served with (taken over) rather than rendering afresh. */
const kept = (page: SourcePage, els: LitElement[]) =>
  els.map((el, i) => {
    const root = el.shadowRoot!;
    return root.firstChild === page.served[i][0] && root.querySelector('[role="note"], button') === page.served[i][1];
  });

// The clinic's pages prerendered by src/ssr and taken over by the source modules, rather than
// by dist/: what `npm run mutate` instruments, so that its groups judge hydration (the nodes
// kept, the stepper's clinic step moving from the checklist to the panel) on the source.
describe('a prerendered page with the clinic’s own entries, taken over by the source modules', () => {
  it('keeps the same nodes, and the entries work', () => takesOverClinicPage(SOURCE_MODULES, 'end of body'));

  it('keeps the same nodes with the modules in <head>, run once the page is parsed', () =>
    takesOverClinicPage(SOURCE_MODULES, 'head'));

  it('keeps the same nodes with the source as a classic script in <head>, which waits for the page to be parsed', () =>
    takesOverClinicPage(SOURCE_SCRIPT, 'head'));

  it('moves the text of a first step of the clinic’s from the checklist to the panel', () =>
    takesOverFirstClinicStep(SOURCE_MODULES));

  it('takes over an article holding the clinic’s entries in place, with the source modules or a classic script in <head>', async () => {
    await articleWithEntries(SOURCE_MODULES, 'end of body', 'prerendered');
    await articleWithEntries(SOURCE_SCRIPT, 'head', 'prerendered');
  });

  it('renders an article holding the clinic’s entries, as written, with the source as a classic script in <head>: nothing moves', () =>
    articleWithEntries(SOURCE_SCRIPT, 'head', 'as written'));
});

// A page prerendered again (a site's build that renders its output twice) as a crawler reads it.
describe('a page prerendered before, prerendered again by the source', () => {
  it('replaces the JSON-LD block an element writes, and keeps the clinic’s own', async () => {
    const html = await (await fetch('/prerendered-source/test/pages/prerendered-json-ld.html')).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const blocks = (tag: string) =>
      [...page.querySelector(tag)!.querySelectorAll(':scope > script[type="application/ld+json"]')].map((script) =>
        JSON.parse(script.textContent!),
      );
    const [faq, ...more] = blocks('mn-faq-card');
    expect(more).to.deep.equal([]);
    expect(faq.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal([
      'How much downtime is there?',
      'How many sessions will I need?',
    ]);
    expect(blocks('mn-disclaimer')).to.deep.equal([
      { '@context': 'https://schema.org', '@type': 'MedicalClinic', name: 'Our clinic' },
    ]);
  });
});

describe('a prerendered page taken over by the source modules', () => {
  const path = 'test/pages/mixed-languages.html';

  it('keeps an English card in an Arabic page left to right, and the Arabic one, on the same nodes', async () => {
    const { page, els } = await openSource(path, 'mn-disclaimer', (html) => html);
    expect(kept(page, els)).to.deep.equal([true, true]);
    const notes = els.map((el) => el.shadowRoot!.querySelector('[role="note"]')!);
    expect(notes.map((note) => [note.getAttribute('lang'), note.getAttribute('dir')])).to.deep.equal([
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ]);
    // Each in its own language, as the server rendered it (with the Arabic translation loaded).
    expect(notes.map(text)).to.deep.equal([DISCLAIMER, ARABIC_DISCLAIMER]);
    expect(page.messages).to.deep.equal([]);
  });

  it('keeps both cards with the source as a classic script in <head>, which waits for the page to be parsed', async () => {
    const { page, els } = await openSource(path, 'mn-disclaimer', (html) => html, 'classic script in head');
    expect(kept(page, els)).to.deep.equal([true, true]);
    expect(els.map((el) => text(el.shadowRoot!.querySelector('[role="note"]')))).to.deep.equal([
      DISCLAIMER,
      ARABIC_DISCLAIMER,
    ]);
    expect(page.messages).to.deep.equal([]);
  });

  it('renders afresh, silently, in the language the page now has, when it is not the one prerendered', async () => {
    const { page, els } = await openSource(path, 'mn-disclaimer', (html) =>
      html.replace('<html lang="ar" dir="rtl">', '<html lang="en">'),
    );
    expect(kept(page, els)).to.deep.equal([false, false]);
    expect(els.map((el) => text(el.shadowRoot!.querySelector('[role="note"]')))).to.deep.equal([
      DISCLAIMER,
      DISCLAIMER,
    ]);
    // No state of the server's left: rendered by the browser, as an element never prerendered.
    expect(els.map((el) => el.shadowRoot!.firstChild!.textContent!.startsWith('mn-state'))).to.deep.equal([
      false,
      false,
    ]);
    expect(page.messages).to.deep.equal([]);
  });

  it('renders afresh when the page was prerendered by another version of the library', async () => {
    const { page, els } = await openSource(path, 'mn-disclaimer', (html) =>
      html.replace(/<!--mn-state [^\n]*\n/g, '<!--mn-state 0.0.1\n'),
    );
    expect(kept(page, els)).to.deep.equal([false, false]);
    expect(page.messages).to.deep.equal([]);
  });

  it('renders afresh when an attribute changed before the modules arrived', async () => {
    const { page, els } = await openSource('test/pages/clinic-step-first.html', 'mn-procedure-stepper', (html) =>
      html.replace('heading-level="2"', 'heading-level="3"'),
    );
    expect(kept(page, els)).to.deep.equal([false]);
    expect(text(els[0].shadowRoot!.querySelector('h3[part="title"]'))).to.equal('Numbing cream');
    expect(page.messages).to.deep.equal([]);
  });

  it('renders afresh when an attribute bound in the same template changed (the stepper laid out vertically)', async () => {
    // The same markup with another value: only the state tells the server's render from this one.
    const { page, els } = await openSource('test/pages/clinic-step-first.html', 'mn-procedure-stepper', (html) =>
      html.replace(
        '<mn-procedure-stepper heading-level="2"',
        '<mn-procedure-stepper orientation="vertical" heading-level="2"',
      ),
    );
    expect(kept(page, els)).to.deep.equal([false]);
    expect(els[0].shadowRoot!.querySelector('[part="list"]')!.className).to.equal('list vertical');
    expect(page.messages).to.deep.equal([]);
  });

  it('takes over, once, a card a site’s script moved while the page was parsed, and waits for one it removed', async () => {
    // The page's own script, after the cards: counts each card's connections, moves the English
    // card after the Arabic one, and takes the Arabic card out of the page.
    const site = `<script>
        window.cards = [...document.querySelectorAll('mn-disclaimer')].map((el) => {
          const card = { el, served: el.shadowRoot.firstChild, connected: 0, disconnected: 0 };
          el.addController({ hostConnected: () => card.connected++, hostDisconnected: () => card.disconnected++ });
          return card;
        });
        cards[0].el.parentNode.append(cards[0].el);
        cards[1].el.remove();
      </script>`;
    const { page, els } = await openSource(
      path,
      'mn-disclaimer',
      (html) => html.replace('</main>', `</main>${site}`),
      'classic script in head',
    );
    const [english, arabic] = (page as SourcePage & { cards: Card[] }).cards;
    const counts = () => [english, arabic].map(({ connected, disconnected }) => [connected, disconnected]);
    expect(els).to.have.ordered.members([english.el]);
    expect(kept(page, els)).to.deep.equal([true]);
    expect(text(english.el.shadowRoot!.querySelector('[role="note"]'))).to.equal(DISCLAIMER);
    // Moved while the page was parsed: connected once, when it was; the removed card not at all.
    expect(counts()).to.deep.equal([
      [1, 0],
      [0, 0],
    ]);

    // Put back once the page is parsed, the removed card is taken over as it was served.
    page.document.querySelector('main')!.append(arabic.el);
    while (!(await arabic.el.updateComplete));
    expect(arabic.el.shadowRoot!.firstChild).to.equal(arabic.served);
    expect(text(arabic.el.shadowRoot!.querySelector('[role="note"]'))).to.equal(ARABIC_DISCLAIMER);
    // And the moved card comes and goes as any element once the page is parsed.
    english.el.remove();
    page.document.querySelector('main')!.prepend(english.el);
    expect(counts()).to.deep.equal([
      [2, 1],
      [1, 0],
    ]);
    expect(english.el.shadowRoot!.firstChild).to.equal(page.served[0][0]);
    expect(page.messages).to.deep.equal([]);
  });

  it('renders afresh, with the text it now has, when its shadow root came empty (a site’s HTML minifier)', async () => {
    const { page, els } = await openSource(path, 'mn-disclaimer', (html) =>
      html.replace(
        /<template shadowrootmode="open">[\s\S]*?<\/template>/,
        '<template shadowrootmode="open"></template>',
      ),
    );
    expect(kept(page, els)).to.deep.equal([false, true]);
    expect(text(els[0].shadowRoot!.querySelector('[role="note"]'))).to.equal(DISCLAIMER);
    expect(page.messages).to.deep.equal([]);
  });

  it('renders afresh, silently, a page the build prerendered, whose compacted templates the source does not hydrate', async () => {
    const { page, els } = await openSource(path, 'mn-disclaimer', (html) => html, 'end of body', '/prerendered/');
    expect(kept(page, els)).to.deep.equal([false, false]);
    expect(els.map((el) => text(el.shadowRoot!.querySelector('[role="note"] p')))).to.deep.equal([
      DISCLAIMER,
      ARABIC_DISCLAIMER,
    ]);
    expect(page.messages).to.deep.equal([]);
  });

  describe('with the clinic’s entries', () => {
    const state = 'test/pages/clinic-state.html';
    const title = (el: LitElement) => text(el.shadowRoot!.querySelector('[part="title"]'));
    const questions = (el: LitElement) => [...el.shadowRoot!.querySelectorAll('button')].map(text);

    it('keeps a step whose label holds -- and -->, which the state in a comment must escape', async () => {
      const { page, els } = await openSource(state, 'mn-procedure-stepper', (html) => html);
      expect(kept(page, els)).to.deep.equal([true]);
      expect(title(els[0])).to.equal('Numbing cream -- 20-30 min --> then rest');
      expect(page.messages).to.deep.equal([]);
    });

    // Each label changed before the modules arrived: the state must tell it from the served one.
    for (const [what, from, to, now] of [
      [
        'the clinic renamed its step',
        'label="Numbing cream -- 20-30 min --> then rest"',
        'label="Numbing gel"',
        'Numbing gel',
      ],
      [
        'a label changed by a - to a %, which the state tells apart',
        'label="Numbing cream -- 20-30 min',
        'label="Numbing cream -- 20%30 min',
        'Numbing cream -- 20%30 min --> then rest',
      ],
      // - is %2d escaped: the state escapes % too, so that a clinic's own %2d is not read as a -.
      [
        'a - changed to its escape, which the state tells apart',
        'label="Numbing cream -- 20-30 min',
        'label="Numbing cream -- 20%2d30 min',
        'Numbing cream -- 20%2d30 min --> then rest',
      ],
    ]) {
      it(`renders afresh when ${what}`, async () => {
        const { page, els } = await openSource(state, 'mn-procedure-stepper', (html) => html.replace(from, to));
        expect(kept(page, els)).to.deep.equal([false]);
        expect(title(els[0])).to.equal(now);
      });
    }

    it('renders afresh when two entries changed so that their words run together alike', async () => {
      // "price", "How much?", "time", "How long?" and "price", "How much?t", "ime", "How long?"
      // read the same run together: the state keeps each apart.
      const { page, els } = await openSource(state, 'mn-faq-card', (html) =>
        html.replace('question="How much?"', 'question="How much?t"').replace('id="time"', 'id="ime"'),
      );
      expect(kept(page, els)).to.deep.equal([false]);
      expect(questions(els[0]).slice(-2)).to.deep.equal(['How much?t', 'How long?']);
    });
  });
});
