// `npm pack` on a fresh clone builds dist/ first (scripts/prepack.mjs), and packs nothing when
// the build fails. Run in a temporary folder whose build is a stand-in, to be quick.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { test } from 'node:test';

function clone(build) {
  const dir = mkdtempSync(join(tmpdir(), 'mn-prepack-'));
  mkdirSync(join(dir, 'scripts'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'locales'));
  cpSync('scripts/prepack.mjs', join(dir, 'scripts/prepack.mjs'));
  writeFileSync(join(dir, 'src/index.ts'), 'export {};\n');
  writeFileSync(join(dir, 'scripts/build.mjs'), build);
  return dir;
}
const prepack = (dir) => spawnSync(process.execPath, ['scripts/prepack.mjs'], { cwd: dir, encoding: 'utf8' });
const BUILD = `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('dist', { recursive: true }); writeFileSync('dist/custom-elements.json', '{}'); console.log('built dist/');`;

test('builds dist/ when there is none, saying so on stderr (npm pack --json keeps stdout)', () => {
  const dir = clone(BUILD);
  const { status, stdout, stderr } = prepack(dir);
  assert.equal(status, 0);
  assert.equal(stdout, '');
  assert.match(
    stderr,
    /^microneedling-elements: there is no dist\/ yet; building it before packing \(npm run build\)\.\nbuilt dist\/\n$/,
  );
  assert.ok(existsSync(join(dir, 'dist/custom-elements.json')));
});

test('builds again when a source is newer than dist/, and not when dist/ is fresh', () => {
  const dir = clone(BUILD);
  prepack(dir);
  assert.equal(prepack(dir).stderr, '');
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(dir, 'src/index.ts'), later, later);
  assert.match(prepack(dir).stderr, /dist\/ is older than src\/; building it/);
});

test('stops the pack, saying why, when the build fails', () => {
  const dir = clone(`console.error('a broken build'); process.exit(2);`);
  const { status, stderr } = prepack(dir);
  assert.equal(status, 1);
  assert.match(
    stderr,
    /a broken build\nmicroneedling-elements: the build failed \(its message is above\), so nothing is packed\.\n$/,
  );
});
