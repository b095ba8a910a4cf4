// The prerenderer as a developer meets it: `npx microneedling-elements render` and the
// `microneedling-elements/ssr` API, on pages with every element, every attribute and each
// language, read back by a program that runs no script (parse5, as a crawler parses HTML).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { Buffer } from 'node:buffer';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { after, describe, it } from 'node:test';
import { parse, parseFragment } from 'parse5';
import { offeredLocales, plain, readXliff } from '../../scripts/xliff.mjs';
import { config, ROOT } from './fixture.mjs';

const { renderElement, renderPage, TAGS } = await import(join(ROOT, 'dist/ssr/index.js'));
const CLI = join(ROOT, 'dist/ssr/cli.js');
// The languages offered: an unfinished one is not built (scripts/xliff.mjs, offeredLocales()).
const LOCALES = [config.sourceLocale, ...offeredLocales(config, ROOT)];
const work = mkdtempSync(join(tmpdir(), 'mn-prerender-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The article's text in a locale, by message id: the XLIFF target (or, in English, the source). */
function messages(locale) {
  const file = locale === config.sourceLocale ? 'es' : locale;
  const { units } = readXliff(join(ROOT, `locales/${file}.xlf`));
  return new Map(units.map((u) => [u.id, plain(locale === config.sourceLocale ? u.source : u.target)]));
}
const collapse = (s) => s.replace(/\s+/g, ' ');
/** What the article shows as text (no placeholders): every benefit, step, question, answer and the caution. */
const ARTICLE_IDS = [...messages('en').keys()].filter(
  (id) =>
    /^(benefit|step|faq)\./.test(id) || ['article.what-is-it', 'article.intro', 'article.disclaimer'].includes(id),
);

const isElement = (node) => 'tagName' in node;
/** Every element of a parsed tree, template contents (declarative shadow roots) included. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? child.content : child);
  }
}
const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;
/** The text a reader without scripts gets: every text node outside <style> and <script>, spaces collapsed. */
function text(node) {
  let out = '';
  const walk = (n) => {
    for (const child of n.childNodes ?? []) {
      if (child.nodeName === '#text') out += ` ${child.value}`;
      else if (isElement(child) && !['style', 'script'].includes(child.tagName))
        walk(child.tagName === 'template' ? child.content : child);
    }
  };
  walk(node);
  return out.replace(/\s+/g, ' ');
}
const jsonLd = (tree) =>
  [...elements(tree)]
    .filter((el) => el.tagName === 'script' && attr(el, 'type') === 'application/ld+json')
    .map((el) => JSON.parse(el.childNodes[0].value));
/** The top-level declarative shadow root of each element with that tag. */
const shadowOf = (tree, tag) =>
  [...elements(tree)]
    .filter((el) => el.tagName === tag)
    .map((el) => el.childNodes.find((c) => isElement(c) && c.tagName === 'template'));

const page = (lang, body) => `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>Clinic</title></head>
  <body>
    <main>${body}</main>
  </body>
</html>
`;
const ALL = `<mn-article structured-data reviewed-by="Dr. Ana Ruiz" last-reviewed="2026-10-01" booking-url="/book"></mn-article>
      <mn-benefits-accordion></mn-benefits-accordion>
      <mn-procedure-stepper></mn-procedure-stepper>
      <mn-faq-card></mn-faq-card>
      <mn-disclaimer></mn-disclaimer>`;

/** The HTML without its declarative shadow roots (each `<template shadowrootmode>`, nested ones within it). */
function withoutShadowRoots(html) {
  let out = '';
  let depth = 0;
  for (const piece of html.split(/(<template\b[^>]*>|<\/template>)/)) {
    if (piece.startsWith('<template')) depth += depth || piece.includes('shadowrootmode') ? 1 : 0;
    else if (piece === '</template>' && depth) {
      depth--;
      continue;
    }
    if (!depth && !piece.startsWith('<template shadowrootmode')) out += piece;
  }
  return out;
}

/** Runs the CLI; returns its exit code, stdout and stderr. */
const cli = (args, input) => {
  const run = spawnSync('node', [CLI, ...args], { input, encoding: 'utf8', cwd: work });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

/** Captures console.warn while `fn` runs. */
async function warnings(fn) {
  const seen = [];
  const { console } = globalThis;
  const warn = console.warn;
  console.warn = (...args) => seen.push(args.join(' '));
  try {
    return { result: await fn(), warnings: seen };
  } finally {
    console.warn = warn;
  }
}

describe('renderPage', () => {
  for (const locale of LOCALES) {
    it(`writes every element's text in ${locale} into the HTML, with one JSON-LD block that says the same`, async () => {
      const html = await renderPage(page(locale, ALL));
      const tree = parse(html);
      const shown = text(tree);
      const words = messages(locale);
      for (const id of ARTICLE_IDS)
        assert.ok(shown.includes(collapse(words.get(id))), `${locale}: ${id} "${words.get(id)}"`);
      // A shadow root for each element of the page, and one for each the article renders inside it.
      for (const tag of TAGS) assert.equal(shadowOf(tree, tag).length, tag === 'mn-article' ? 1 : 2, tag);
      const [data, ...more] = jsonLd(tree);
      assert.equal(more.length, 0);
      const [webPage, faq] = data['@graph'];
      assert.equal(webPage.inLanguage, locale);
      assert.equal(webPage.name, words.get('article.what-is-it'));
      assert.equal(webPage.reviewedBy.name, 'Dr. Ana Ruiz');
      // Every question and answer of the FAQPage is on the page, as the visitor reads it.
      assert.equal(faq.mainEntity.length, 8);
      for (const q of faq.mainEntity) {
        assert.ok(shown.includes(collapse(q.name)), q.name);
        assert.ok(shown.includes(collapse(q.acceptedAnswer.text)), q.acceptedAnswer.text);
      }
    });
  }

  it('leaves everything outside the elements exactly as it was written', async () => {
    const input = page(
      'de',
      `\n<!-- a comment -->\n<p class=x>Tom &amp; Jerry&nbsp;<b>bold</p>\n${ALL}\n<script>let a = "<mn-faq-card>";</script>`,
    );
    const html = await renderPage(input);
    const stripped = withoutShadowRoots(html)
      .replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '')
      .replace(/ prerendered/g, '');
    assert.equal(stripped, input);
  });

  it('returns a page with no element of the library unchanged, byte for byte', async () => {
    const input =
      '<!DOCTYPE html><html><body><mn-unknown></mn-unknown><p>Hi<template><mn-faq-card></mn-faq-card></template>\n';
    assert.equal(await renderPage(input), input);
  });

  it('renders a prerendered page again to the same page, not twice over', async () => {
    const once = await renderPage(page('fr', ALL));
    assert.equal(await renderPage(once), once);
    assert.equal(await renderPage(once, { lang: 'fr' }), once);
  });

  it('marks each element prerendered, so that a script in <head> waits for its shadow root', async () => {
    const tree = parse(await renderPage(page('en', ALL)));
    const hosts = [...elements(tree)].filter((el) => TAGS.includes(el.tagName));
    assert.equal(hosts.length, 9);
    assert.ok(hosts.every((el) => attr(el, 'prerendered') === ''));
  });

  it('renders each attribute as the browser does', async () => {
    const tree = parse(
      await renderPage(
        page(
          'en',
          `<mn-benefits-accordion items="skin-types procedure" open="procedure" multiple heading-level="4"></mn-benefits-accordion>
          <mn-procedure-stepper active-step="2" steps="recovery cleansing light-peel" orientation="vertical" heading-level="5"></mn-procedure-stepper>
          <mn-faq-card questions="downtime sessions" open="sessions" heading-level="3" structured-data></mn-faq-card>
          <mn-article sections="intro disclaimer" booking-url="https://clinic.example/book" booking-label="Book now" reviewed-by="Dr. Lee" last-reviewed="2026-10-01" heading-level="3"></mn-article>`,
        ),
      ),
    );
    const [accordion] = shadowOf(tree, 'mn-benefits-accordion');
    const buttons = [...elements(accordion.content)].filter((el) => el.tagName === 'button');
    assert.deepEqual(
      buttons.map((b) => [text(b).trim(), attr(b, 'aria-expanded')]),
      [
        ['Suitable for various skin types', 'false'],
        ['Procedure', 'true'],
      ],
    );
    assert.ok(buttons.every((b) => b.parentNode.tagName === 'h4'));
    const [stepper] = shadowOf(tree, 'mn-procedure-stepper');
    const current = [...elements(stepper.content)].find((el) => attr(el, 'aria-current') === 'step');
    assert.match(text(current), /Light peel/);
    assert.equal(
      attr(
        [...elements(stepper.content)].find((el) => attr(el, 'part') === 'list'),
        'class',
      ),
      'list vertical',
    );
    assert.equal(
      text([...elements(stepper.content)].find((el) => attr(el, 'part') === 'progress')).trim(),
      'Step 3 of 3',
    );
    assert.ok([...elements(stepper.content)].some((el) => el.tagName === 'h5' && attr(el, 'part') === 'title'));
    const [faq] = shadowOf(tree, 'mn-faq-card');
    assert.deepEqual(
      [...elements(faq.content)].filter((el) => el.tagName === 'button').map((b) => attr(b, 'aria-expanded')),
      ['false', 'true'],
    );
    const [faqPage] = jsonLd(tree);
    assert.deepEqual(
      faqPage.mainEntity.map((q) => q.name),
      ['How much downtime is there?', 'How many sessions will I need?'],
    );
    const [article] = shadowOf(tree, 'mn-article');
    const link = [...elements(article.content)].find((el) => el.tagName === 'a');
    assert.deepEqual([attr(link, 'href'), text(link).trim()], ['https://clinic.example/book', 'Book now']);
    assert.match(text(article.content), /Medically reviewed by Dr\. Lee on October 1, 2026/);
    assert.deepEqual(
      [...elements(article.content)].filter((el) => attr(el, 'part') === 'heading').map((el) => el.tagName),
      ['h3', 'h3'],
    );
  });

  it('gives the browser’s warnings for bad attributes, and renders the element with its fallbacks', async () => {
    const { result, warnings: seen } = await warnings(() =>
      renderPage(
        page(
          'en',
          '<mn-benefits-accordion heading-level="abc" items="nope"></mn-benefits-accordion><mn-article booking-url="javascript:alert(1)"></mn-article>',
        ),
      ),
    );
    assert.deepEqual(seen, [
      '<mn-benefits-accordion>: heading-level "abc" is not a whole number from 2 to 6; using 3.',
      '<mn-benefits-accordion>: ignoring unknown items id(s) "nope"; known ids are: procedure collagen-stimulation skin-rejuvenation product-absorption scar-reduction texture-and-tone minimal-downtime skin-types gradual-results professional-guidance.',
      '<mn-article>: booking-url "javascript:alert(1)" is not an http(s) URL or a same-site path; showing no booking link.',
    ]);
    const tree = parse(result);
    assert.equal(
      [...elements(shadowOf(tree, 'mn-benefits-accordion')[0].content)].filter((el) => el.tagName === 'h3').length,
      10,
    );
    assert.ok(![...elements(shadowOf(tree, 'mn-article')[0].content)].some((el) => el.tagName === 'a'));
    assert.ok(!withoutShadowRoots(result).includes('<a') && !result.includes('href="javascript:'));
  });

  it('keeps a JSON-LD block of the clinic’s own in an element that writes none, and replaces the one an element writes', async () => {
    const own = '<script type="application/ld+json">{"@type":"Organization"}</script>';
    const once = await renderPage(
      page('en', `<mn-disclaimer>${own}</mn-disclaimer><mn-faq-card structured-data></mn-faq-card>`),
    );
    assert.ok(once.includes(`${own}</mn-disclaimer>`));
    const twice = await renderPage(once);
    assert.equal(twice, once);
    assert.equal(jsonLd(parse(twice)).length, 2);
  });

  it('leaves an element of that name inside SVG alone: no shadow root can attach there', async () => {
    const input = page('en', '<svg><mn-faq-card></mn-faq-card></svg>');
    assert.equal(await renderPage(input), input);
  });

  it('writes the library’s version first in each shadow root’s state, so that another version renders again', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const html = await renderPage(page('en', '<mn-disclaimer></mn-disclaimer>'));
    assert.ok(html.includes(`<!--mn-state ${version.replace(/-/g, '%2d')}\n`), html.slice(0, 300));
  });

  it('keeps hostile attribute text as text', async () => {
    const html = await renderPage(
      page('en', `<mn-article reviewed-by="&lt;img src=x onerror=alert(1)&gt;" structured-data></mn-article>`),
    );
    const tree = parse(html);
    assert.ok(![...elements(tree)].some((el) => el.tagName === 'img'));
    assert.match(text(tree), /Medically reviewed by <img src=x onerror=alert\(1\)>/);
    assert.equal(jsonLd(tree)[0]['@graph'][0].reviewedBy.name, '<img src=x onerror=alert(1)>');
  });
});

describe('the clinic’s own entries', () => {
  const PRICE = 'How much does a session cost?';
  const CLINIC = `<mn-faq-card structured-data><mn-faq-item id="price" question="${PRICE}"><p>From 150 € a session. <a href="/prices">Prices</a></p></mn-faq-item></mn-faq-card>
      <mn-procedure-stepper structured-data><mn-step label="Numbing cream">We apply <b>numbing cream</b> for comfort.</mn-step></mn-procedure-stepper>
      <mn-benefits-accordion items="minimal-downtime comfort"><mn-benefit id="comfort" label="Numbing cream for comfort">We apply it first.</mn-benefit></mn-benefits-accordion>
      <mn-article><div slot="intro">At our clinic, Dr Lee performs every treatment.</div></mn-article>`;

  it('keeps them in the light DOM, slotted by id, each with its button or step, and in the JSON-LD', async () => {
    const { result: html, warnings: seen } = await warnings(() => renderPage(page('en', CLINIC)));
    assert.deepEqual(seen, []);
    const tree = parse(html);
    const item = [...elements(tree)].find((el) => el.tagName === 'mn-faq-item');
    assert.equal(attr(item, 'slot'), 'price');
    assert.equal(text(item).trim(), 'From 150 € a session. Prices');
    const faq = shadowOf(tree, 'mn-faq-card')[0].content;
    const buttons = [...elements(faq)].filter((el) => attr(el, 'part') === 'button');
    assert.deepEqual(
      buttons.slice(8).map((b) => [attr(b, 'id'), text(b).trim()]),
      [['button-price', PRICE]],
    );
    assert.equal(
      attr(
        [...elements(faq)].find((el) => el.tagName === 'slot'),
        'name',
      ),
      'price',
    );
    const [faqJson, procedure] = jsonLd(tree);
    assert.deepEqual(faqJson.mainEntity.at(-1), {
      '@type': 'Question',
      name: PRICE,
      acceptedAnswer: { '@type': 'Answer', text: 'From 150 € a session. Prices' },
    });
    assert.equal(procedure['@type'], 'MedicalProcedure');
    assert.ok(procedure.howPerformed.endsWith(' Numbing cream: We apply numbing cream for comfort.'));
    // The stepper's checklist (what shows without JavaScript) holds the clinic's step, by its slot.
    const stepper = shadowOf(tree, 'mn-procedure-stepper')[0].content;
    const checklist = [...elements(stepper)].find((el) => attr(el, 'class') === 'print');
    const last = checklist.childNodes.filter(isElement).at(-1);
    assert.deepEqual(
      [
        text(last).trim(),
        attr(
          [...elements(last)].find((el) => el.tagName === 'slot'),
          'name',
        ),
      ],
      ['Numbing cream', 'numbing-cream'],
    );
    const step = [...elements(tree)].find((el) => el.tagName === 'mn-step');
    assert.equal(attr(step, 'slot'), 'numbing-cream');
    const accordion = shadowOf(tree, 'mn-benefits-accordion')[0].content;
    assert.deepEqual(
      [...elements(accordion)].filter((el) => attr(el, 'part') === 'button').map((b) => text(b).trim()),
      ['Minimal downtime', 'Numbing cream for comfort'],
    );
    const article = shadowOf(tree, 'mn-article')[0].content;
    assert.equal(
      attr(
        [...elements(article)].find((el) => el.tagName === 'slot'),
        'name',
      ),
      'intro',
    );
    // Rendered again, the page stays the same: no second slot attribute.
    assert.equal(await renderPage(html), html);
  });

  it('takes out of the served HTML whatever could run code, with the browser’s warnings, and leaves the page’s own scripts', async () => {
    const hostile = `<script>window.page = 1</script><mn-faq-card><mn-faq-item id="price" question="${PRICE}" onclick="alert(1)">From 150 €<img src="x" onerror="alert(2)" alt=""> <a href="javascript:alert(3)">Prices</a><script>alert(4)</script><iframe srcdoc="x"></iframe></mn-faq-item><script>alert(5)</script><mn-faq-item question=" ">Empty.</mn-faq-item><mn-faq-item id="downtime" question="Taken?">Taken.</mn-faq-item><p>Stray.</p></mn-faq-card>`;
    const { result: html, warnings: seen } = await warnings(() => renderPage(page('en', hostile)));
    assert.deepEqual(seen, [
      `<mn-faq-card>: removed onclick="alert(1)", onerror="alert(2)", href="javascript:alert(3)", <script>, <iframe> from <mn-faq-item id="price">: the clinic's content may not run code.`,
      `<mn-faq-card>: removed the child <script>: the clinic's content may not run code.`,
      '<mn-faq-card>: ignoring <mn-faq-item question=" ">: its question is empty.',
      '<mn-faq-card>: ignoring <mn-faq-item id="downtime">: the id "downtime" is already taken.',
      '<mn-faq-card>: ignoring the child <p>: it takes only <mn-faq-item>.',
    ]);
    const tree = parse(html);
    const scripts = [...elements(tree)].filter((el) => el.tagName === 'script');
    assert.deepEqual(
      scripts.map((el) => el.childNodes[0]?.value),
      ['window.page = 1'],
    );
    assert.ok(![...elements(tree)].some((el) => el.tagName === 'iframe'));
    assert.ok(!/onclick|onerror|javascript:/.test(withoutShadowRoots(html)));
    const [price, empty, taken] = [...elements(tree)].filter((el) => el.tagName === 'mn-faq-item');
    assert.deepEqual([attr(price, 'slot'), attr(empty, 'slot'), attr(taken, 'slot')], ['price', undefined, undefined]);
    assert.equal(text(price).trim(), 'From 150 € Prices');
  });
});

describe('the clinic’s own entries, served safe', () => {
  const PRICE = 'How much does a session cost?';
  /** Every element of a page, into templates (shadow roots, declarative or inert) too. */
  const all = (html) => [...elements(parse(html))];
  const handlers = (html) =>
    all(html).flatMap((el) => el.attrs.filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)));

  for (const [what, markup, warning] of [
    [
      'a declarative shadow root in an entry',
      '<div><template shadowrootmode="open"><img src="x" alt="" onerror="alert(1)"></template>From 150 €.</div>',
      'removed <template> from <mn-faq-item id="price">',
    ],
    [
      'a handler written twice (the browser ignores the second until the first is gone)',
      '<img src="x" alt="" onerror="" onerror="alert(1)">From 150 €.',
      'removed onerror="" from <mn-faq-item id="price">',
    ],
    [
      // Written again without the value's `/`, the tag must not close itself: an SVG <title/>
      // would be empty, and the <textarea> after it, now SVG, would let the <img> out.
      'a handler whose unquoted value ends in a slash, in SVG',
      '<svg><title onclick=1/><textarea><img src=x onerror=alert(3)></textarea></svg>From 150 €.',
      'removed onclick="1/" from <mn-faq-item id="price">',
    ],
    [
      'a <body> or <html> start tag, which would hand its handlers to the page’s own',
      '<body onload="alert(1)"><html onclick="alert(2)">From 150 €.',
      'removed <body>, <html> from <mn-faq-item id="price">',
    ],
    [
      'a name that would stand in for document.currentScript, and a form attribute',
      '<img name="currentScript" src="https://elsewhere.example/x" alt=""><button form="checkout">Prices</button>From 150 €.',
      'removed name="currentScript", form="checkout" from <mn-faq-item id="price">',
    ],
    [
      'one of the library’s elements in SVG, which no one renders',
      '<svg><mn-faq-card><a href="javascript:alert(1)"><text>x</text></a></mn-faq-card></svg>From 150 €.',
      'removed href="javascript:alert(1)" from <mn-faq-item id="price">',
    ],
    [
      // Chromium runs it as the parser closes the inner <svg>, before any script could see it.
      'an SVG’s onload',
      '<svg><svg onload="alert(1)"></svg></svg>From 150 €.',
      'removed onload="alert(1)" from <mn-faq-item id="price">',
    ],
    [
      // The parser schedules the navigation as it inserts it: removing it in the page is too late.
      'a <meta> refresh',
      '<meta http-equiv="refresh" content="0; url=https://elsewhere.example/">From 150 €.',
      'removed <meta> from <mn-faq-item id="price">',
    ],
    [
      'a handler inside another of the library’s elements in the entry',
      '<mn-disclaimer><img src="x" alt="" onerror="alert(1)"></mn-disclaimer>From 150 €.',
      'removed onerror="alert(1)" from <mn-faq-item id="price">',
    ],
    [
      'one of the library’s elements inside an element taken out whole',
      '<object><mn-disclaimer></mn-disclaimer><img src="x" onerror="alert(1)"></object>From 150 €.',
      'removed <object> from <mn-faq-item id="price">',
    ],
  ]) {
    it(`takes out ${what}, and serves HTML that parses back to the same page`, async () => {
      const input = page(
        'en',
        `<mn-faq-card><mn-faq-item id="price" question="${PRICE}">${markup}</mn-faq-item></mn-faq-card>`,
      );
      const { result: html, warnings: seen } = await warnings(() => renderPage(input));
      assert.deepEqual(seen, [`<mn-faq-card>: ${warning}: the clinic's content may not run code.`]);
      // Parsed again as a browser parses it: no handler, no javascript: URL, no script anywhere.
      assert.deepEqual(handlers(html), []);
      assert.deepEqual(
        all(html).filter((el) => el.tagName === 'script' || attr(el, 'http-equiv')),
        [],
      );
      const item = all(html).find((el) => el.tagName === 'mn-faq-item');
      // The clinic's text stays (after the caution, where a disclaimer in the entry is prerendered).
      assert.deepEqual([attr(item, 'slot'), text(item).trim().endsWith('From 150 €.')], ['price', true]);
      // Rendered again, nothing changes: the edits left well-formed HTML.
      assert.equal(await renderPage(html), html);
    });
  }

  it('shows no child but an entry in a slot: a <p slot="price"> loses its slot', async () => {
    const { result: html } = await warnings(() =>
      renderPage(
        page(
          'en',
          `<mn-faq-card><mn-faq-item id="price" question="${PRICE}">A.</mn-faq-item><p slot="price">Not an entry.</p></mn-faq-card>`,
        ),
      ),
    );
    const p = all(html).find((el) => el.tagName === 'p' && text(el).includes('Not an entry'));
    assert.equal(attr(p, 'slot'), undefined);
  });
});

describe('an element left open in an entry', () => {
  const PRICE = 'How much does a session cost?';
  // After the card: the page's own paragraph and script, which must reach the browser as written.
  const TAIL = `<p id="after">After the card.</p><script>window.page = 1</script>
  </body>
</html>`;
  const left = (what) =>
    `<mn-faq-card>: ${what} left open in <mn-faq-item id="price">, so that what follows it stays as written.`;
  const removed = (what) =>
    `<mn-faq-card>: removed ${what} from <mn-faq-item id="price">: the clinic's content may not run code.`;

  for (const [what, markup, served, said] of [
    [
      'an <object>, with an image that would fire',
      '<object><img src="x" onerror="alert(1)">',
      '',
      [removed('<object>')],
    ],
    [
      'a <div>, whose end tag the parser would wait for',
      'From <div>150 €',
      'From <div>150 €</div>',
      [left('closed <div>')],
    ],
    [
      'a <b>, which the parser would make again after the entry',
      'From <b>150 €',
      'From <b>150 €</b>',
      [left('closed <b>')],
    ],
    [
      'a <b> with a handler: one warning says both',
      'From <b onfocus="alert(1)">150 €',
      'From <b>150 €</b>',
      [
        `<mn-faq-card>: closed <b> left open in <mn-faq-item id="price">, so that what follows it stays as written; removed onfocus="alert(1)" from <mn-faq-item id="price">: the clinic's content may not run code.`,
      ],
    ],
    [
      'a <select>',
      '<select><option>150 €',
      '<select><option>150 €</option></select>',
      [left('closed <option>, <select>')],
    ],
    [
      'a <table>',
      '<table><tr><td>150 €',
      '<table><tr><td>150 €</td></tr></tbody></table>',
      [left('closed <td>, <tr>, <tbody>, <table>')],
    ],
    [
      'a <textarea>, which makes the entry’s end tag text',
      'From <textarea>150 €',
      'From <textarea>150 €</textarea>',
      [left('closed <textarea>')],
    ],
    [
      // The parser forgets the first <form> at the </form> it cannot reach: no end tag ends it.
      'a <form> no end tag can end, which loses its start tag',
      '<form><math><mtext></form><form><mglyph>150 €</mglyph></form></mtext></math>',
      '<math><mtext></form><form><mglyph>150 €</mglyph></form></mtext></math>',
      [left('removed the start tag of <form>,')],
    ],
    ['a <style>, which goes whole once ended', 'From 150 €<style>p { color: red }', 'From 150 €', [removed('<style>')]],
    [
      'a <plaintext>, which never ends: it goes with its text',
      'From 150 €<plaintext><img src=x onerror=alert(1)>',
      'From 150 €',
      [left('removed <plaintext> and its text,')],
    ],
  ]) {
    it(`ends ${what} where the entry ends: the page after it stays as written, its script included`, async () => {
      const input = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Clinic</title></head>
  <body>
    <mn-faq-card><mn-faq-item id="price" question="${PRICE}">${markup}</mn-faq-item><mn-faq-item id="second" question="Second?">Two.</mn-faq-item></mn-faq-card>${TAIL}`;
      const { result: html, warnings: seen } = await warnings(() => renderPage(input));
      assert.deepEqual(seen, said);
      assert.ok(html.endsWith(`>Two.</mn-faq-item></mn-faq-card>${TAIL}`), html.slice(-400));
      const price = `<mn-faq-item id="price" question="${PRICE}" slot="price">`;
      assert.equal(html.slice(html.indexOf(price) + price.length, html.indexOf('</mn-faq-item>')), served);
      // As the browser parses it: both entries in the card, the paragraph and the script after it.
      const tree = parse(html);
      const card = [...elements(tree)].find((el) => el.tagName === 'mn-faq-card');
      const body = card.parentNode;
      assert.deepEqual(
        card.childNodes.filter((c) => c.tagName === 'mn-faq-item').map((c) => attr(c, 'slot')),
        ['price', 'second'],
      );
      assert.deepEqual(
        body.childNodes.filter((c) => c.tagName).map((c) => c.tagName),
        ['mn-faq-card', 'p', 'script'],
      );
      assert.equal(body.childNodes.find((c) => c.tagName === 'script').childNodes[0].value, 'window.page = 1');
      assert.equal(await renderPage(html), html);
    });
  }

  it('leaves a card in a <template> as written, an element left open in it included: it is inert, and not rendered', async () => {
    const input = page(
      'en',
      `<template><mn-faq-card><mn-faq-item id="price" question="${PRICE}"><div>From 150 €</mn-faq-item></mn-faq-card></template><p>After.</p>`,
    );
    const { result: html, warnings: seen } = await warnings(() => renderPage(input));
    assert.deepEqual([html, seen], [input, []]);
  });

  it('takes out a <style> left open to the end of the page, with its text: it said so, and kept it', async () => {
    const input = `<mn-faq-card><mn-faq-item id="price" question="${PRICE}">From 150 €<style>p { color: red }`;
    const { result: html, warnings: seen } = await warnings(() => renderPage(input));
    assert.deepEqual(seen, [removed('<style>')]);
    assert.ok(html.endsWith(`<mn-faq-item id="price" question="${PRICE}" slot="price">From 150 €`), html.slice(-200));
  });

  it('takes out a <body> start tag between two entries, in neither, which would hand its handler to the page’s own', async () => {
    const input = page(
      'en',
      `<mn-faq-card><mn-faq-item id="price" question="${PRICE}">From 150 €</mn-faq-item><body onload="alert(1)"><mn-faq-item id="second" question="Second?">Two.</mn-faq-item></mn-faq-card>`,
    );
    const { result: html, warnings: seen } = await warnings(() => renderPage(input));
    assert.deepEqual(seen, [`<mn-faq-card>: removed the child <body>: the clinic's content may not run code.`]);
    assert.ok(!/onload/.test(html));
    assert.ok(html.includes(`From 150 €</mn-faq-item><mn-faq-item id="second"`));
  });

  it('takes out a <select> holding tags this parser drops and browsers keep (an <img onerror>)', async () => {
    const input = page(
      'en',
      `<mn-faq-card><mn-faq-item id="price" question="${PRICE}">From 150 €<select><img src=x onerror=alert(1)></select></mn-faq-item></mn-faq-card>`,
    );
    const { result: html, warnings: seen } = await warnings(() => renderPage(input));
    assert.deepEqual(seen, [removed('<select>')]);
    assert.ok(!/<select|onerror/.test(html));
  });
});

describe('the hostile pages of the browser tests, through the renderer', () => {
  /** The page's elements as the browser will run them: not into an inert <template>, nor into the library's own shadow roots. */
  function* live(node) {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      if (child.tagName === 'template') continue;
      yield child;
      yield* live(child);
    }
  }

  const PAGE = ['utf-8', 'record.js', 'hostile-page.js'];
  for (const [file, kept] of [
    ['hostile.html', PAGE],
    ['hostile-corpus.html', PAGE],
    // A <select> with its <option> is the clinic's to keep.
    ['hostile-unclosed.html', ['utf-8', 'record.js', 'select', 'hostile-page.js']],
  ]) {
    it(`serves test/pages/${file} with no handler, script, frame, object or refresh of the entries' left, and the page after the card as written`, async () => {
      const input = readFileSync(join(ROOT, 'test/pages', file), 'utf8');
      const { result: html, warnings: seen } = await warnings(() => renderPage(input));
      const served = [...live(parse(html))];
      assert.deepEqual(
        served.flatMap((el) => el.attrs.filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))),
        [],
      );
      assert.deepEqual(
        served
          .filter((el) =>
            /^(?:script|iframe|object|embed|applet|portal|link|style|meta|select|plaintext)$/.test(el.tagName),
          )
          .map((el) => attr(el, 'src') ?? attr(el, 'charset') ?? el.tagName),
        kept,
      );
      const tail = (page) => page.slice(page.lastIndexOf('</mn-faq-card>'));
      assert.equal(tail(html), tail(input));
      assert.ok(seen.length > 0 && seen.every((w) => w.startsWith('<mn-faq-card>: ')), seen.join('\n'));
      assert.equal(await renderPage(html), html);
    });
  }
});

describe('languages', () => {
  const langOf = async (body, options) => {
    const tree = parse(await renderPage(page('de', body), options));
    return shadowOf(tree, 'mn-disclaimer').map((t) => {
      const note = [...elements(t.content)].find((el) => attr(el, 'role') === 'note');
      return [attr(note, 'lang'), attr(note, 'dir') ?? null];
    });
  };

  it('renders in <html lang>, as the browser matches it', async () => {
    assert.deepEqual(await langOf('<mn-disclaimer></mn-disclaimer>'), [['de', null]]);
    const tree = parse(await renderPage(page('es-MX', '<mn-disclaimer></mn-disclaimer>')));
    assert.match(text(tree), new RegExp(collapse(messages('es').get('article.disclaimer')).slice(0, 40)));
  });

  it('lets an element’s own lang, then an ancestor’s, win; lang="" is no language', async () => {
    assert.deepEqual(
      await langOf(
        '<mn-disclaimer lang="ar"></mn-disclaimer><section lang="fr"><mn-disclaimer></mn-disclaimer></section><section lang="fr"><mn-disclaimer lang=""></mn-disclaimer></section>',
      ),
      [
        ['ar', 'rtl'],
        ['fr', 'ltr'],
        ['de', null],
      ],
    );
  });

  it('--lang renders the elements in that language and writes it on them, so the browser shows the same', async () => {
    const html = await renderPage(
      page('de', '<mn-disclaimer></mn-disclaimer><mn-disclaimer lang="it"></mn-disclaimer>'),
      {
        lang: 'pt-PT',
      },
    );
    const hosts = [...elements(parse(html))].filter((el) => el.tagName === 'mn-disclaimer');
    assert.deepEqual(
      hosts.map((el) => attr(el, 'lang')),
      ['pt-BR', 'it'],
    );
    assert.ok(html.includes('<html lang="de">'));
  });

  it('warns of an unsupported language once and follows the page', async () => {
    const { result, warnings: seen } = await warnings(() =>
      renderPage(page('qaa', '<mn-disclaimer lang="tlh"></mn-disclaimer><mn-disclaimer lang="tlh"></mn-disclaimer>')),
    );
    assert.deepEqual(seen, [
      `microneedling-elements: <html lang> "qaa" is not a supported locale (${LOCALES.join(', ')}); using en.`,
      `microneedling-elements: lang "tlh" is not a supported locale (${LOCALES.join(', ')}); following the page (en).`,
    ]);
    assert.match(text(parse(result)), /Individual experiences and results may vary/);
  });
});

describe('renderElement', () => {
  it('prerenders one element’s markup for a page in a language', async () => {
    const html = await renderElement('<mn-faq-card structured-data></mn-faq-card>', { lang: 'ja' });
    const tree = parseFragment(html);
    assert.equal(shadowOf(tree, 'mn-faq-card').length, 1);
    assert.equal(jsonLd(tree)[0].inLanguage, 'ja');
    assert.ok(text(tree).includes(collapse(messages('ja').get('faq.sessions.question'))));
    assert.ok(!/ lang=/.test(html.slice(0, html.indexOf('<template'))));
  });
});

describe('microneedling-elements render', () => {
  it('renders demo/index.html in Spanish: the whole article and one parseable JSON-LD block, read without a script', () => {
    const out = join(work, 'es.html');
    const run = cli(['render', join(ROOT, 'demo/index.html'), '--lang', 'es', '-o', out]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const tree = parse(readFileSync(out, 'utf8'));
    const shown = text(tree);
    const words = messages('es');
    for (const id of ARTICLE_IDS) assert.ok(shown.includes(collapse(words.get(id))), id);
    const blocks = jsonLd(tree);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0]['@graph'][0].inLanguage, 'es');
  });

  it('reads standard input and writes standard output, with "-" or with nothing', () => {
    const input = page('en', '<mn-disclaimer></mn-disclaimer>');
    const a = cli(['render'], input);
    const b = cli(['render', '-', '-o', '-', '--lang', 'en'], input);
    assert.equal(a.status, 0);
    assert.equal(a.stdout, b.stdout);
    assert.match(a.stdout, /<mn-disclaimer prerendered><template shadowrootmode="open">/);
  });

  it('writes the browser’s warnings to stderr and still renders', () => {
    const run = cli(['render'], page('en', '<mn-procedure-stepper active-step="x"></mn-procedure-stepper>'));
    assert.equal(run.status, 0);
    assert.equal(run.stderr, '<mn-procedure-stepper>: active-step "x" is not a step index; showing the first step.\n');
    assert.match(run.stdout, /shadowrootmode/);
  });

  for (const [what, args, input, message] of [
    [
      'a file that does not exist',
      ['render', 'missing.html'],
      '',
      /^microneedling-elements: cannot read missing\.html: ENOENT/,
    ],
    [
      'a file that is not HTML',
      ['render', '-'],
      'just words, no markup',
      /^microneedling-elements: standard input is not HTML; nothing written\.$/,
    ],
    ['binary data', ['render', '-'], '<p>\0\0\0', /is not HTML/],
    ['an unknown option', ['render', '--fast'], '', /^microneedling-elements: unknown option "--fast"\. usage:/],
    ['-o without a file', ['render', '-', '-o'], '', /^microneedling-elements: -o needs a value\./],
    ['an unknown command', ['build'], '', /^microneedling-elements: unknown command "build"\./],
  ]) {
    it(`fails on ${what} with one line, exit code 1, and no OUTPUT written`, () => {
      const out = join(work, `never-${what.replace(/\W+/g, '-')}.html`);
      const run = cli([...args, ...(args.includes('-o') ? [] : ['-o', out])], input);
      assert.equal(run.status, 1);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr.trim(), message);
      assert.equal(existsSync(out), false);
      assert.equal(run.stdout, '');
    });
  }

  it('leaves an existing OUTPUT as it was when the input cannot be read', () => {
    const out = join(work, 'kept.html');
    writeFileSync(out, 'the page before');
    assert.equal(cli(['render', 'missing.html', '-o', out]).status, 1);
    assert.equal(readFileSync(out, 'utf8'), 'the page before');
  });

  it('takes --lang=TAG and --output=FILE as well', () => {
    const out = join(work, 'equals.html');
    const run = cli(['render', '-', '--lang=it', `--output=${out}`], page('en', '<mn-disclaimer></mn-disclaimer>'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(readFileSync(out, 'utf8'), /<mn-disclaimer prerendered lang="it">/);
  });

  it('leaves no half-written file when OUTPUT cannot be replaced (a folder), and says so', () => {
    const out = join(work, 'a-folder');
    mkdirSync(out);
    const run = cli(['render', '-', '-o', out], page('en', '<mn-disclaimer></mn-disclaimer>'));
    assert.equal(run.status, 1);
    assert.equal(run.stderr, `microneedling-elements: ${out} is not a regular file; nothing written.\n`);
    assert.deepEqual(
      readdirSync(work).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('says how it is used with --help', () => {
    assert.equal(cli(['render', '--help']).stdout, cli(['--help']).stdout);
    const run = cli(['--help']);
    assert.equal(run.status, 0);
    assert.equal(
      run.stdout,
      'usage: microneedling-elements render [INPUT.html] [-o OUTPUT.html] [--lang TAG] [--encoding NAME]\n',
    );
  });
});

describe('the state comment hydration compares', () => {
  it('carries only what hydration compares, as plain text: version, language, direction and properties', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const states = (markup) => [...markup.matchAll(/<!--mn-state ([^]*?)-->/g)].map((m) => m[1].split('\n'));
    assert.deepEqual(states(await renderElement('<mn-disclaimer></mn-disclaimer>')), [[version, 'en', '']]);
    const [stepper] = states(await renderElement('<mn-procedure-stepper active-step="2"></mn-procedure-stepper>'));
    assert.deepEqual(stepper.slice(0, 3), [version, 'en', '']);
    assert.ok(stepper.includes('2'), 'the active step is in the state');
    assert.deepEqual(states(await renderElement('<mn-disclaimer lang="ar"></mn-disclaimer>'))[0], [
      version,
      'ar',
      'rtl',
    ]);
  });
});

describe('pages of any shape and size, and where the output goes', () => {
  it('renders a page 10,000 elements deep with no limit of recursion, keeping every byte outside the element', async () => {
    const deep = `${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}`;
    const html = `<!doctype html><html lang="en"><body>${deep}<mn-disclaimer></mn-disclaimer>${deep}</body></html>`;
    const out = await renderPage(html);
    const [before, after] = html.split('<mn-disclaimer></mn-disclaimer>');
    assert.ok(out.startsWith(`${before}<mn-disclaimer prerendered><template shadowrootmode="open">`));
    assert.ok(out.endsWith(`</template></mn-disclaimer>${after}`));
  });

  it('cleans an entry nested 10,000 elements deep, and reads its text, with no limit of recursion', async () => {
    const deep = `${'<div>'.repeat(10_000)}Deep answer.${'</div>'.repeat(10_000)}`;
    const out = await renderElement(
      `<mn-faq-card structured-data><mn-faq-item id="deep" question="Deep?">${deep}<img src="x" onerror="alert(1)"></mn-faq-item></mn-faq-card>`,
    );
    assert.ok(out.includes(`<mn-faq-item id="deep" question="Deep?" slot="deep">${deep}<img src="x"></mn-faq-item>`));
    // The JSON-LD block, found by text: the tests' own tree walk recurses.
    const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(out)[1]);
    assert.equal(json.mainEntity.at(-1).acceptedAnswer.text, 'Deep answer.');
  });

  it('renders 800 cards and a card with 2,000 entries, each once, the page around them unchanged', async () => {
    const cards = '<mn-disclaimer></mn-disclaimer><hr>'.repeat(800);
    const out = await renderPage(`<!doctype html><html lang="en"><body>${cards}</body></html>`);
    assert.equal(out.match(/<template shadowrootmode="open">/g).length, 800);
    assert.equal(out.match(/<\/mn-disclaimer><hr>/g).length, 800);
    const entries = Array.from(
      { length: 2000 },
      (_, i) => `<mn-faq-item id="q${i}" question="Q${i}?"><p>A${i}.</p></mn-faq-item>`,
    );
    const faq = await renderElement(`<mn-faq-card>${entries.join('')}</mn-faq-card>`);
    for (const i of [0, 999, 1999])
      assert.ok(
        faq.includes(`<mn-faq-item id="q${i}" question="Q${i}?" slot="q${i}"><p>A${i}.</p></mn-faq-item>`),
        `entry ${i}`,
      );
    assert.equal(faq.match(/<mn-faq-item /g).length, 2000);
  });

  it('writes only to a regular file: a FIFO or a device named as the output is refused with one line, and left as it was', () => {
    const fifo = join(work, 'pipe');
    spawnSync('mkfifo', [fifo]);
    for (const output of [fifo, '/dev/null']) {
      const run = cli(['render', '-o', output], page('en', '<mn-disclaimer></mn-disclaimer>'));
      assert.deepEqual(
        [run.status, run.stdout, run.stderr],
        [1, '', `microneedling-elements: ${output} is not a regular file; nothing written.\n`],
      );
    }
    assert.ok(statSync(fifo).isFIFO());
  });

  it('says in one line, with no stack trace, when standard output cannot be written', () => {
    const run = spawnSync('sh', ['-c', `node ${CLI} render > /dev/full`], {
      input: page('en', '<mn-disclaimer></mn-disclaimer>'),
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.equal(
      run.stderr,
      'microneedling-elements: cannot write to standard output: ENOSPC: no space left on device, write\n',
    );
  });
});

describe('the page’s own encoding', () => {
  const latin = (text) => Buffer.from(text, 'latin1');
  /** Runs the CLI on bytes; returns its exit code, its output as bytes and its stderr. */
  const cliBytes = (args, input) => {
    const run = spawnSync('node', [CLI, 'render', ...args], { input, cwd: work, maxBuffer: 2 ** 26 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
  };
  const decode = (bytes, encoding) => new TextDecoder(encoding).decode(bytes);

  it('reads a windows-1252 page by its <meta charset> and writes it back in windows-1252, byte for byte outside the elements', () => {
    // é, è, ô, € (0x80), ’ (0x92) and – (0x96): the bytes where windows-1252 and Latin-1 differ too.
    const before = latin(
      '<!doctype html><html lang="fr"><head><meta charset="windows-1252"><script>go("caf\xe9")</script></head><body><p>Cr\xe8me \x96 \x805 \x92</p>',
    );
    const after = latin('<p>Fin \xe0 bient\xf4t</p><script>done()</script></body></html>');
    const card = latin(
      '<mn-faq-card structured-data><mn-faq-item id="prix" question="Combien co\xfbte une s\xe9ance ?"><p>D\xe8s 150 \x80.</p></mn-faq-item></mn-faq-card><mn-disclaimer lang="ar"></mn-disclaimer>',
    );
    const run = cliBytes([], Buffer.concat([before, card, after]));
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.subarray(0, before.length).equals(before), 'the bytes before the elements');
    assert.ok(run.stdout.subarray(-after.length).equals(after), 'the bytes after the elements');
    const page = decode(run.stdout, 'windows-1252');
    const [json] = jsonLd(parse(page));
    assert.deepEqual(json.mainEntity.at(-1), {
      '@type': 'Question',
      name: 'Combien coûte une séance ?',
      acceptedAnswer: { '@type': 'Answer', text: 'Dès 150 €.' },
    });
    // The Arabic caution, written as character references, reads as Arabic.
    assert.ok(text(parse(page)).includes(collapse(messages('ar').get('article.disclaimer'))));
  });

  it('renders the page of issue 29’s “done when”: windows-1252, an unclosed <object> in an entry, 10,000 nested divs and 800 cards, every byte around them kept', () => {
    const before = latin(
      '<!doctype html><html lang="fr"><head><meta charset="windows-1252"></head><body><p>Cr\xe8me \x80</p>',
    );
    const entry = latin(
      '<mn-faq-card><mn-faq-item id="prix" question="Prix ?">D\xe8s 150 \x80 <object><img src=x onerror=alert(1)></mn-faq-item></mn-faq-card>',
    );
    const deep = latin(`${'<div>'.repeat(10000)}profond${'</div>'.repeat(10000)}`);
    const cards = latin('<mn-faq-card questions="downtime"></mn-faq-card>'.repeat(800));
    const after = latin('<p>Fin \xe0 bient\xf4t</p><script>done()</script></body></html>');
    const run = cliBytes([], Buffer.concat([before, entry, deep, cards, after]));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stderr.trim(),
      `<mn-faq-card>: removed <object> from <mn-faq-item id="prix">: the clinic's content may not run code.`,
    );
    assert.ok(run.stdout.subarray(0, before.length).equals(before), 'the bytes before the card');
    assert.ok(run.stdout.subarray(-after.length).equals(after), 'the bytes after the elements, the script included');
    const page = decode(run.stdout, 'windows-1252');
    assert.ok(page.includes(`</mn-faq-item></mn-faq-card>${'<div>'.repeat(10000)}profond${'</div>'.repeat(10000)}`));
    assert.equal(page.split('<template shadowrootmode="open">').length - 1, 801);
  });

  it('keeps every other single-byte encoding too, and takes --encoding for a page that names none', () => {
    const page = latin(
      '<!doctype html><html lang="pl"><head><meta charset="iso-8859-2"></head><body><p>\xa1\xb1 \xca\xea</p><mn-disclaimer></mn-disclaimer></body></html>',
    );
    const run = cliBytes([], page);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(
      run.stdout.subarray(0, page.indexOf('<mn-disclaimer>')).equals(page.subarray(0, page.indexOf('<mn-disclaimer>'))),
    );
    assert.match(decode(run.stdout, 'iso-8859-2'), /<p>Ąą Ęę<\/p>/);
    const bare = latin('<p>Caf\xe9</p><mn-disclaimer></mn-disclaimer>');
    const given = cliBytes(['--encoding', 'windows-1252'], bare);
    assert.equal(given.status, 0, given.stderr);
    assert.ok(given.stdout.subarray(0, 12).equals(bare.subarray(0, 12)));
  });

  it('refuses, in one line, a page it cannot write back as it was', () => {
    const say = (input, args = []) => {
      const run = cliBytes(['-', ...args], input);
      return [run.status, run.stdout.length, run.stderr];
    };
    const line = (text) => [1, 0, `microneedling-elements: ${text}\n`];
    assert.deepEqual(
      say(latin('<p>Caf\xe9</p><mn-disclaimer></mn-disclaimer>')),
      line(
        'standard input is not UTF-8 and names no encoding: add its <meta charset> or pass --encoding (windows-1252, say); nothing written.',
      ),
    );
    assert.deepEqual(
      say(latin('<meta charset="utf-8"><p>Caf\xe9</p>')),
      line('standard input is not valid utf-8, as it says it is; nothing written.'),
    );
    assert.deepEqual(
      say(latin('<meta charset="shift_jis"><p>x</p>')),
      line(
        'standard input is in shift_jis, which the renderer cannot write back; convert it to UTF-8 first (iconv -f shift_jis -t utf-8).',
      ),
    );
    assert.deepEqual(
      say(latin('<meta charset="klingon"><p>x</p>')),
      line('unknown encoding "klingon" (the page\'s <meta charset>); nothing written.'),
    );
    assert.deepEqual(
      say(latin('<p>x</p>'), ['--encoding', 'klingon']),
      line('unknown encoding "klingon"; nothing written.'),
    );
  });

  it('keeps a UTF-8 page’s byte order mark', () => {
    const page = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<p>Café</p><mn-disclaimer></mn-disclaimer>'),
    ]);
    const run = cliBytes([], page);
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.subarray(0, 13).equals(page.subarray(0, 13)));
  });
});

describe('an article with the clinic’s intro and entries', () => {
  const page =
    '<!doctype html><html lang="en"><body><mn-article>\n  <p slot="intro">Our intro.</p>\n  <mn-faq-item id="price" question="How much?">From 150 €.</mn-faq-item>\n</mn-article></body></html>\n';
  it('writes the shadow root after a leading intro, which then shows where it will be shown, and again in the same place', () => {
    const run = cli(['render'], page);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /<mn-article prerendered>\n {2}<p slot="intro">Our intro\.<\/p><template shadowrootmode="open">/,
    );
    // The clinic's question is in the article's FAQ card, and its answer is slotted through the article.
    assert.match(run.stdout, /<mn-faq-item id="price" question="How much\?" slot="price">/);
    assert.match(run.stdout, /<slot name="price" slot="price">/);
    assert.equal(cli(['render'], run.stdout).stdout, run.stdout);
  });
  it('writes it first when the intro does not lead', () => {
    const run = cli(
      ['render'],
      page.replace('<p slot="intro">Our intro.</p>', '<b>Not an entry.</b><p slot="intro">Our intro.</p>'),
    );
    assert.match(run.stdout, /<mn-article prerendered><template shadowrootmode="open">/);
  });
});

describe('a snippet for a CMS, as the README makes one', () => {
  it('renders the clinic’s article from standard input with its booking link, reviewer and language', () => {
    const run = cli(
      ['render', '--lang', 'es'],
      '<mn-article booking-url="https://your-clinic.example/book" reviewed-by="Dr. Ana Ruiz" last-reviewed="2026-11-01" structured-data></mn-article>\n',
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(
      run.stdout,
      /^<mn-article [^>]* structured-data prerendered lang="es"><template shadowrootmode="open">/,
    );
    const tree = parseFragment(run.stdout);
    assert.match(text(tree), /Dr\. Ana Ruiz/);
    assert.ok(run.stdout.includes('href="https://your-clinic.example/book"'));
    assert.equal(jsonLd(tree)[0]['@graph'][0].inLanguage, 'es');
  });
});
