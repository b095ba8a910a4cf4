// The translation scripts as a translator and a developer meet them: extract keeps the English a
// translation was made from, the build gives characters back as characters, the pseudo-locale is
// as long as real translations get, and nothing but lit-localize.json names the language list.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkLocales, extractSources } from '../../scripts/localize-check.mjs';
import { languageTable } from '../../scripts/languages.mjs';
import { NEW_HEADER, plain, pseudoModule, readXliff, unfinished } from '../../scripts/xliff.mjs';
import { config, ROOT, scratchProject } from './fixture.mjs';

const OLD = 'The micro-needling device is then gently circled over the targeted area';
const NEW = 'The micro-needling device is then softly circled over the targeted area';

describe('localize:extract', () => {
  it('marks a translation whose English changed, keeps the old English beside it, and drops it after review', () => {
    const project = scratchProject();
    try {
      project.edit('src/content/benefits.ts', (text) => text.replace(OLD, NEW));
      const run = () =>
        execFileSync('node', [join(ROOT, 'scripts/localize-extract.mjs')], { cwd: project.dir, encoding: 'utf8' });
      assert.match(
        run(),
        /locales\/es\.xlf: the English source of benefit\.procedure\.body changed; review the translation\./,
      );
      const unit = () =>
        readXliff(join(project.dir, 'locales/es.xlf')).units.find((u) => u.id === 'benefit.procedure.body');
      assert.equal(unit().target.state, 'needs-review-translation');
      assert.deepEqual(
        unit()
          .notes.filter((n) => n.from === 'previous-source')
          .map((n) => n.text.includes(OLD)),
        [true],
      );
      assert.ok(plain(unit().source).includes(NEW));

      const sources = extractSources(config, project.dir);
      const { problems } = checkLocales({ ...config, targetLocales: ['es'] }, sources, project.dir);
      assert.deepEqual(problems, [
        `locales/es.xlf:${unit().target.line}: benefit.procedure.body ("During a micro-needling treatment, the skin is cleansed and then a very light p…"): the English changed: "then gently circled" → "then softly circled"; the translation is marked needs-review-translation: review it, then remove state="needs-review-translation"`,
      ]);

      // A second change before the review keeps the English the translation was made from.
      project.edit('src/content/benefits.ts', (text) => text.replace(NEW, NEW.replace('softly', 'very softly')));
      run();
      assert.deepEqual(
        unit()
          .notes.filter((n) => n.from === 'previous-source')
          .map((n) => n.text.includes(OLD)),
        [true],
      );

      // The translator reviews it and removes the mark; the next extract drops the old English.
      project.edit('locales/es.xlf', (text) => text.replace('<target state="needs-review-translation">', '<target>'));
      run();
      assert.equal(unit().target.state, undefined);
      assert.deepEqual(
        unit().notes.filter((n) => n.from === 'previous-source'),
        [],
      );
      assert.ok(project.read('locales/es.xlf').endsWith('</xliff>\n'));
    } finally {
      project.remove();
    }
  });
});

describe('localize:extract and a unit the code does not have', () => {
  it('keeps it with its translation, marks it, reports it with the closest id, and the build leaves it out', () => {
    const project = scratchProject();
    try {
      // A translator misspells an id; the developer runs the extract, as the check used to advise.
      project.edit('locales/es.xlf', (text) => text.replace('<trans-unit id="ui.faq">', '<trans-unit id="ui.fqa">'));
      const out = execFileSync('node', [join(ROOT, 'scripts/localize-extract.mjs')], {
        cwd: project.dir,
        encoding: 'utf8',
      });
      const text = project.read('locales/es.xlf');
      const line = text.split('\n').findIndex((l) => l.includes('<trans-unit id="ui.fqa">')) + 1;
      assert.ok(
        out.includes(
          `locales/es.xlf:${line}: ui.fqa: the code has no message with this id (closest: ui.faq); kept with its translation, marked <note from="orphaned">: move what you need, then delete the unit.`,
        ),
        out,
      );
      const units = readXliff(join(project.dir, 'locales/es.xlf')).units;
      const orphan = units.find((u) => u.id === 'ui.fqa');
      assert.equal(plain(orphan.target), 'Preguntas frecuentes');
      assert.deepEqual(
        orphan.notes.filter((n) => n.from === 'orphaned').map((n) => n.text),
        [
          'The code has no message with this id (the closest is ui.faq): kept so that its translation is not lost. Move what you need, then delete this unit.',
        ],
      );
      assert.equal(units.find((u) => u.id === 'ui.faq').target.state, 'new');

      // The check warns of it where it stands; a second extract keeps it as it is.
      const sources = extractSources(config, ROOT);
      const { warnings } = checkLocales({ ...config, targetLocales: ['es'] }, sources, project.dir);
      assert.deepEqual(warnings, [
        `locales/es.xlf:${line}: ui.fqa: no message in the code has this id; the extract kept the unit for its translation (was it ui.faq, "Frequently asked questions"?): move what you need, then delete the unit`,
      ]);
      execFileSync('node', [join(ROOT, 'scripts/localize-extract.mjs')], { cwd: project.dir, encoding: 'utf8' });
      assert.equal(project.read('locales/es.xlf'), text);

      // The code gets the id back (say, a message restored): the unit is an orphan no more.
      project.edit('src/content/ui.ts', (code) => code.replace("id: 'ui.faq'", "id: 'ui.fqa'"));
      execFileSync('node', [join(ROOT, 'scripts/localize-extract.mjs')], { cwd: project.dir, encoding: 'utf8' });
      const restored = readXliff(join(project.dir, 'locales/es.xlf')).units.find((u) => u.id === 'ui.fqa');
      assert.deepEqual(
        [plain(restored.target), restored.notes.map((n) => n.from)],
        ['Preguntas frecuentes', ['lit-localize']],
      );
      project.edit('src/content/ui.ts', (code) => code.replace("id: 'ui.fqa'", "id: 'ui.faq'"));
      execFileSync('node', [join(ROOT, 'scripts/localize-extract.mjs')], { cwd: project.dir, encoding: 'utf8' });

      // The translator moves the translation to the right unit: es is complete again (the kept
      // unit does not count), and the build leaves the kept unit out.
      project.edit('locales/es.xlf', (text) =>
        text.replace(
          '<source>Frequently asked questions</source>\n  <target state="new"/>',
          '<source>Frequently asked questions</source>\n  <target>Preguntas frecuentes</target>',
        ),
      );
      execFileSync('node', [join(ROOT, 'scripts/localize.mjs')], { cwd: project.dir });
      const module = project.read('src/generated/locales/es.ts');
      assert.ok(module.includes("'ui.faq': `Preguntas frecuentes`"));
      assert.ok(!module.includes('ui.fqa'));
    } finally {
      project.remove();
    }
  });
});

/**
 * The project's configuration with Swedish added as a new language, in a scratch copy: a Swedish
 * file the project may have (a translator's work in progress) is taken out of the copy first,
 * so that the test starts from no file, as a new language does.
 */
function addSwedish(project) {
  rmSync(join(project.dir, 'locales/sv.xlf'), { force: true });
  const sv = { ...config, targetLocales: [...config.targetLocales.filter((tag) => tag !== 'sv'), 'sv'] };
  project.write('lit-localize.json', JSON.stringify(sv));
  return sv;
}

describe('localize:extract for a new language', () => {
  it('writes the header the language table reads, an empty target marked new in every unit, and a note in each', () => {
    const project = scratchProject();
    try {
      const sv = addSwedish(project);
      execFileSync('node', [join(ROOT, 'scripts/localize-extract.mjs')], { cwd: project.dir, encoding: 'utf8' });
      const file = join(project.dir, 'locales/sv.xlf');
      const { units, header } = readXliff(file);
      const sources = extractSources(config, ROOT);

      assert.deepEqual(header, [
        { from: 'translated-by', text: NEW_HEADER['translated-by'] },
        { from: 'reviewed-by', text: 'Not yet reviewed by a native speaker.' },
      ]);
      const row = languageTable({ ...sv, interchange: { ...sv.interchange, xliffDir: `${project.dir}/locales/` } })
        .split('\n')
        .find((line) => line.includes('| `sv` |'));
      assert.equal(
        row,
        `| svenska (Swedish) | \`sv\` | (untranslated) | 0% (0 of 61), not offered until complete | ${NEW_HEADER['translated-by']} | Not yet reviewed by a native speaker. |`,
      );

      assert.deepEqual(units.map((u) => u.id).sort(), [...sources.keys()].sort());
      for (const unit of units) {
        assert.deepEqual([unit.targets, unit.target.state, plain(unit.target)], [1, 'new', ''], unit.id);
        const notes = unit.notes.filter((n) => n.from === 'lit-localize');
        assert.equal(notes.length, 1, `${unit.id} has its note`);
        // The ten key points are medical text: each note asks to keep what the English hedges.
        if (unit.id.startsWith('benefit.')) assert.match(notes[0].text, /hedge|supervision/, unit.id);
      }
      // The target follows the source, as XLIFF 1.2 orders them, and the header comes first.
      const text = project.read('locales/sv.xlf');
      assert.match(text, /<file [^>]*>\n<header>\n {2}<note from="translated-by">/);
      assert.match(text, /<source>Procedure<\/source>\n {2}<target state="new"\/>\n {2}<note /);

      // A second extract changes nothing: the header and the targets are there.
      execFileSync('node', [join(ROOT, 'scripts/localize-extract.mjs')], { cwd: project.dir, encoding: 'utf8' });
      assert.equal(project.read('locales/sv.xlf'), text);
    } finally {
      project.remove();
    }
  });
});

describe('an unfinished language', () => {
  it('is listed by the check without failing it, shown with its share in the table, and offered only once complete', () => {
    const project = scratchProject();
    try {
      const sv = addSwedish(project);
      execFileSync('node', [join(ROOT, 'scripts/localize-extract.mjs')], { cwd: project.dir, encoding: 'utf8' });
      /** Fills the target of unit `id`, which the extract left empty and marked new. */
      const translate = (id, swedish, state = '') =>
        project.edit('locales/sv.xlf', (text) =>
          text.replace(
            new RegExp(
              `(<trans-unit id="${id.replace(/\./g, '\\.')}">\\n {2}<source>.*</source>\\n {2})<target state="new"/>`,
            ),
            `$1<target${state}>${swedish}</target>`,
          ),
        );
      translate('ui.faq', 'Vanliga frågor');
      translate('ui.book', 'Boka en konsultation');
      translate('article.procedure-name', 'Microneedling');
      // Translated, but still marked new: not finished until the translator says so.
      translate('benefit.procedure.title', 'Behandling', ' state="new"');

      const sources = extractSources(config, ROOT);
      const { problems, unfinished } = checkLocales(sv, sources, project.dir);
      assert.deepEqual(problems, []);
      assert.deepEqual(
        unfinished.map(({ file, done, total, units }) => [file, done, total, units.length]),
        [['locales/sv.xlf', 3, 61, 58]],
      );
      const text = project.read('locales/sv.xlf');
      const line = (needle) => text.slice(0, text.indexOf(needle)).split('\n').length;
      assert.ok(
        unfinished[0].units.includes(
          `locales/sv.xlf:${line('<target state="new">Behandling')}: benefit.procedure.title ("Procedure"): translated, but marked state="new": remove the mark when it is done`,
        ),
      );
      const intro = '<trans-unit id="article.intro">';
      assert.ok(
        unfinished[0].units.some((l) =>
          l.startsWith(`locales/sv.xlf:${line(intro) + 2}: article.intro ("Micro-needling, also`),
        ),
        'each line names the file and the target line',
      );

      const run = spawnSync('node', [join(ROOT, 'scripts/localize-check.mjs')], { cwd: project.dir, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.ok(run.stdout.includes('locales/sv.xlf: 3 of 61 units translated (5%); to do:\n  locales/sv.xlf:'));
      assert.match(run.stdout, /unfinished, so not offered until complete: locales\/sv\.xlf 5%\./);

      const row = languageTable({ ...sv, interchange: { ...sv.interchange, xliffDir: `${project.dir}/locales/` } })
        .split('\n')
        .find((l) => l.includes('| `sv` |'));
      assert.ok(
        row.startsWith('| svenska (Swedish) | `sv` | Microneedling | 5% (3 of 61), not offered until complete |'),
        row,
      );

      // Not offered: no module, not in the locale codes, no loader; English, marked as such, instead.
      execFileSync('node', [join(ROOT, 'scripts/localize.mjs')], { cwd: project.dir });
      const offered = () => [
        existsSync(join(project.dir, 'src/generated/locales/sv.ts')),
        project.read('src/generated/locale-codes.ts').includes('`sv`'),
        project.read('src/generated/locale-loaders.ts').includes("'sv'"),
      ];
      assert.deepEqual(offered(), [false, false, false]);
      assert.ok(existsSync(join(project.dir, 'src/generated/locales/es.ts')));

      // Complete (every target filled and unmarked): offered.
      project.edit('locales/sv.xlf', (text) =>
        text
          .replace(
            /<source>(.*)<\/source>\n {2}<target state="new"\/>/g,
            '<source>$1</source>\n  <target state="final">$1</target>',
          )
          .replace('<target state="new">Behandling', '<target>Behandling'),
      );
      assert.deepEqual(checkLocales(sv, sources, project.dir).unfinished, []);
      execFileSync('node', [join(ROOT, 'scripts/localize.mjs')], { cwd: project.dir });
      assert.deepEqual(offered(), [true, true, true]);
    } finally {
      project.remove();
    }
  });
});

describe('the build of translations', () => {
  it('gives the page &, <, >, quotes and non-breaking spaces as the characters the translator wrote', () => {
    const project = scratchProject();
    try {
      project.edit('locales/es.xlf', (text) =>
        text.replace(
          '<target>Preguntas frecuentes</target>',
          '<target>Preguntas &amp; respuestas &lt;FAQ&gt; "sí" ‘ya’\u00a0!</target>',
        ),
      );
      execFileSync('node', [join(ROOT, 'scripts/localize.mjs')], { cwd: project.dir });
      const module = project.read('src/generated/locales/es.ts');
      assert.ok(module.includes('`Preguntas & respuestas <FAQ> "sí" ‘ya’\u00a0!`'), 'the text as written');
      assert.ok(!/&(amp|lt|gt);/.test(module), 'no entity left in any translation');
    } finally {
      project.remove();
    }
  });
});

describe('the pseudo-locale', () => {
  it('makes text of 10 to 50 characters at least twice as long, and short labels longer still', () => {
    const { units } = readXliff(join(ROOT, 'locales', `${config.targetLocales[0]}.xlf`));
    const module = pseudoModule(units);
    const pseudo = new Map([...module.matchAll(/^ {2}'([^']+)': (?:str)?`(.*)`,$/gm)].map((m) => [m[1], m[2]]));
    const length = (text) => [...text.replace(/\$\{\d+\}/g, '#')].length;
    let checked = 0;
    for (const { id, source } of units) {
      const english = [...plain(source).replace(/\$\{\w+\}/g, '#')].length;
      const ratio = length(pseudo.get(id)) / english;
      if (english >= 10 && english <= 50) {
        assert.ok(ratio >= 2, `${id}: ${english} characters became ${ratio.toFixed(2)}×`);
        checked++;
      }
      if (english < 10) assert.ok(ratio >= 2.5, `${id}: ${english} characters became ${ratio.toFixed(2)}×`);
      if (english > 200) assert.ok(ratio >= 1.35 && ratio <= 1.6, `${id}: a paragraph became ${ratio.toFixed(2)}×`);
    }
    assert.ok(checked >= 20, `${checked} texts of 10 to 50 characters checked`);
  });
});

describe('the language list', () => {
  const tags = config.targetLocales.map((tag) => tag.replace(/[-]/g, '\\-'));
  const tag = `(?:${tags.join('|')})`;
  /** Shapes a list of languages takes in code and prose: three or more tags in a row. */
  const LISTS = [
    // 'xx', 'yy', 'zz' … in an array or a call, over lines too
    new RegExp(`(['"\`])${tag}\\1(?:\\s*(?:[,|]\\s*)?(?:and\\s+|or\\s+)?(['"\`])${tag}\\2){2,}`),
    // { xx: …, yy: …, 'zz-ZZ': … } as keys
    new RegExp(
      `(?:^|[{,]\\s*)['"]?${tag}['"]?\\s*:(?:[^\\n]*\\n?){0,3}?[{,]?\\s*['"]?${tag}['"]?\\s*:(?:[^\\n]*\\n?){0,3}?[{,]?\\s*['"]?${tag}['"]?\\s*:`,
      'm',
    ),
    // prose: Xish (`xx`), Yish (`yy`), Zish (`zz`); or bare: xx, yy, zz-ZZ
    new RegExp(`\\(\`${tag}\`\\)[^\\n]{0,40}?\\(\`${tag}\`\\)[\\s\\S]{0,40}?\\(\`${tag}\`\\)`),
    new RegExp(`\\b${tag}, ${tag}, ${tag}\\b`),
    // <option value="xx"> three times
    new RegExp(`value=(['"])${tag}\\1[\\s\\S]*?value=(['"])${tag}\\2[\\s\\S]*?value=(['"])${tag}\\3`),
  ];

  it('is named by lit-localize.json alone: no other file lists the languages', () => {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && !/^(lit-localize\.json|locales\/|package-lock\.json)/.test(f))
      .filter((f) => /\.(m?[jt]s|html|mdx?|json|css|cjs)$/.test(f));
    const offenders = [];
    for (const file of files) {
      let text = readFileSync(join(ROOT, file), 'utf8');
      // The README's language table is written from lit-localize.json by the build.
      text = text.replace(/<!-- languages:start -->[\s\S]*<!-- languages:end -->/, '');
      for (const list of LISTS) if (list.test(text)) offenders.push(`${file}: ${list.exec(text)[0].slice(0, 60)}`);
    }
    assert.deepEqual(offenders, []);
  });

  it('would catch a file that lists them, in each shape', () => {
    const [a, b, c] = config.targetLocales;
    const samples = [
      `const LANGS = ['${a}', '${b}',\n  '${c}'];`,
      `const SAME = {\n  ${a}: ['x'],\n  '${b}': [],\n  ${c}: [] };`,
      `<option value="${a}">A</option>\n<option value="${b}">B</option>\n<option value="${c}">C</option>`,
      'Languages: `' + a + '`, `' + b + '` and `' + c + '`.',
      'In A (`' + a + '`), B (`' + b + '`) and C (`' + c + '`).',
      `Add ?lang=${a} (or ${b}, ${c}, ${a}) to the address.`,
    ];
    for (const sample of samples)
      assert.ok(
        LISTS.some((list) => list.test(sample)),
        sample,
      );
    assert.ok(!LISTS.some((list) => list.test(`expect(matchLocale('${a}-XX')).to.equal('${a}');`)));
  });

  it("is what the README's language table shows, one row per language", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = languageTable(config);
    assert.ok(readme.includes(table), 'README.md holds the table scripts/languages.mjs writes (npm run build)');
    const rows = table.split('\n').filter((l) => /^\| .* \| `[^`]+` \|/.test(l));
    assert.deepEqual(
      rows.map((r) => /`([^`]+)`/.exec(r)[1]),
      [config.sourceLocale, ...config.targetLocales],
    );
  });
});

describe("a translator's tool", () => {
  // translate-toolkit (Debian's translate-toolkit; .ci/run installs it) is the XLIFF library
  // behind Weblate, Pootle and Virtaal. Where it is missing the test says so and is skipped.
  const pocount = spawnSync('pocount', ['--version'], { encoding: 'utf8' });
  const missing = pocount.error ? 'translate-toolkit is not installed (apt-get install translate-toolkit)' : false;

  it(
    'opens every locale file, and counts as untranslated exactly the units the check lists as to do',
    { skip: missing },
    () => {
      const files = config.targetLocales.map((tag) => join(ROOT, 'locales', `${tag}.xlf`));
      const run = spawnSync('pocount', ['--csv', ...files], { encoding: 'utf8' });
      assert.equal(run.stderr, '');
      const rows = run.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',').map((cell) => cell.trim()));
      assert.deepEqual(
        rows.map(([file, , , , , , untranslated, , total]) => [
          file.split('/').pop(),
          Number(untranslated),
          Number(total),
        ]),
        // Every unit of a finished file translated; in one a translator is working on, the same
        // units as the check's: those with no words yet.
        config.targetLocales.map((tag, i) => {
          const { units } = readXliff(files[i]);
          const empty = units.filter((u) => unfinished(u) && !plain(u.target ?? []).trim());
          return [`${tag}.xlf`, empty.length, units.length];
        }),
      );
    },
  );
});

describe('the second reading (issue 26)', () => {
  // What a second, independent machine reading against the English corrected: the wording it
  // replaced must not come back (an extract, a merge), and each corrected file says so in its
  // header, which the README's table shows, without claiming a native speaker's review.
  // Rows, not an object keyed by language: the language-list test reads three tag keys as a list.
  const corrected = [
    ['es', 'benefit.professional-guidance.title', 'Supervisión profesional'],
    ['es', 'step.consultation.body', 'el estado particular de su piel'],
    ['pt-BR', 'benefit.professional-guidance.title', 'Acompanhamento profissional'],
    ['ar', 'benefit.professional-guidance.title', 'إشراف مختص'],
    ['ja', 'ui.step-of', '全${total}ステップ中${current}ステップ目'],
    ['ja', 'ui.step-announcement', '全${total}ステップ中${current}ステップ目：${title}'],
    ['ja', 'benefit.scar-reduction.title', '傷跡を目立ちにくく'],
    ['pl', 'benefit.texture-and-tone.body', 'teksturze'],
    ['pl', 'article.disclaimer', 'w przypadku danego stanu skóry'],
    ['pl', 'step.consultation.body', 'w przypadku danego stanu skóry'],
  ];
  const replaced = [
    ['ja', '専門的なトレーニング'],
    ['pl', 'fakturze'],
    ['pl', 'przy indywidualnym stanie skóry'],
  ];

  for (const tag of new Set(corrected.map(([tag]) => tag))) {
    it(`${tag}: the corrected wording stands, and the header records the reading`, () => {
      const { units: all, header } = readXliff(join(ROOT, 'locales', `${tag}.xlf`));
      for (const [, id, text] of corrected.filter((row) => row[0] === tag)) {
        const target = plain(all.find((u) => u.id === id).target);
        assert.ok(target.includes(text), `${tag} ${id}: ${target}`);
      }
      for (const [, text] of replaced.filter((row) => row[0] === tag)) {
        assert.deepEqual(
          all.filter((u) => plain(u.target).includes(text)).map((u) => u.id),
          [],
          `${tag}: "${text}"`,
        );
      }
      const review = header.find((n) => n.from === 'reviewed-by')?.text ?? '';
      assert.match(review, /^Checked by a second, independent machine reading against the English, 2026-12\b/);
      assert.match(review, /Not yet reviewed by a native speaker\.$/);
    });
  }
});
