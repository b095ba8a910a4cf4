// The React wrappers (`microneedling-elements/react`) rendered on a server, as Next.js renders a
// page: the HTML holds each element's declarative shadow root and JSON-LD, read back by a parser
// that runs no script (as a crawler reads a page). And what a browser's bundle gets instead: none
// of the server renderer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, describe, it } from 'node:test';
import { build } from 'esbuild';
import { parse } from 'parse5';
import * as React from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { plain, readXliff } from '../../scripts/xliff.mjs';
import { ROOT } from './fixture.mjs';

const { MnArticle, MnFaqCard } = await import('microneedling-elements/react');
const text = (locale) => {
  const { units } = readXliff(join(ROOT, 'locales/es.xlf'));
  return new Map(units.map((u) => [u.id, plain(locale === 'en' ? u.source : u.target)]));
};

/** The HTML React's static renderer writes for `element` (it waits for what suspends). */
async function serverHtml(element) {
  const { prelude } = await prerenderToNodeStream(element);
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html;
}

/** The page as a parser reads it: each library element with its attributes, declarative shadow root and JSON-LD. */
function crawl(html) {
  const found = [];
  let words = '';
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName?.startsWith('mn-')) {
        const root = child.childNodes.find(
          (c) => c.tagName === 'template' && c.attrs.some((a) => a.name === 'shadowrootmode' && a.value === 'open'),
        );
        const scripts = child.childNodes.filter(
          (c) => c.tagName === 'script' && c.attrs.some((a) => a.value === 'application/ld+json'),
        );
        found.push({
          tag: child.tagName,
          attrs: Object.fromEntries(child.attrs.map((a) => [a.name, a.value])),
          state: root?.content.childNodes[0]?.data?.split('\n').slice(0, 2).join(' '),
          jsonLd: scripts.map((s) => JSON.parse(s.childNodes[0].value)),
        });
      }
      if (child.nodeName === '#text' && child.parentNode.tagName !== 'script') words += child.value;
      walk(child.tagName === 'template' ? child.content : child);
    }
  };
  walk(parse(html));
  return { elements: found, words: words.replace(/\s+/g, ' ') };
}

describe('React wrappers on a server', () => {
  it('write the element’s attributes, declarative shadow root and JSON-LD; event props stay out', async () => {
    const book = () => {};
    const { elements, words } = crawl(
      await serverHtml(
        React.createElement(MnArticle, {
          bookingUrl: '/book',
          structuredData: true,
          headingLevel: 3,
          className: 'clinic',
          onBook: book,
        }),
      ),
    );
    assert.deepEqual(elements[0].attrs, {
      'booking-url': '/book',
      'structured-data': '',
      'heading-level': '3',
      class: 'clinic',
      prerendered: '',
    });
    assert.equal(elements[0].state, 'mn-state 0.1.0 en');
    // Every element the article composes has its shadow root too, for a crawler and for hydration.
    assert.deepEqual(
      elements.map((e) => [e.tag, e.state]),
      [
        ['mn-article', 'mn-state 0.1.0 en'],
        ['mn-benefits-accordion', 'mn-state 0.1.0 en'],
        ['mn-procedure-stepper', 'mn-state 0.1.0 en'],
        ['mn-faq-card', 'mn-state 0.1.0 en'],
        ['mn-disclaimer', 'mn-state 0.1.0 en'],
      ],
    );
    assert.equal(elements[0].jsonLd.length, 1);
    assert.equal(elements[0].jsonLd[0]['@graph'][0].inLanguage, 'en');
    const en = text('en');
    for (const id of ['article.intro', 'benefit.scar-reduction.title', 'faq.sessions.question']) {
      assert.ok(words.includes(en.get(id).replace(/\s+/g, ' ')), `"${en.get(id)}" in the HTML`);
    }
  });

  it('render in the wrapper’s lang, waiting for its translation', async () => {
    const { elements, words } = crawl(
      await serverHtml(React.createElement(MnFaqCard, { lang: 'es', structuredData: true })),
    );
    assert.equal(elements[0].state, 'mn-state 0.1.0 es');
    assert.equal(elements[0].jsonLd[0].inLanguage, 'es');
    assert.ok(words.includes(text('es').get('faq.sessions.question')));
  });

  it('leave an element with the clinic’s own children to the browser', async () => {
    const { elements } = crawl(
      await serverHtml(
        React.createElement(
          MnFaqCard,
          { questions: 'price' },
          React.createElement('mn-faq-item', { id: 'price', question: 'How much is a session?' }, 'From 150 €.'),
        ),
      ),
    );
    assert.deepEqual(
      elements.map((e) => [e.tag, e.state]),
      [
        ['mn-faq-card', undefined],
        ['mn-faq-item', undefined],
      ],
    );
  });

  it('bad input: an unsupported lang gives one warning and English', async () => {
    const { console } = globalThis;
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message);
    try {
      const { elements } = crawl(await serverHtml(React.createElement(MnFaqCard, { lang: 'xx-invalid' })));
      assert.equal(elements[0].state, 'mn-state 0.1.0 en');
    } finally {
      console.warn = warn;
    }
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0],
      /^microneedling-elements: lang "xx-invalid" is not a supported locale \(en, .*\); following the page \(en\)\.$/,
    );
  });
});

describe('the server renderer with two copies of the library in one process', () => {
  // As Next.js loads it: server components and the server render of client components each
  // bundle their own copy. The copy that defines the tags first must not change what the other renders.
  const work = mkdtempSync(join(tmpdir(), 'mn-two-copies-'));
  after(() => rmSync(work, { recursive: true, force: true }));

  it('renders with its own copy: JSON-LD and language as asked', () => {
    cpSync(join(ROOT, 'dist'), join(work, 'dist'), { recursive: true });
    writeFileSync(join(work, 'package.json'), '{ "type": "module" }');
    symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
    const script = `
      await import(${JSON.stringify(join(work, 'dist/index.js'))});
      const { renderElement } = await import('microneedling-elements/ssr');
      console.log(await renderElement('<mn-faq-card structured-data></mn-faq-card>', { lang: 'es' }));`;
    const { stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(stderr, '');
    const [card] = crawl(stdout).elements;
    assert.equal(card.state, 'mn-state 0.1.0 es');
    assert.equal(card.jsonLd.length, 1);
    assert.equal(card.jsonLd[0].inLanguage, 'es');
  });
});

describe('React wrappers in a browser’s bundle', () => {
  it('hold none of the server renderer', async () => {
    const { outputFiles } = await build({
      stdin: { contents: "export * from 'microneedling-elements/react';", resolveDir: ROOT },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      external: ['react', '@lit/react', 'lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit/reactive-element*'],
      logLevel: 'silent',
    });
    const code = outputFiles[0].text;
    assert.match(code, /customElements/); // the elements are there…
    assert.doesNotMatch(code, /renderHost|parse5|LitElementRenderer|collectResultSync/); // …nor the renderer
  });
});
