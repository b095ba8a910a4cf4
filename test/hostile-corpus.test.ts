import { expect } from '@open-wc/testing';
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { bodyAsWritten, cardOf, closePages, named, openPage as open } from './hostile-page.js';

// A corpus of hostile entries, one shape each (test/pages/hostile-corpus.html): the shapes of
// issue 29 that in-place sanitising can stop, and the classic mXSS shapes of DOMPurify's bypass
// reports (namespace confusion through <svg>, <math>, <mtext>, <mglyph>, <foreignObject>,
// <desc> and <annotation-xml>, nested forms, and a tag hidden in the text of <noscript>, <xmp>,
// <noembed>, <noframes>, <title>, <textarea>, <style>, <iframe> or a comment). Each handler
// pushes its name to window.ran. Placements where docs/security.md says the library stops them:
// the source's script in <head> on the page as written, the page as the source's prerenderer
// writes it with the script in <head> or at the end of <body>, and the markup set with
// innerHTML on a card added to a page with the library. What it cannot stop (an inner
// <svg onload> in Chromium, a <body onload> between entries, all of it with the script at the
// end of an unrendered page) is in test/content-security-policy.test.ts, under a policy.

const PAGE = 'test/pages/hostile-corpus.html';
const IDS = [
  'img',
  'img-upper',
  'img-unquoted',
  'object',
  'applet',
  'portal',
  'link',
  'style',
  'details',
  'video',
  'audio',
  'svg-image',
  'script',
  'srcdoc',
  'frame-js',
  'embed-js',
  'declarative',
  'clobber',
  'template',
  'mxss-svg-style',
  'mxss-mglyph',
  'mxss-form',
  'mxss-noscript',
  'mxss-svg-p',
  'xmp',
  'comment',
  'svg-style',
  'math-style',
  'foreign-object',
  'svg-desc',
  'annotation-xml',
  'mglyph-textarea',
  'table-svg-style',
  'noembed',
  'noframes',
  'title',
  'textarea',
  'style-title',
  'iframe-title',
  'select',
];

/** Entries that leave an element open (test/pages/hostile-unclosed.html), in their order. */
const UNCLOSED = [
  'object',
  'select',
  'select-img',
  'table',
  'b',
  'div',
  'template',
  'form',
  'foreign-div',
  'foreign-p',
  'math-table',
  'textarea',
  'style',
  'plaintext',
];

describe('a page whose entries hold a corpus of hostile shapes', () => {
  afterEach(closePages);

  for (const [served, library] of [
    ['plain', 'head'],
    ['prerendered-source', 'head'],
    ['prerendered-source', 'end'],
  ]) {
    const placement = `${library === 'head' ? 'in <head>' : 'at the end of <body>'}, ${served === 'plain' ? 'as written' : 'prerendered'}`;
    it(`runs none of them with the library ${placement}; the page around the card is as written, and every entry is in it`, async () => {
      const page = await open(`/${served}/${PAGE}?library=${library}`);
      const card = await cardOf(page);
      expect(page.ran).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
      // No attribute handed to <html> or <body>.
      const { documentElement, head, body } = page.document;
      expect([...documentElement.attributes].map((a) => a.name)).to.deep.equal(['lang']);
      expect([...body.attributes].map((a) => a.name)).to.deep.equal([]);
      // As written, the browser takes the rest of the page into the nested-form entry: its first
      // <form>, forgotten by the parser, ends only with the page (docs/security.md). Prerendered,
      // the page around the card is as written, and the page's own script after it has run.
      if (served === 'plain') return;
      expect([...head.children].map(named)).to.deep.equal([
        'meta',
        'title',
        'script record.js',
        ...(library === 'head' ? ['script /source-script.js'] : []),
      ]);
      expect([...body.children].map(named)).to.deep.equal(bodyAsWritten(library));
      expect(page.pageScriptRan).to.equal(true);
      // Every entry stays the card's, slotted by its id: none took the ones after it.
      const entries = [...card.children].filter((el) => el.localName === 'mn-faq-item');
      expect(entries.map((el) => el.getAttribute('slot'))).to.deep.equal(IDS);
      expect([...card.children].filter((el) => el.localName !== 'mn-faq-item').map(named)).to.deep.equal([]);
    });
  }

  it('runs none of them inserted at run time with innerHTML, into a card on a page with the library', async () => {
    const source = await (await fetch(`/plain/${PAGE}`)).text();
    const markup = source.slice(
      source.indexOf('>', source.indexOf('<mn-faq-card')) + 1,
      source.indexOf('</mn-faq-card>'),
    );
    const page = await open(`/plain/${PAGE}?library=head`);
    await cardOf(page);
    const card = page.document.createElement('mn-faq-card') as HTMLElement & { updateComplete: Promise<boolean> };
    card.innerHTML = markup;
    // What fires on its own once parsed: every image with a source fails to load, the <details> opens.
    const fired = [
      ...[...card.querySelectorAll('img[src]')].map(
        (img) => new Promise((done) => img.addEventListener('error', done)),
      ),
      ...[...card.querySelectorAll('details')].map((el) => new Promise((done) => el.addEventListener('toggle', done))),
    ];
    expect([...card.querySelectorAll('img[src]')].map((img) => img.closest('mn-faq-item')!.id)).to.deep.equal([
      'img',
      'img-upper',
      'img-unquoted',
      'object',
      'applet',
      'portal',
      'mxss-svg-style',
      'mxss-noscript',
      'mxss-svg-p',
      'xmp',
      'comment',
      'svg-style',
      'math-style',
      'foreign-object',
      'svg-desc',
      'mglyph-textarea',
      'table-svg-style',
      'noembed',
      'noframes',
      'title',
      'textarea',
      'style-title',
      'iframe-title',
      'select',
    ]);
    page.document.body.append(card);
    await card.updateComplete;
    await Promise.all(fired);
    expect(page.ran).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
    // As on the page as written, the entries after the nested forms are taken into them.
    const taken = IDS.indexOf('mxss-form') + 1;
    expect([...card.children].map((el) => el.getAttribute('slot'))).to.deep.equal(IDS.slice(0, taken));
  });

  // The renderer sanitises the entries as parse5 reads them: the browser must read the served
  // HTML the same, or what it runs is not what was sanitised (parse5 drops the tags in a
  // <select> that browsers now keep, which is why such a <select> is taken out).
  for (const file of [PAGE, 'test/pages/hostile-unclosed.html']) {
    it(`reads each entry of ${file.slice('test/pages/'.length)}, as served prerendered, as the renderer's parser reads it`, async () => {
      const served = await (await fetch(`/prerendered-source/${file}`)).text();
      type Node = DefaultTreeAdapterMap['node'];
      type Element = DefaultTreeAdapterMap['element'];
      const parsed: Element[] = [];
      for (const stack: Node[] = [parse(served)]; stack.length;) {
        const node = stack.pop()!;
        if ('tagName' in node && node.tagName === 'mn-faq-item') parsed.push(node);
        if (!('childNodes' in node)) continue;
        // A declarative shadow root (the renderer's, of a library element in an entry) is a
        // shadow root in the browser, not a child.
        node.childNodes = node.childNodes.filter(
          (child) =>
            !(
              'tagName' in child &&
              child.tagName === 'template' &&
              child.attrs.some((a) => a.name === 'shadowrootmode')
            ),
        );
        stack.push(...[...node.childNodes].reverse());
      }
      const page = await open(`/prerendered-source/${file}`);
      const live = [...page.document.querySelectorAll('mn-faq-item')];
      expect(live.map((el) => [el.id, el.innerHTML])).to.deep.equal(
        parsed.map((el) => [el.attrs.find((a) => a.name === 'id')?.value, serialize(el)]),
      );
    });
  }

  // As written, each of these takes the rest of the page into its entry (or makes a <b> again
  // after it) in the browser; prerendered, each ends where its entry ends.
  for (const library of ['head', 'end']) {
    it(`prerendered with the library ${library === 'head' ? 'in <head>' : 'at the end of <body>'}, runs nothing from entries that leave an element open, and keeps the page after them`, async () => {
      const page = await open(`/prerendered-source/test/pages/hostile-unclosed.html?library=${library}`);
      const card = await cardOf(page);
      expect(page.ran).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
      expect([...page.document.body.children].map(named)).to.deep.equal(bodyAsWritten(library));
      expect(page.pageScriptRan).to.equal(true);
      expect([...card.children].map((el) => el.getAttribute('slot'))).to.deep.equal(UNCLOSED);
      // The <b> ended with its entry: the text after the card is not bold.
      expect(page.getComputedStyle(page.document.getElementById('after')!).fontWeight).to.equal('400');
    });
  }
});
