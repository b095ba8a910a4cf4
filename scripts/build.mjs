// `npm run build`: translations, the ES build, the script-tag build and the translation files
// beside it, types and the Custom Elements Manifest.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { shortMessageIds } from './message-ids.mjs';
import { writeBetween } from './marked.mjs';
import { tokenTable } from './tokens.mjs';

// A step that fails has said why (the translations' check first, one line per problem): stop
// with its exit status, without a stack trace of this script on top.
const run = (command, ...args) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};
const bin = (name) => `node_modules/.bin/${name}`;

run('node', 'scripts/localize.mjs');
run('node', 'scripts/languages.mjs'); // the README's language table
run(bin('vite'), 'build', '--mode', 'es', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'iife', '--logLevel', 'warn');

// demo/translation-preview.js: the translation preview's page script (preview/), the library
// inside, one classic script beside demo/translation-preview.html, so that the two files work from
// any static host or from the disk. It shows the translation in the file it is given, never a
// shipped one: the shipped translations' loaders are left out.
await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  define: { __VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  plugins: [
    {
      name: 'mn-preview-without-translations',
      transform(code, id) {
        if (!id.endsWith('/src/generated/locale-loaders.ts')) return null;
        return { code: code.replace(/(export const loaders\b[^\n]*= )\{[\s\S]*?\n\};/, '$1{};'), map: null };
      },
    },
  ],
  build: {
    outDir: 'demo',
    emptyOutDir: false,
    minify: true,
    modulePreload: false,
    lib: {
      entry: 'preview/page.ts',
      formats: ['iife'],
      name: 'MnTranslationPreview',
      fileName: () => 'translation-preview.js',
    },
  },
});

// dist/locales/<tag>.js: what the script-tag build fetches for a language, one self-contained
// module each (one request per language).
// The pseudo-locale (a development tool) is left out, as vite.config.ts leaves it out of the builds.
const pseudo = /pseudoLocale = '([^']+)'/.exec(readFileSync('src/generated/locale-loaders.ts', 'utf8'))?.[1];
rmSync('dist/locales', { recursive: true, force: true });
for (const file of readdirSync('src/generated/locales')) {
  if (file === `${pseudo}.ts`) continue;
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // The ids as the script-tag build writes them (scripts/message-ids.mjs).
    plugins: [shortMessageIds()],
    build: {
      outDir: 'dist/locales',
      emptyOutDir: false,
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input: `src/generated/locales/${file}`,
        preserveEntrySignatures: 'exports-only',
        treeshake: { moduleSideEffects: (id) => !id.includes('/@lit/localize/') },
        output: { entryFileNames: '[name].js' },
      },
    },
  });
}

run(bin('tsc'), '-p', 'tsconfig.build.json');
// The script-tag file's types: its source's declarations (window.MicroneedlingElements, and
// through index.d.ts the tag and event maps).
renameSync('dist/bundle.d.ts', 'dist/microneedling-elements.d.ts');
// Every .d.ts has its module: declarations of what no ES module ships (the script-tag build's
// loader, the pseudo-locale) go.
for (const file of ['i18n/load.script.d.ts', ...(pseudo ? [`generated/locales/${pseudo}.d.ts`] : [])]) {
  rmSync(`dist/${file}`, { force: true });
}
// A type-only source module (content/types.ts) gets the empty module tsc would have emitted.
for (const file of readdirSync('dist', { recursive: true })) {
  const js = `dist/${file}`.replace(/\.d\.ts$/, '.js');
  if (file.endsWith('.d.ts') && !existsSync(js)) writeFileSync(js, 'export {};\n');
}
if (pseudo) {
  const loaders = 'dist/generated/locale-loaders.d.ts';
  writeFileSync(loaders, readFileSync(loaders, 'utf8').replace(/\n.*\n.*pseudoLocale.*\n/, '\n'));
}

// The notices of the third-party code the builds include (Lit in the script-tag build,
// @lit/localize's string helpers in both), which BSD-3-Clause asks to travel with it.
const bundled = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', '@lit-labs/ssr-client'];
writeFileSync(
  'dist/THIRD-PARTY-NOTICES.txt',
  `microneedling-elements bundles the following third-party code. Keep this file beside
microneedling-elements.js when you copy it to a site.
${bundled
  .map((name) => {
    const { version, homepage } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    return `\n${'='.repeat(72)}\n${name} ${version} (${homepage})\n\n${readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim()}\n`;
  })
  .join('')}`,
);
// Prerendered HTML: dist/html/ and the demo's demo/prerendered/ (from the ES build's renderer).
run('node', 'scripts/prerender.mjs');
chmodSync('dist/ssr/cli.js', 0o755); // the package's bin
run(bin('custom-elements-manifest'), 'analyze', '--quiet');
// From the manifest: JSX, Vue, VS Code and JetBrains data, and the React wrappers.
run('node', 'scripts/integrations.mjs');
// docs/theming.md's table of custom properties, from the manifest.
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
writeBetween('docs/theming.md', 'tokens', tokenTable(manifest));
console.log('built dist/');
