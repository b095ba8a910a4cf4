// Every entry point imports where there is no DOM (Node, a framework's server bundle): nothing
// touches HTMLElement, document or window at import time. Each runs in a fresh Node process, as
// a server imports the package by its name; on a server the elements are defined in Lit's DOM
// shim's registry, for the server renderer. None puts a `document` on globalThis either: a
// framework's server that finds one takes itself for a browser (`next dev` then fails).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { test } from 'node:test';

const ENTRIES = [
  'microneedling-elements',
  'microneedling-elements/benefits-accordion.js',
  'microneedling-elements/procedure-stepper.js',
  'microneedling-elements/faq-card.js',
  'microneedling-elements/disclaimer.js',
  'microneedling-elements/article.js',
  'microneedling-elements/components/procedure-stepper/step.js',
  'microneedling-elements/react',
  'microneedling-elements/ssr',
];

for (const entry of ENTRIES) {
  test(`${entry} imports in Node with no DOM`, () => {
    const script = `
      if ('HTMLElement' in globalThis || 'document' in globalThis) throw new Error('a DOM before the import');
      await import(${JSON.stringify(entry)});
      console.log(typeof document, globalThis.customElements?.get('mn-step') ? 'defined' : 'not defined');`;
    const { status, stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    assert.equal(stderr, '');
    assert.equal(status, 0);
    const [document, defined] = stdout.trim().split(' ');
    assert.equal(document, 'undefined');
    // The step is defined (for the server renderer) by every entry that defines the stepper.
    const defines = /microneedling-elements(\/(procedure-stepper|article)\.js|\/react|\/ssr)?$/.test(entry);
    assert.equal(defined, defines ? 'defined' : 'not');
  });
}
