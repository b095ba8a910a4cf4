// The README's table of custom properties is the one the elements' documentation gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { withBetween } from '../../scripts/marked.mjs';
import { tokenRows, tokenTable } from '../../scripts/tokens.mjs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

test('docs/theming.md lists every custom property the elements document, as npm run build writes it', () => {
  const theming = readFileSync('docs/theming.md', 'utf8');
  assert.equal(
    theming,
    withBetween(theming, 'tokens', tokenTable(manifest)),
    'docs/theming.md is stale: run npm run build',
  );
});

test('every role is documented once, with the elements it affects; the brand colour first', () => {
  const rows = tokenRows(manifest);
  assert.equal(rows[0].name, '--mn-accent');
  assert.equal(rows[0].default, '#0b6e69');
  assert.deepEqual(rows.find((row) => row.name === '--mn-line-color').elements, ['mn-article', 'mn-procedure-stepper']);
  assert.deepEqual(
    rows
      .map((row) => row.name)
      .filter((name) => !rows.find((row) => row.name === name).elements.includes('mn-article')),
    [],
    'every token reaches the article',
  );
});
