// `npm run mutate [group …]`: mutation testing of src/ with the browser tests (StrykerJS, its
// command runner, web-test-runner in Chromium). One Stryker run per group of scripts/mutate.groups.mjs,
// each mutant judged only by the test files that cover its source; then one summary over every
// report in reports/mutation/: per file, the score, and every surviving mutant, either with the
// reason it is equivalent (scripts/mutate.equivalent.mjs) or marked NOT KILLED. `--summary` also
// writes it into docs/testing.md between <!-- mutate:start --> and <!-- mutate:end -->, with the commit
// each group ran on and how long it took (kept beside each report, in <group>.meta.json).
// Slow (several seconds per mutant, one browser at a time): not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { GROUPS } from './mutate.groups.mjs';
import { EQUIVALENT } from './mutate.equivalent.mjs';
import { writeBetween } from './marked.mjs';

const asked = process.argv.slice(2);
const summaryOnly = asked.includes('--summary');
// --survivors: re-run only the mutants that survived the group's last full run (after new tests).
const survivorsOnly = asked.includes('--survivors');
const names = asked.filter((a) => !a.startsWith('--'));
const USAGE = `Usage: npm run mutate -- [--survivors | --summary] [group …]
  (no group)   every group, one after another (hours on 2 cores)
  --survivors  re-run only the mutants that survived each group's last full run
  --summary    no run: the summary of reports/mutation/, also written into docs/testing.md
Groups: ${GROUPS.map((g) => g.name).join(', ')}.`;
const flags = asked.filter((a) => a.startsWith('--'));
if (asked.includes('--help') || asked.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const badFlags = flags.filter((f) => f !== '--summary' && f !== '--survivors');
const unknown = names.filter((n) => !GROUPS.some((g) => g.name === n));
if (unknown.length || badFlags.length) {
  console.error(`Unknown ${[...badFlags, ...unknown].join(', ')}.\n${USAGE}`);
  process.exit(1);
}
// In the order asked for (the most wanted first, when a run may be cut short).
const groups = names.length ? [...new Set(names)].map((n) => GROUPS.find((g) => g.name === n)) : GROUPS;

const times = [];
const dir = 'reports/mutation';
const git = (...args) => spawnSync('git', args, { encoding: 'utf8' }).stdout.trim();
/** The commit the sources and tests were at, `+` when src/, test/ or scripts/ had changes not committed. */
const revision = () =>
  git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--', 'src', 'test', 'scripts') ? '+' : '');
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const same = (a, b) =>
  a.mutatorName === b.mutatorName &&
  a.replacement === b.replacement &&
  a.location.start.line === b.location.start.line &&
  a.location.start.column === b.location.start.column;

/**
 * Keeps of a Stryker report what the summary reads (each file's source and its mutants' status
 * and place; no machine path, no test output), one mutant a line: the reports are kept in git,
 * so that the summary can be made again on any clone, and a run's changes read as a diff.
 */
function compact(file) {
  const report = read(file);
  if (!report || !('projectRoot' in report || 'config' in report)) return;
  const files = Object.entries(report.files).map(
    ([path, { language, source, mutants }]) =>
      `${JSON.stringify(path)}: {"language": ${JSON.stringify(language)}, "source": ${JSON.stringify(source)}, "mutants": [\n` +
      mutants
        .map(({ id, mutatorName, replacement, status, location }) =>
          JSON.stringify({ id, mutatorName, replacement, status, location }),
        )
        .join(',\n') +
      '\n]}',
  );
  writeFileSync(
    file,
    `{"schemaVersion": ${JSON.stringify(report.schemaVersion)}, "files": {\n${files.join(',\n')}\n}}\n`,
  );
}

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
  // One test has the source take over a page the build prerendered (dist/ssr).
  if (!existsSync('dist/ssr/index.js')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
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
    // A full run makes the last survivors re-run meaningless.
    if (!survivorsOnly)
      for (const old of ['survivors.json', 'survivors.meta.json'])
        rmSync(`${dir}/${group.name}.${old}`, { force: true });
    const commit = revision();
    const start = Date.now();
    const { status } = spawnSync('node', ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run'], {
      stdio: 'inherit',
      env,
    });
    const minutes = (Date.now() - start) / 60000;
    times.push(`${group.name}: ${minutes.toFixed(1)} min${status ? ` (Stryker exited ${status})` : ''}`);
    mkdirSync(dir, { recursive: true });
    compact(`${dir}/${group.name}${survivorsOnly ? '.survivors' : ''}.json`);
    const meta = { commit, date: new Date(start).toISOString().slice(0, 10), minutes: Math.round(minutes), status };
    writeFileSync(`${dir}/${group.name}${survivorsOnly ? '.survivors' : ''}.meta.json`, JSON.stringify(meta));
  }
}

// ── summary over every report present; a survivors re-run overrides its group's survivors ──
const reports = existsSync(dir)
  ? readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.survivors.json') && !f.endsWith('.meta.json'))
  : [];
const rows = [];
const groupRows = [];
const open = [];
const equivalent = [];
const loose = [];
const used = new Set();
let killed = 0;
let counted = 0;
for (const file of reports.sort()) {
  // A report from before reports were compacted, or copied in from elsewhere.
  for (const kind of ['', '.survivors']) compact(`${dir}/${file.replace(/\.json$/, `${kind}.json`)}`);
  const report = read(`${dir}/${file}`);
  const rerun = read(`${dir}/${file.replace(/\.json$/, '.survivors.json')}`);
  const owner = GROUPS.find((g) => `${g.name}.json` === file);
  const group = {
    name: file.replace(/\.json$/, ''),
    meta: read(`${dir}/${file.replace(/\.json$/, '.meta.json')}`),
    again: read(`${dir}/${file.replace(/\.json$/, '.survivors.meta.json')}`),
    killed: 0,
    survived: 0,
    equivalent: 0,
    ignored: 0,
  };
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
      const entry = EQUIVALENT.find(
        (e) =>
          e.file === path &&
          (e.code ? lines[m.location.start.line - 1].includes(e.code) : e.line === m.location.start.line) &&
          (!e.column || e.column === m.location.start.column) &&
          (!e.mutator || e.mutator === m.mutatorName) &&
          (!e.replacement || e.replacement === m.replacement) &&
          (!e.span || e.span === spanOf(lines, m.location)),
      );
      if (m.status === 'Killed' || m.status === 'Timeout' || m.status === 'RuntimeError') {
        row.killed++;
        // An entry that also fits a mutant some test kills would call that one equivalent too,
        // the day it survived: each entry must name only what no test can kill.
        if (entry) loose.push({ entry, where: `${path}:${m.location.start.line}:${m.location.start.column}`, m });
        continue;
      }
      const reason = entry?.reason;
      if (entry) used.add(entry);
      const survivor = {
        where: `${path}:${m.location.start.line}:${m.location.start.column}`,
        mutator: m.mutatorName,
        replacement: m.replacement.replace(/\s+/g, ' ').slice(0, 80),
        original: lines[m.location.start.line - 1].trim().slice(0, 100),
        reason,
        status: m.status,
      };
      if (reason) {
        row.equivalent++;
        equivalent.push(survivor);
      } else {
        row.survived++;
        open.push(survivor);
      }
    }
    killed += row.killed;
    counted += row.killed + row.survived;
    rows.push(row);
    for (const key of ['killed', 'survived', 'equivalent', 'ignored']) group[key] += row[key];
  }
  groupRows.push(group);
}

/** The text of the source a mutant replaces (Stryker's lines and columns count from 1). */
function spanOf(lines, { start, end }) {
  const text = lines.slice(start.line - 1, end.line).join('\n');
  const from = start.column - 1;
  return text.slice(from, text.length - lines[end.line - 1].length + end.column - 1);
}

const pct = (k, n) => (n ? `${((100 * k) / n).toFixed(1)}%` : '–');
const line = (s) => `${s.where} ${s.mutator} → ${s.replacement}\n      in: ${s.original}`;
console.log('\n── mutation score (killed / non-equivalent mutants) ──');
console.log('file | killed | not killed | equivalent | ignored | score');
for (const r of rows) {
  console.log(
    `${r.path} | ${r.killed} | ${r.survived} | ${r.equivalent} | ${r.ignored} | ${pct(r.killed, r.killed + r.survived)}`,
  );
}
if (equivalent.length) {
  console.log(`\n── equivalent mutants (${equivalent.length}) ──`);
  for (const s of equivalent) console.log(`${line(s)}\n      equivalent: ${s.reason}`);
}
if (open.length) {
  console.log(`\n── surviving mutants not yet killed (${open.length}) ──`);
  for (const s of open) console.log(`${line(s)}\n      NOT KILLED (${s.status})`);
}
// Entries of scripts/mutate.equivalent.mjs that need a column, a replacement or a span, or that
// no survivor needs any more (a file of a group with no report here is not judged).
const judged = new Set(rows.map((r) => r.path));
const stale = EQUIVALENT.filter((e) => judged.has(e.file) && !used.has(e));
if (loose.length || stale.length) {
  console.log(
    `\n── equivalent entries to correct in scripts/mutate.equivalent.mjs (${loose.length + stale.length}) ──`,
  );
  for (const { entry, where, m } of loose) {
    console.log(
      `${where} ${m.mutatorName} → ${m.replacement} (${m.status}) fits the entry "${entry.code ?? entry.line}"`,
    );
  }
  for (const e of stale) console.log(`${e.file}: "${e.code ?? e.line}" fits no surviving mutant`);
  process.exitCode = 1;
}
if (times.length) console.log(`\n── time ──\n${times.join('\n')}`);
const score = `${pct(killed, counted)} (${killed} of ${counted} non-equivalent mutants killed, ${rows.length} files)`;
console.log(`\nMutation score: ${score}`);

// ── `--summary`: the same summary in docs/testing.md, between the markers ──
const code = (s) => `\`${s.replace(/`/g, "'")}\``;
const ran = (meta) => (meta ? `${meta.commit}, ${meta.date}, ${meta.minutes} min` : '–');
const missing = GROUPS.map((g) => g.name).filter((name) => !groupRows.some((g) => g.name === name));
const block = [
  `**Score over the groups in \`reports/mutation/\`: ${score}; ${equivalent.length} equivalent, ` +
    `${groupRows.reduce((n, g) => n + g.ignored, 0)} ignored (\`desc\` notes).**` +
    (missing.length ? ` Groups with no report here: ${missing.map((n) => `\`${n}\``).join(', ')}.` : ''),
  '',
  'Each group as last run (commit, `+` when the tree had changes not committed; date; minutes):',
  '',
  '| group | full run | survivors re-run | killed | not killed | equivalent | score |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...groupRows.map(
    (g) =>
      `| \`${g.name}\` | ${ran(g.meta)} | ${ran(g.again)} | ${g.killed} | ${g.survived} | ${g.equivalent} | ${pct(g.killed, g.killed + g.survived)} |`,
  ),
  '',
  `Surviving mutants not killed (${open.length})${open.length ? ':' : '.'}`,
  '',
  ...open.map((s) => `- ${code(s.where)} ${s.mutator} → ${code(s.replacement)} in ${code(s.original)}`),
  ...(open.length ? [''] : []),
  `Equivalent mutants (${equivalent.length}), each with the reason no test can tell it from the original:`,
  '',
  ...equivalent.map((s) => `- ${code(s.where)} ${s.mutator} → ${code(s.replacement)}: ${s.reason}.`),
].join('\n');
if (summaryOnly) {
  writeBetween('docs/testing.md', 'mutate', block);
  console.log('docs/testing.md: the mutation block rewritten.');
}
