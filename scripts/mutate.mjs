// `npm run mutate [group …]`: mutation testing of src/ with the browser tests (StrykerJS, its
// command runner, web-test-runner in Chromium). One Stryker run per group of scripts/mutate.groups.mjs,
// each mutant judged only by the test files that cover its source; then one summary over every
// report in reports/mutation/: per file, the score, and every surviving mutant, either with the
// reason it is equivalent (scripts/mutate.equivalent.mjs) or marked NOT KILLED.
// Slow (several seconds per mutant, one browser at a time): not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { GROUPS } from './mutate.groups.mjs';
import { EQUIVALENT } from './mutate.equivalent.mjs';

const asked = process.argv.slice(2);
const summaryOnly = asked.includes('--summary');
// --survivors: re-run only the mutants that survived the group's last full run (after new tests).
const survivorsOnly = asked.includes('--survivors');
const names = asked.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !GROUPS.some((g) => g.name === n));
if (unknown.length) {
  console.error(`Unknown group(s): ${unknown.join(', ')}. Groups: ${GROUPS.map((g) => g.name).join(', ')}.`);
  process.exit(1);
}
const groups = names.length ? GROUPS.filter((g) => names.includes(g.name)) : GROUPS;

const times = [];
const dir = 'reports/mutation';
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const same = (a, b) =>
  a.mutatorName === b.mutatorName &&
  a.replacement === b.replacement &&
  a.location.start.line === b.location.start.line &&
  a.location.start.column === b.location.start.column;

/** Stryker's `file:line:column-line:column` spans of the mutants that survived a group's full run. */
function survivorRanges(name) {
  const report = read(`${dir}/${name}.json`);
  if (!report) throw new Error(`no full run of "${name}" to take survivors from: run npm run mutate ${name}`);
  return Object.entries(report.files).flatMap(([path, { mutants }]) =>
    mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .map(({ location: { start, end } }) => `${path}:${start.line}:${start.column - 1}-${end.line}:${end.column}`),
  );
}
if (!summaryOnly) {
  // The tests import the generated locale modules; build them once, outside the sandboxes.
  spawnSync('node', ['scripts/localize.mjs'], { stdio: 'inherit' });
  for (const group of groups) {
    console.log(`\n── mutating ${group.name}: ${group.mutate.join(' ')}\n   judged by ${group.tests.join(' ')}`);
    const env = { ...process.env, MN_MUTATE_GROUP: group.name };
    if (survivorsOnly) {
      const ranges = survivorRanges(group.name);
      if (!ranges.length) {
        console.log('   no surviving mutant to re-run');
        continue;
      }
      env.MN_MUTATE_RANGES = JSON.stringify(ranges);
    }
    const start = Date.now();
    const { status } = spawnSync('node', ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run'], {
      stdio: 'inherit',
      env,
    });
    const minutes = (Date.now() - start) / 60000;
    times.push(`${group.name}: ${minutes.toFixed(1)} min${status ? ` (Stryker exited ${status})` : ''}`);
  }
}

// ── summary over every report present; a survivors re-run overrides its group's survivors ──
const reports = existsSync(dir)
  ? readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.survivors.json'))
  : [];
const rows = [];
const open = [];
const equivalent = [];
let killed = 0;
let counted = 0;
for (const file of reports.sort()) {
  const report = read(`${dir}/${file}`);
  const rerun = read(`${dir}/${file.replace(/\.json$/, '.survivors.json')}`);
  const owner = GROUPS.find((g) => `${g.name}.json` === file);
  for (const [path, { mutants: all, source }] of Object.entries(report.files)) {
    // A report from before a file moved to another group is left to that group's report.
    const owned = owner?.mutate.some((p) => p === path || (p.endsWith('/*.ts') && path.startsWith(p.slice(0, -4))));
    if (!owned) continue;
    const again = rerun?.files[path]?.mutants ?? [];
    const mutants = all.map((m) => (m.status === 'Survived' && again.find((r) => same(r, m))) || m);
    const lines = source.split('\n');
    const row = { path, killed: 0, survived: 0, equivalent: 0, ignored: 0 };
    for (const m of mutants) {
      if (m.status === 'Ignored') {
        row.ignored++;
        continue;
      }
      const where = `${path}:${m.location.start.line}:${m.location.start.column}`;
      const original = lines[m.location.start.line - 1].trim().slice(0, 100);
      if (m.status === 'Killed' || m.status === 'Timeout' || m.status === 'RuntimeError') {
        row.killed++;
        continue;
      }
      const reason = EQUIVALENT.find(
        (e) =>
          e.file === path &&
          e.line === m.location.start.line &&
          e.mutator === m.mutatorName &&
          (!e.replacement || e.replacement === m.replacement),
      )?.reason;
      const entry = `${where} ${m.mutatorName} → ${m.replacement.replace(/\s+/g, ' ').slice(0, 80)}\n      in: ${original}`;
      if (reason) {
        row.equivalent++;
        equivalent.push(`${entry}\n      equivalent: ${reason}`);
      } else {
        row.survived++;
        open.push(`${entry}\n      NOT KILLED (${m.status})`);
      }
    }
    killed += row.killed;
    counted += row.killed + row.survived;
    rows.push(row);
  }
}

const pct = (k, n) => (n ? `${((100 * k) / n).toFixed(1)}%` : '–');
console.log('\n── mutation score (killed / non-equivalent mutants) ──');
console.log('file | killed | not killed | equivalent | ignored | score');
for (const r of rows) {
  console.log(
    `${r.path} | ${r.killed} | ${r.survived} | ${r.equivalent} | ${r.ignored} | ${pct(r.killed, r.killed + r.survived)}`,
  );
}
if (equivalent.length) console.log(`\n── equivalent mutants (${equivalent.length}) ──\n${equivalent.join('\n')}`);
if (open.length) console.log(`\n── surviving mutants not yet killed (${open.length}) ──\n${open.join('\n')}`);
if (times.length) console.log(`\n── time ──\n${times.join('\n')}`);
console.log(
  `\nMutation score: ${pct(killed, counted)} (${killed} of ${counted} non-equivalent mutants killed, ${rows.length} files)`,
);
