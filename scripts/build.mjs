// `npm run build`: translations, the ES build, the script-tag build and the translation files
// beside it, types and the Custom Elements Manifest.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'vite';

const run = (command, ...args) => execFileSync(command, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

run('node', 'scripts/localize.mjs');
run('node', 'scripts/languages.mjs'); // the README's language table
run(bin('vite'), 'build', '--mode', 'es', '--logLevel', 'warn');
run(bin('vite'), 'build', '--mode', 'iife', '--logLevel', 'warn');

// dist/locales/<tag>.js: what the script-tag build fetches for a language, one self-contained
// module each (one request per language).
rmSync('dist/locales', { recursive: true, force: true });
for (const file of readdirSync('src/generated/locales')) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
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
run(bin('custom-elements-manifest'), 'analyze', '--quiet');
console.log('built dist/');
