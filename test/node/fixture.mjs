// A scratch copy of the project's translation set-up (sources, configuration, locale files) in a
// temporary folder, for tests that break files or run the translation scripts on them.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));

/** A folder with src/, locales/, lit-localize.json and tsconfigs copied, node_modules linked. */
export function scratchProject() {
  const dir = mkdtempSync(join(tmpdir(), 'mn-project-'));
  for (const path of ['src', 'locales', 'lit-localize.json', 'tsconfig.json', 'tsconfig.build.json']) {
    cpSync(join(ROOT, path), join(dir, path), {
      recursive: true,
      filter: (source) => !source.includes(`${join('src', 'generated')}`),
    });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    write: (path, text) => writeFileSync(join(dir, path), text),
    /** Rewrites a file with `edit(text)`; throws if the edit changed nothing, so a test cannot silently miss. */
    edit(path, edit) {
      const before = readFileSync(join(dir, path), 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`the edit of ${path} changed nothing`);
      writeFileSync(join(dir, path), after);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
