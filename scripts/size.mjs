// The size budget: fails when a shipped file grows past what it may weigh, gzipped (level 9).
// Besides the script-tag file, each element's ES entry is measured as a bundler user pays for it:
// bundled and minified together with Lit.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { writeBetween } from './marked.mjs';

const KB = 1024;
/** Raise a budget only by what a feature honestly costs, and say so in docs/performance.md. */
export const budgets = {
  // Every element, Lit and the English text in one classic script.
  // Hydration of prerendered HTML raised every budget by the 1.5 KB it may cost (it costs 1.39 KB
  // net in the script tag: Lit's hydrate(), 1.9 KB, less 0.55 KB found in the build). The clinic's
  // own entries (src/internal/clinic.ts: reading, sanitising and slotting children, 1.5 KB; a
  // second item template per element; the stepper's MedicalProcedure JSON-LD and print placement)
  // raised those of the elements that take them by what each measured, keeping about 0.3 KB of room.
  // Colour by role (src/internal/theme.styles.ts: every colour derived from the brand colour and
  // the page, hover and active states, one spacing and type scale, the stepper's connectors drawn
  // once, <mn-article>'s exported parts) cost 0.76 KB in the script tag (22.13 → 22.89 KB) and
  // 0.36 to 0.72 KB in each ES entry; each budget went up by what it measured, rounded up to 0.25 KB.
  // Safety after that, 0.54 KB in the script tag (22.89 → 23.43 KB): the clinic's entries disarmed
  // before removal, the clobbering checks (every document method, Lit's globals made safe before
  // Lit loads: src/internal/globals.ts), a warning for an entry a list leaves out, imports with no
  // DOM and an ASCII state comment. Each budget went up by what it measured, rounded to 0.25 KB.
  // The clinic's entries in <mn-article> (handed down to its accordion, stepper and FAQ card, its
  // first render held while the page is parsed until all its children are there, its list
  // attributes): 0.48 KB in the script tag (23.43 → 23.91 KB), 0.12 KB in the other entries.
  'dist/microneedling-elements.js': 24.25 * KB,
  'dist/index.js + lit': 25.5 * KB,
  // The foundation's budget was 12 KB for Lit, the accordion and its English content; a language
  // per element (lang) and twelve languages' lazy loaders took it to 13 KB, hydration to 14.5 KB,
  // the clinic's entries to 16.75 KB, the theme's roles to 17.25 KB, the safety above to 17.75 KB.
  'dist/components/benefits-accordion/define.js + lit': 17.75 * KB,
  'dist/components/procedure-stepper/define.js + lit': 19.25 * KB,
  'dist/components/faq-card/define.js + lit': 18.5 * KB,
  'dist/components/disclaimer/define.js + lit': 12 * KB,
  'dist/components/article/define.js + lit': 25.5 * KB,
};

export function measure(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Bundles an ES entry of dist/ with Lit, minified, the way an app's bundler would, and returns
 * what a page loads up front: the entry and the chunks it imports statically. The lazily loaded
 * translations are left out; each is measured on its own in the benchmark.
 */
async function withLit(entry) {
  const [{ output }] = [].concat(
    await build({
      configFile: false,
      logLevel: 'silent',
      // Not lib mode: an app build, fully minified, as a bundler user ships it.
      build: {
        write: false,
        minify: true,
        modulePreload: false,
        rolldownOptions: { input: entry, preserveEntrySignatures: 'exports-only' },
      },
    }),
  );
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  visit(output.find((o) => o.type === 'chunk' && o.isEntry).fileName);
  const file = `.bench/size/${entry.replace(/[/.]/g, '_')}`;
  mkdirSync('.bench/size', { recursive: true });
  writeFileSync(file, [...seen].map((name) => chunks.get(name).code).join('\n'));
  return file;
}

export async function sizes() {
  const rows = [];
  for (const label of Object.keys(budgets)) {
    const file = label.endsWith(' + lit') ? await withLit(label.replace(' + lit', '')) : label;
    rows.push({ label, budget: budgets[label], ...measure(file) });
  }
  return rows;
}

/** What each row is, for a reader of the tables. */
const NAMES = {
  'dist/microneedling-elements.js': '`microneedling-elements.js`, the script tag (Lit, every element, English)',
  'dist/index.js + lit': '`microneedling-elements` (every element) + Lit',
  'dist/components/benefits-accordion/define.js + lit': '`…/benefits-accordion.js` + Lit',
  'dist/components/procedure-stepper/define.js + lit': '`…/procedure-stepper.js` + Lit',
  'dist/components/faq-card/define.js + lit': '`…/faq-card.js` + Lit',
  'dist/components/disclaimer/define.js + lit': '`…/disclaimer.js` + Lit',
  'dist/components/article/define.js + lit': '`…/article.js` + Lit (all five elements)',
};
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

/** The README's table (what a page downloads) and docs/performance.md's (with the budgets). */
export function sizeTables(rows) {
  return {
    short: [
      '| what a page loads | gzip |',
      '| --- | --- |',
      ...rows.map((r) => `| ${NAMES[r.label]} | ${kb(r.gzip)} |`),
    ].join('\n'),
    full: [
      '| file | raw | gzip | brotli | budget (gzip) |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${NAMES[r.label]} | ${r.raw.toLocaleString('en')} B | ${kb(r.gzip)} | ${kb(r.brotli)} | ${kb(r.budget)} |`,
      ),
    ].join('\n'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let over = 0;
  const rows = await sizes();
  for (const { label, budget, raw, gzip, brotli } of rows) {
    const ok = gzip <= budget;
    if (!ok) over++;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${label}: ${(gzip / KB).toFixed(2)} KB gzip of ${(budget / KB).toFixed(2)} KB budget ` +
        `(${raw} B raw, ${gzip} B gzip, ${brotli} B brotli)`,
    );
  }
  const { short, full } = sizeTables(rows);
  const changed = [
    writeBetween('README.md', 'size', short) && 'README.md',
    writeBetween('docs/performance.md', 'size', full) && 'docs/performance.md',
  ].filter(Boolean);
  if (changed.length) console.log(`The size tables in ${changed.join(' and ')} are written anew.`);
  process.exit(over ? 1 : 0);
}
