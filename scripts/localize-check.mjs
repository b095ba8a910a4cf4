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
import {
  closest,
  NEW,
  ORPHANED,
  percent,
  PREVIOUS_SOURCE,
  plain,
  readXliff,
  unitAt,
  wordChange,
  xmlError,
} from './xliff.mjs';

/** States a translator or a tool may leave on a finished translation. */
const DONE = new Set(['translated', 'final', 'signed-off']);
/** States of a translation not done yet (the extract marks an empty target new): unfinished, not broken. */
const TODO = new Set([NEW, 'needs-translation']);

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

const short = (text) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Placeholders as `${name}` (id N) for messages. */
const name = (p) => `${p.x} (id ${p.id})`;

/** Compares a target's placeholders with its source's, as a multiset of (id, text). */
function placeholders(source, target) {
  const wanted = source.filter((p) => p.x !== undefined);
  const got = target.filter((p) => p.x !== undefined);
  const key = (p) => `${p.id}\u0000${p.x}`;
  const count = (items) => items.reduce((m, p) => m.set(key(p), (m.get(key(p)) ?? 0) + 1), new Map());
  const want = count(wanted);
  const have = count(got);
  const found = [];
  const reported = new Set();
  for (const p of got) {
    if (reported.has(key(p))) continue;
    const n = have.get(key(p));
    const expected = want.get(key(p)) ?? 0;
    if (expected && n > expected) {
      found.push(`placeholder ${name(p)} appears ${n} times in the translation; keep it exactly once`);
      reported.add(key(p));
    } else if (!expected) {
      const sameId = wanted.find((w) => w.id === p.id);
      const sameText = wanted.find((w) => w.x === p.x);
      if (sameId)
        found.push(
          `placeholder id ${p.id} says ${p.x} in the translation but ${sameId.x} in the source; copy it exactly`,
        );
      else if (sameText)
        found.push(
          `placeholder ${p.x} has id ${p.id} in the translation but id ${sameText.id} in the source; copy it exactly`,
        );
      else found.push(`placeholder ${name(p)} is not in the source; remove it`);
      reported.add(key(p));
    }
  }
  for (const p of wanted) {
    if (have.has(key(p))) continue;
    const renamed = got.some((g) => g.id === p.id || g.x === p.x);
    if (!renamed)
      found.push(`placeholder ${name(p)} is missing from the translation; put it where your grammar needs it`);
  }
  return found;
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
    const report = (list, line, id, message) => {
      const english = id && sources.get(id) ? ` ("${short(plain(sources.get(id).source))}")` : '';
      list.push(`${file}:${line}: ${id ? `${id}${english}: ` : ''}${message}`);
    };
    if (!existsSync(path)) {
      problems.push(`${file}: missing; run npm run localize:extract to create it`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const broken = xmlError(text);
    if (broken) {
      report(problems, `${broken.line}:${broken.column}`, unitAt(text, broken.line), broken.message);
      continue;
    }
    const { units } = readXliff(path);
    const todo = [];
    let total = 0;
    const ids = new Set(units.map((u) => u.id));
    // An id the code does not have is most likely a misspelling of one the file lacks.
    const lacking = [...sources.keys()].filter((id) => !ids.has(id));
    const meant = new Map();
    const seen = new Map();
    for (const unit of units) {
      const { id, line, source, target } = unit;
      if (seen.has(id)) {
        report(problems, line, id, `this unit appears twice (also on line ${seen.get(id)}); keep one`);
        continue;
      }
      seen.set(id, line);
      const expected = sources.get(id);
      if (!expected) {
        const near = closest(id, lacking.length ? lacking : sources.keys());
        meant.set(near, id);
        const english = plain(sources.get(near).source);
        if (unit.notes.some((n) => n.from === ORPHANED)) {
          report(
            warnings,
            line,
            id,
            `no message in the code has this id; the extract kept the unit for its translation (was it ${near}, "${short(english)}"?): move what you need, then delete the unit`,
          );
        } else {
          report(
            problems,
            line,
            id,
            `no message in the code has this id: did you mean ${near} ("${short(english)}")? Correct the id`,
          );
        }
        continue;
      }
      const english = plain(expected.source);
      if (plain(source) !== english) {
        report(problems, line, id, 'the English source changed; run npm run localize:extract');
        continue;
      }
      if (unit.targets > 1) {
        report(problems, line, id, `${unit.targets} translations (<target>) in one unit; keep one`);
        continue;
      }
      total++;
      if (!target || !plain(target).trim()) {
        report(todo, target?.line ?? line, id, 'not translated yet');
        continue;
      }
      const at = target.line ?? line;
      // Translated but still marked as to do: its words are checked all the same.
      if (TODO.has(target.state)) {
        report(todo, at, id, `translated, but marked state="${target.state}": remove the mark when it is done`);
      } else if (target.state && !DONE.has(target.state)) {
        const previous = unit.notes.find((n) => n.from === PREVIOUS_SOURCE)?.text;
        const change = previous ? `the English changed: ${wordChange(previous, english)}; ` : '';
        report(
          problems,
          at,
          id,
          `${change}the translation is marked ${target.state}: review it, then remove state="${target.state}"`,
        );
      }
      for (const message of placeholders(source, target)) report(problems, at, id, message);
      const markup = [...new Set(target.filter((p) => p.markup).map((p) => p.markup))];
      if (markup.length) {
        report(
          problems,
          at,
          id,
          `markup <${markup.join('>, <')}> in the translation: the page shows text only; write the words without tags`,
        );
      }
      const entity = /&(?:[A-Za-z]+|#\d+|#x[\dA-Fa-f]+);/.exec(plain(target));
      if (entity) {
        report(
          problems,
          at,
          id,
          `the page would show "${entity[0]}" as written: type the character itself (the file escapes it once, as &amp;)`,
        );
      }
      if (plain(target).trim() === english.trim() && !['final', 'signed-off'].includes(target.state)) {
        report(
          warnings,
          at,
          id,
          'the translation is the English text; if that is meant, mark the target state="final"',
        );
      }
    }
    if (todo.length) unfinished.push({ file, done: total - todo.length, total, units: todo });
    for (const [id, unit] of sources) {
      if (!seen.has(id) && !meant.has(id))
        report(
          problems,
          '1',
          id,
          `not in the file yet; run npm run localize:extract and translate "${short(plain(unit.source))}"`,
        );
    }
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
