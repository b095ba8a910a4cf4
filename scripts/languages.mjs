// The README's language table, written from lit-localize.json and the XLIFF files themselves:
// each language's name, its tag, its one term for the procedure,
// and who or what made and reviewed its translation (the <header> notes of its file). The build
// runs this, so adding a language to lit-localize.json and its file is all a table row needs.
import { existsSync, readFileSync } from 'node:fs';
import { writeBetween } from './marked.mjs';
import { percent, plain, progress, readXliff, REVIEWED_BY, TRANSLATED_BY, unfinished } from './xliff.mjs';

export function languageTable(config) {
  const name = (tag) => {
    const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return own === english ? own : `${own} (${english})`;
  };
  const rows = [
    `| ${name(config.sourceLocale)} | \`${config.sourceLocale}\` | Micro-needling | 100% | the article itself (the source) | – |`,
  ];
  for (const tag of config.targetLocales) {
    const file = `${config.interchange.xliffDir}${tag}.xlf`;
    if (!existsSync(file)) {
      rows.push(`| ${name(tag)} | \`${tag}\` | | 0%, not offered | no file yet | – |`);
      continue;
    }
    const { units, header } = readXliff(file);
    const { done, total } = progress(file);
    const share =
      done === total ? '100%' : `${percent(done, total)}% (${done} of ${total}), not offered until complete`;
    const note = (from) => header.find((n) => n.from === from)?.text ?? 'not recorded in the file';
    const procedure = units.find((u) => u.id === 'article.procedure-name');
    const term = procedure && !unfinished(procedure) ? procedure.target : undefined;
    rows.push(
      `| ${name(tag)} | \`${tag}\` | ${term ? plain(term) : '(untranslated)'} | ${share} | ${note(TRANSLATED_BY)} | ${note(REVIEWED_BY)} |`,
    );
  }
  return [
    `${config.targetLocales.length + 1} languages. Written by \`npm run build\` from \`lit-localize.json\` and each file's \`<header>\`; do not edit by hand.`,
    '',
    '| language | tag | the procedure | translated | translation | review |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  writeBetween('README.md', 'languages', languageTable(config));
}
