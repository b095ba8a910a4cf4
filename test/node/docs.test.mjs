// The README and docs/ as a reader meets them: a README short enough to read in ten minutes, with
// a table of contents; every link between the files leading somewhere; the install snippet the
// same in the README and on Storybook's introduction page.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

const files = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...readdirSync('docs').map((f) => `docs/${f}`)];
const read = (file) => readFileSync(file, 'utf8');
/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
const anchors = (file) =>
  read(file)
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => slug(line.replace(/^#+ /, '')));

test('the README is for its readers: at most about 300 lines, with a table of contents of its sections', () => {
  const readme = read('README.md');
  const lines = readme.split('\n').length;
  assert.ok(lines <= 310, `README.md has ${lines} lines`);
  const contents = readme.slice(
    readme.indexOf('## Contents'),
    readme.indexOf('\n## ', readme.indexOf('## Contents') + 1),
  );
  const listed = [...contents.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
  const second = readme
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((line) => /^## /.test(line) && line !== '## Contents')
    .map((line) => slug(line.slice(3)));
  assert.deepEqual(listed, second, 'the contents list every section, in order');
});

test('every link between the README, CONTRIBUTING, CHANGELOG and docs/ leads to a file and a heading that exist', () => {
  const broken = [];
  for (const file of files) {
    const text = read(file).replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue; // https:, mailto:
      const [path, anchor] = target.split('#');
      const to = path ? join(dirname(file), path) : file;
      if (!existsSync(to)) broken.push(`${file}: ${target} (no file)`);
      else if (anchor && to.endsWith('.md') && !anchors(to).includes(anchor))
        broken.push(`${file}: ${target} (no heading)`);
    }
  }
  assert.deepEqual(broken, []);
});

test("Storybook's introduction shows the README's install snippet, locales/ folder included", () => {
  const snippet = /<!-- install:start -->\n([\s\S]*?)<!-- install:end -->/.exec(read('README.md'))?.[1];
  assert.ok(snippet?.includes('locales/'), 'the README marks its install snippet');
  assert.ok(read('stories/introduction.mdx').includes(snippet.trim()));
});
