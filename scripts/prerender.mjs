// Run by `npm run build`, after the ES build: the prerendered HTML the package and the demo ship.
// - dist/html/<locale>/<tag>.html: each element with its default attributes (the article with
//   structured-data), for a CMS's HTML block above the script tag;
// - demo/prerendered/<locale>.html: the demo clinic page rendered by the CLI's code, one per
//   language, served by `npm start` beside the page that renders in the browser;
// - demo/index.es.html: `npx microneedling-elements render demo/index.html --lang es`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const { renderElement, renderPage, TAGS } = await import('../dist/ssr/index.js');
const { LOCALES, isRtl } = await import('../dist/i18n/locale.js');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist/html', { recursive: true, force: true });
for (const locale of LOCALES) {
  mkdirSync(`dist/html/${locale}`, { recursive: true });
  for (const tag of TAGS) {
    const markup = tag === 'mn-article' ? `<${tag} structured-data></${tag}>` : `<${tag}></${tag}>`;
    const note =
      `<!-- microneedling-elements ${version}: <${tag}> prerendered for a page in ${locale}. Paste it above the ` +
      `script tag; with other attributes or in another language, the element renders itself again when the script runs. -->\n`;
    writeFileSync(`dist/html/${locale}/${tag}.html`, `${note}${await renderElement(markup, { lang: locale })}\n`);
  }
}

// The demo page, in each language: its <html lang> set, its links one folder deeper.
const page = readFileSync('demo/index.html', 'utf8')
  .replace('href="./styles.css"', 'href="../styles.css"')
  .replace('src="../dist/microneedling-elements.js"', 'src="../../dist/microneedling-elements.js"')
  .replace('<title>Micro-needling — ', '<title>Micro-needling (prerendered) — ')
  .replace('<a class="brand" href="./">', '<a class="brand" href="../">');
rmSync('demo/prerendered', { recursive: true, force: true });
mkdirSync('demo/prerendered');
for (const locale of LOCALES) {
  const html = page.replace('<html lang="en">', `<html lang="${locale}"${isRtl(locale) ? ' dir="rtl"' : ''}>`);
  writeFileSync(`demo/prerendered/${locale}.html`, await renderPage(html));
}
// And the README's example, by the command itself: the demo page in Spanish, beside it.
execFileSync('node', ['dist/ssr/cli.js', 'render', 'demo/index.html', '--lang', 'es', '-o', 'demo/index.es.html'], {
  stdio: 'inherit',
});
console.log(
  `prerendered ${LOCALES.length} × ${TAGS.length} snippets in dist/html/ and the demo page in demo/prerendered/`,
);
