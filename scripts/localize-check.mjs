// `npm run localize:check`: tells translators, before anything is built, everything in their
// files that would break the build or reach the page wrongly, one line each, with the file, the
// line, the unit's id and its English text. npm test runs it first.
//
// Fails on: a missing file, XML that is not well-formed, a unit twice, a unit with no or several
// translations, placeholders that differ from the source's (missing, added, duplicated, renamed),
// markup or entities that would show wrongly, a translation marked for review (with what changed
// in the English), and a file out of date with the code. Warns (without failing) of a
// translation identical to the English, unless its target is marked state="final".
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkXliff, findingLine, percent } from './xliff-rules.mjs';
import { parseXml, readXliff } from './xliff.mjs';

/** What the code says today: every message's source, by id, from a fresh extract into a scratch folder. */
export function extractSources(config, cwd = process.cwd()) {
  const scratch = mkdtempSync(join(tmpdir(), 'mn-xliff-'));
  try {
    const scratchConfig = join(scratch, 'lit-localize.json');
    writeFileSync(
      scratchConfig,
      JSON.stringify({
        ...config,
        targetLocales: ['en-x-check'],
        tsConfig: resolve(cwd, config.tsConfig),
        interchange: { ...config.interchange, xliffDir: scratch },
      }),
    );
    execFileSync(join(cwd, 'node_modules/.bin/lit-localize'), ['extract', '--config', scratchConfig], {
      stdio: 'ignore',
      cwd,
    });
    return new Map(readXliff(join(scratch, 'en-x-check.xlf')).units.map((u) => [u.id, u]));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Checks every configured locale's file against the sources. Returns the problems (which fail
 * the check: something is broken), the warnings, each a line for the translator, and for each
 * file not finished yet how far it is and the units still to translate (unfinished is a normal
 * state, not a failure: such a language is not offered until it is complete).
 */
export function checkLocales(config, sources, cwd = process.cwd()) {
  const problems = [];
  const warnings = [];
  const unfinished = [];
  for (const locale of config.targetLocales) {
    const file = `${config.interchange.xliffDir.replace(/^\.\//, '')}${locale}.xlf`;
    const path = resolve(cwd, file);
    if (!existsSync(path)) {
      problems.push(`${file}: missing; run npm run localize:extract to create it`);
      continue;
    }
    const { findings, total } = checkXliff(readFileSync(path, 'utf8'), sources, parseXml);
    const lines = (level) => findings.filter((f) => f.level === level).map((f) => findingLine(file, f, sources));
    problems.push(...lines('problem'));
    warnings.push(...lines('warning'));
    const todo = lines('todo');
    if (todo.length) unfinished.push({ file, done: total - todo.length, total, units: todo });
  }
  return { problems, warnings, unfinished };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const sources = extractSources(config);
  const { problems, warnings, unfinished } = checkLocales(config, sources);
  for (const line of warnings) console.warn(`warning: ${line}`);
  // Unfinished work is listed, and passes: the language is simply not offered yet.
  for (const { file, done, total, units } of unfinished) {
    console.log(`${file}: ${done} of ${total} units translated (${percent(done, total)}%); to do:`);
    for (const line of units) console.log(`  ${line}`);
  }
  const files = `${config.targetLocales.length} locale file(s)`;
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`\n${problems.length} problem(s) in ${files}; npm run localize:check checks again.`);
    process.exit(1);
  }
  if (unfinished.length) {
    const list = unfinished.map(({ file, done, total }) => `${file} ${percent(done, total)}%`).join(', ');
    console.log(
      `No problems in ${files}; unfinished, so not offered until complete: ${list}. The others translate all ${sources.size} messages.`,
    );
  } else console.log(`All ${files} translate all ${sources.size} messages.`);
}
