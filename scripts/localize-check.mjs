// `npm run localize:check`: tells translators exactly what is missing. Fails on a file that is not
// well-formed XML, a message with no translation, a translation whose placeholders differ from
// its source, and a file that is out of date with the code (run `npm run localize:extract`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plain, readXliff } from './xliff.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const problems = [];

// What the code says today: a fresh extract into a scratch folder.
const scratch = mkdtempSync(join(tmpdir(), 'mn-xliff-'));
const scratchConfig = join(scratch, 'lit-localize.json');
writeFileSync(
  scratchConfig,
  JSON.stringify({
    ...config,
    tsConfig: join(process.cwd(), config.tsConfig),
    interchange: { ...config.interchange, xliffDir: scratch },
  }),
);
execFileSync('node_modules/.bin/lit-localize', ['extract', '--config', scratchConfig], { stdio: 'ignore' });

let messages = 0;
for (const locale of config.targetLocales) {
  const file = `${config.interchange.xliffDir}${locale}.xlf`;
  const current = new Map(readXliff(join(scratch, `${locale}.xlf`)).units.map((u) => [u.id, u]));
  messages = current.size;
  let units;
  try {
    ({ units } = readXliff(file));
  } catch (error) {
    problems.push(`${file}: ${error.code === 'ENOENT' ? 'missing: run npm run localize:extract' : error.message}`);
    continue;
  }
  const seen = new Set();
  for (const { id, source, target } of units) {
    seen.add(id);
    const expected = current.get(id);
    if (!expected) continue; // no longer used by the code; extract removes it
    const text = plain(expected.source);
    if (plain(source) !== text) {
      problems.push(`${file}: ${id}: the English source changed; run npm run localize:extract and translate "${text}"`);
      continue;
    }
    if (!target || !plain(target).trim()) {
      problems.push(`${file}: ${id}: no translation for "${text}"`);
      continue;
    }
    if (target.state && target.state !== 'translated' && target.state !== 'final' && target.state !== 'signed-off') {
      problems.push(
        `${file}: ${id}: the translation is marked ${target.state}: review it against "${text}", then remove the state`,
      );
    }
    const wanted = source
      .filter((p) => p.x)
      .map((p) => p.x)
      .sort();
    const got = target
      .filter((p) => p.x)
      .map((p) => p.x)
      .sort();
    const missing = wanted.filter((x) => !got.includes(x));
    const added = got.filter((x) => !wanted.includes(x));
    if (missing.length)
      problems.push(`${file}: ${id}: placeholder ${missing.join(', ')} missing from the translation of "${text}"`);
    if (added.length) problems.push(`${file}: ${id}: placeholder ${added.join(', ')} is not in the source "${text}"`);
  }
  for (const [id, unit] of current) {
    if (!seen.has(id))
      problems.push(
        `${file}: ${id}: not in the file yet; run npm run localize:extract and translate "${plain(unit.source)}"`,
      );
  }
}
rmSync(scratch, { recursive: true, force: true });

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in ${config.targetLocales.length} locale file(s).`);
  process.exit(1);
}
console.log(`All ${config.targetLocales.length} locale files translate all ${messages} messages.`);
