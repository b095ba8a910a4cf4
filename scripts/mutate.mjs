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
const names = asked.filter((a) => a !== '--summary');
const unknown = names.filter((n) => !GROUPS.some((g) => g.name === n));
if (unknown.length) {
  console.error(`Unknown group(s): ${unknown.join(', ')}. Groups: ${GROUPS.map((g) => g.name).join(', ')}.`);
  process.exit(1);
}
const groups = names.length ? GROUPS.filter((g) => names.includes(g.name)) : GROUPS;

const times = [];
if (!summaryOnly) {
  // The tests import the generated locale modules; build them once, outside the sandboxes.
  spawnSync('node', ['scripts/localize.mjs'], { stdio: 'inherit' });
  for (const group of groups) {
    console.log(`\n── mutating ${group.name}: ${group.mutate.join(' ')}\n   judged by ${group.tests.join(' ')}`);
    const start = Date.now();
    const { status } = spawnSync('node', ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run'], {
      stdio: 'inherit',
      env: { ...process.env, MN_MUTATE_GROUP: group.name },
    });
    const minutes = (Date.now() - start) / 60000;
    times.push(`${group.name}: ${minutes.toFixed(1)} min${status ? ` (Stryker exited ${status})` : ''}`);
  }
}

// ── summary over every report present ──
const dir = 'reports/mutation';
const reports = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
const rows = [];
const open = [];
const equivalent = [];
let killed = 0;
let counted = 0;
for (const file of reports.sort()) {
  const report = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  for (const [path, { mutants, source }] of Object.entries(report.files)) {
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
        (e) => e.file === path && e.line === m.location.start.line && e.mutator === m.mutatorName,
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
