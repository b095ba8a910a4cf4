// `npm run localize:check` on broken files made here, one mistake at a time: each must give
// exactly the line a translator needs (file, line, unit id, English text, what to do).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { checkLocales, extractSources } from '../../scripts/localize-check.mjs';
import { offeredLocales } from '../../scripts/xliff.mjs';
import { config, ROOT, scratchProject } from './fixture.mjs';

const STEP_OF = 'ui.step-of ("Step ${current} of ${total}")';
const FAQ = 'ui.faq ("Frequently asked questions")';

/** The line number of a `file:line: …` message. */
const lineNumber = (message) => Number(message.split(':')[1]);

/** The 1-based line of the first occurrence of `needle` in `text`. */
const lineOf = (text, needle) => {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `"${needle}" is in the file`);
  return text.slice(0, index).split('\n').length;
};

describe('localize:check', () => {
  let sources;
  let project;
  const es = { ...config, targetLocales: ['es'] };
  const check = () => checkLocales(es, sources, project.dir);
  const file = () => project.read('locales/es.xlf');
  /** Replaces one exact piece of locales/es.xlf. */
  const replace = (from, to) => project.edit('locales/es.xlf', (text) => text.replace(from, to));

  before(() => {
    sources = extractSources(config, ROOT);
  });
  // A fresh copy for every test: one mistake at a time.
  const fresh = () => {
    project?.remove();
    project = scratchProject();
  };
  after(() => project?.remove());

  it('passes the shipped files, every one of them; one a translator is still working on is listed, not failed', () => {
    fresh();
    const { problems, warnings, unfinished } = checkLocales(config, sources, project.dir);
    assert.deepEqual({ problems, warnings }, { problems: [], warnings: [] });
    // Every configured file is complete, but for any a translator is working on (not offered yet).
    const offered = offeredLocales(config, project.dir);
    assert.deepEqual(
      unfinished.map(({ file }) => file),
      config.targetLocales.filter((tag) => !offered.includes(tag)).map((tag) => `locales/${tag}.xlf`),
    );
  });

  it('names a duplicated placeholder in one line, with file, line, unit and English', () => {
    fresh();
    replace(
      'Paso <x id="0" equiv-text="${current}"/> de <x id="1" equiv-text="${total}"/></target>',
      'Paso <x id="0" equiv-text="${current}"/> de <x id="1" equiv-text="${total}"/> (<x id="0" equiv-text="${current}"/>)</target>',
    );
    const line = lineOf(file(), 'Paso <x id="0" equiv-text="${current}"/> de <x id="1" equiv-text="${total}"/> (');
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${line}: ${STEP_OF}: placeholder \${current} (id 0) appears 2 times in the translation; keep it exactly once`,
    ]);
  });

  it('names the same <x id> twice with different text', () => {
    fresh();
    replace(
      'Paso <x id="0" equiv-text="${current}"/> de <x id="1" equiv-text="${total}"/></target>',
      'Paso <x id="0" equiv-text="${current}"/> de <x id="0" equiv-text="${total}"/></target>',
    );
    const line = lineOf(file(), 'de <x id="0" equiv-text="${total}"/>');
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${line}: ${STEP_OF}: placeholder id 0 says \${total} in the translation but \${current} in the source; copy it exactly`,
    ]);
  });

  it('names a missing and an added placeholder', () => {
    fresh();
    replace(
      'Paso <x id="0" equiv-text="${current}"/> de <x id="1" equiv-text="${total}"/></target>',
      'Paso <x id="0" equiv-text="${current}"/> de <x id="2" equiv-text="${steps}"/></target>',
    );
    const line = lineOf(file(), 'equiv-text="${steps}"');
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${line}: ${STEP_OF}: placeholder \${steps} (id 2) is not in the source; remove it`,
      `locales/es.xlf:${line}: ${STEP_OF}: placeholder \${total} (id 1) is missing from the translation; put it where your grammar needs it`,
    ]);
  });

  it('gives the line and column of an unclosed tag, and the unit it is in', () => {
    fresh();
    replace('<target>Preguntas frecuentes</target>', '<target>Preguntas frecuentes');
    const line = lineOf(file(), '<target>Preguntas frecuentes');
    assert.deepEqual(check().problems, [`locales/es.xlf:${line}:3: ${FAQ}: <target> is not closed: add </target>`]);
  });

  it('gives the line and column of a misspelt tag', () => {
    fresh();
    replace('<target>Preguntas frecuentes</target>', '<targte>Preguntas frecuentes</target>');
    const line = lineOf(file(), '<targte>');
    const column = file().split('\n')[line - 1].indexOf('</target>') + 1;
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${line}:${column}: ${FAQ}: </target> does not close <targte> (line ${line}): one of the two is misspelt`,
    ]);
  });

  it('names a bare & with its line and column, and how to write it', () => {
    fresh();
    replace('<target>Preguntas frecuentes</target>', '<target>Preguntas & respuestas</target>');
    const line = lineOf(file(), 'Preguntas & respuestas');
    const column = file().split('\n')[line - 1].indexOf('&') + 1;
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${line}:${column}: ${FAQ}: a bare "&": write it as &amp; (XML needs the escape)`,
    ]);
  });

  it('names an HTML entity XML does not know, such as &nbsp;', () => {
    fresh();
    replace('<target>Preguntas frecuentes</target>', '<target>Preguntas&nbsp;frecuentes</target>');
    const { problems } = check();
    assert.equal(problems.length, 1);
    assert.match(
      problems[0],
      /^locales\/es\.xlf:\d+:\d+: ui\.faq \("Frequently asked questions"\): "&nbsp;" is not an XML entity: write the character itself/,
    );
  });

  it('names curly quotes in markup as such, at their own column', () => {
    fresh();
    replace('<target>Preguntas frecuentes</target>', '<target state=”final”>Preguntas frecuentes</target>');
    const line = lineOf(file(), 'state=”final”');
    const column = file().split('\n')[line - 1].indexOf('”') + 1;
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${line}:${column}: ${FAQ}: a curly quote ” in the markup of <target>: XML needs straight quotes (" or ') around attribute values, as in state="final"`,
    ]);
  });

  it('names a curly quote in a placeholder, and leaves curly quotes in the words alone', () => {
    fresh();
    replace('Paso <x id="0" equiv-text="${current}"/> de', '“Paso” <x id=“0” equiv-text="${current}"/> de');
    const line = lineOf(file(), '<x id=“0”');
    const column = file().split('\n')[line - 1].indexOf('<x id=“0”') + '<x id='.length + 1;
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${line}:${column}: ${STEP_OF}: a curly quote “ in the markup of <x>: XML needs straight quotes (" or ') around attribute values, as in state="final"`,
    ]);
  });

  it('names a misspelt unit id where it stands, with the id it most likely meant', () => {
    fresh();
    replace('<trans-unit id="ui.faq">', '<trans-unit id="ui.fqa">');
    const line = lineOf(file(), '<trans-unit id="ui.fqa">');
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${line}: ui.fqa: no message in the code has this id: did you mean ui.faq ("Frequently asked questions")? Correct the id`,
    ]);
  });

  it('names a unit that appears twice', () => {
    fresh();
    const unit = /<trans-unit id="ui\.faq">[\s\S]*?<\/trans-unit>\n/.exec(file())[0];
    replace(unit, unit + unit);
    const lines = file()
      .split('\n')
      .flatMap((l, i) => (l.includes('<trans-unit id="ui.faq">') ? [i + 1] : []));
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${lines[1]}: ${FAQ}: this unit appears twice (also on line ${lines[0]}); keep one`,
    ]);
  });

  it('names a unit with two translations', () => {
    fresh();
    replace('<target>Preguntas frecuentes</target>', '<target>Preguntas frecuentes</target><target>FAQ</target>');
    const line = lineOf(file(), '<trans-unit id="ui.faq">');
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${line}: ${FAQ}: 2 translations (<target>) in one unit; keep one`,
    ]);
  });

  it('names markup the page would not show', () => {
    fresh();
    replace('<target>Preguntas frecuentes</target>', '<target><b>Preguntas</b> frecuentes</target>');
    const line = lineOf(file(), '<b>Preguntas</b>');
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${line}: ${FAQ}: markup <b> in the translation: the page shows text only; write the words without tags`,
    ]);
  });

  it('names an entity escaped twice, which the page would show as written', () => {
    fresh();
    replace('<target>Preguntas frecuentes</target>', '<target>Preguntas&amp;nbsp;frecuentes</target>');
    const line = lineOf(file(), 'Preguntas&amp;nbsp;');
    assert.deepEqual(check().problems, [
      `locales/es.xlf:${line}: ${FAQ}: the page would show "&nbsp;" as written: type the character itself (the file escapes it once, as &amp;)`,
    ]);
  });

  it('accepts characters escaped once: &amp;, &lt;, a non-breaking space', () => {
    fresh();
    replace('<target>Preguntas frecuentes</target>', '<target>Preguntas &amp; respuestas &lt;3\u00a0!</target>');
    assert.deepEqual(check().problems, []);
  });

  it('lists a missing or empty translation as unfinished, which is no failure; a missing file is one', () => {
    fresh();
    replace('<target>Preguntas frecuentes</target>', '');
    replace('<target>Reservar una consulta</target>', '<target state="new"/>');
    const line = lineOf(file(), '<trans-unit id="ui.faq">');
    const book = lineOf(file(), '<target state="new"/>');
    const { problems, unfinished } = check();
    assert.deepEqual(problems, []);
    assert.deepEqual(unfinished, [
      {
        file: 'locales/es.xlf',
        done: 59,
        total: 61,
        units: [
          `locales/es.xlf:${book}: ui.book ("Book a consultation"): not translated yet`,
          `locales/es.xlf:${line}: ${FAQ}: not translated yet`,
        ].sort((a, b) => lineNumber(a) - lineNumber(b)),
      },
    ]);
    project.remove();
    project = scratchProject();
    assert.deepEqual(
      checkLocales({ ...config, targetLocales: ['qaa'] }, sources, project.dir).problems[0],
      'locales/qaa.xlf: missing; run npm run localize:extract to create it',
    );
  });

  it('warns of a translation identical to the English, unless its target is state="final"', () => {
    fresh();
    replace('<target>Preguntas frecuentes</target>', '<target>Frequently asked questions</target>');
    const line = lineOf(file(), '<target>Frequently asked questions</target>');
    assert.deepEqual(check(), {
      problems: [],
      unfinished: [],
      warnings: [
        `locales/es.xlf:${line}: ${FAQ}: the translation is the English text; if that is meant, mark the target state="final"`,
      ],
    });
    replace('<target>Frequently asked questions</target>', '<target state="final">Frequently asked questions</target>');
    assert.deepEqual(check(), { problems: [], warnings: [], unfinished: [] });
  });

  it('runs as npm run localize:check: exit 1 and the problem on stderr', () => {
    fresh();
    replace(
      'Paso <x id="0" equiv-text="${current}"/> de <x id="1" equiv-text="${total}"/></target>',
      'Paso <x id="0" equiv-text="${current}"/> de <x id="1" equiv-text="${total}"/> (<x id="0" equiv-text="${current}"/>)</target>',
    );
    const run = spawnSync('node', [join(ROOT, 'scripts/localize-check.mjs')], { cwd: project.dir, encoding: 'utf8' });
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split('\n');
    assert.match(
      lines[0],
      /^locales\/es\.xlf:\d+: ui\.step-of \("Step \$\{current\} of \$\{total\}"\): placeholder \$\{current\} \(id 0\) appears 2 times/,
    );
    assert.equal(lines.filter((l) => l.startsWith('locales/')).length, 1);
  });
});
