// The script-tag build's message ids, shortened: `msg()`'s ids ('benefit.procedure.title', …) are
// only keys between the code and the translation files beside it, so that build (its
// microneedling-elements.js and its locales/*.js alike) writes each as a short base-36 number,
// the same in both. The ES build and the XLIFF files keep the ids as written. Saves about 0.17 KB
// gzip in the script tag.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An id as the sources write it, in msg()'s options. */
const ID = /\bid: '([a-z][\w-]*(?:\.[\w-]+)+)'/g;
// The code reaches the plugin as JavaScript (TypeScript already stripped), with either quote.
const ANY_ID = /\bid: (['"])([a-z][\w-]*(?:\.[\w-]+)+)\1/g;
const KEY = /(['"])([a-z][\w-]*(?:\.[\w-]+)+)\1:/g;

/** Every message id of the sources, sorted, so that the short ids follow from the sources alone. */
function messageIds(root) {
  const dir = join(root, 'src/content');
  const ids = new Set();
  for (const file of readdirSync(dir)) {
    for (const [, id] of readFileSync(join(dir, file), 'utf8').matchAll(ID)) ids.add(id);
  }
  return [...ids].sort();
}

/** A Vite/Rolldown plugin that shortens the ids in src/content/ and in the generated locale modules. */
export function shortMessageIds(root = process.cwd()) {
  const short = new Map(messageIds(root).map((id, i) => [id, i.toString(36)]));
  const rewrite = (code, pattern, write) =>
    code.replace(pattern, (match, quote, name) => (short.has(name) ? write(short.get(name)) : match));
  return {
    name: 'mn-short-message-ids',
    transform(code, id) {
      if (/\/src\/content\/[^/]+\.ts$/.test(id)) return { code: rewrite(code, ANY_ID, (s) => `id: "${s}"`), map: null };
      if (/\/src\/generated\/locales\/[^/]+\.ts$/.test(id))
        return { code: rewrite(code, KEY, (s) => `"${s}":`), map: null };
      return null;
    },
  };
}
