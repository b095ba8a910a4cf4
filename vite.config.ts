import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const define = { __VERSION__: JSON.stringify(version) };

/** Lit stays a peer for npm users, so an app and this library share one copy. */
const external = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

/** @lit/localize declares no sideEffects; only str() and joinStringsAndValues() are used. */
export const treeshake = { moduleSideEffects: (id: string) => !id.includes('/@lit/localize/') };

/** Each element's ES entry: its define module and its side-effect-free class module. */
const components = ['benefits-accordion', 'procedure-stepper', 'faq-card', 'disclaimer', 'article'];
const entries = Object.fromEntries([
  ['index', 'src/index.ts'],
  ...components.flatMap((name) => [
    [`components/${name}/define`, `src/components/${name}/define.ts`],
    [`components/${name}/${name}`, `src/components/${name}/${name}.ts`],
  ]),
]);

/**
 * The pseudo-locale is a development tool (the demo, the tests and Storybook run from src/):
 * the builds that ship leave it out, so no app and no clinic page ever downloads it.
 */
export const withoutPseudoLocale: Plugin = {
  name: 'mn-without-pseudo-locale',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/generated/locale-loaders.ts')) return null;
    const tag = /pseudoLocale = '([^']+)'/.exec(code)?.[1];
    if (!tag) return null;
    const out = code
      .replace(`pseudoLocale = '${tag}'`, 'pseudoLocale = undefined')
      .split('\n')
      .filter((line) => !line.includes(`'${tag}': () => import(`))
      .join('\n');
    return { code: out, map: null };
  },
};

/**
 * Where a bundled third-party module goes in the ES build (one file per module, so that every
 * `.d.ts` has its module beside it): `dist/vendor/`, since npm leaves node_modules folders out
 * of a package.
 */
const vendorPath = (id: string) =>
  id
    .replace(/^.*\/node_modules\//, 'vendor/')
    .replace(/^\0.*\//, 'vendor/')
    .replace(/\.js$/, '');

/**
 * Collapses the indentation inside the library's own css`` and html`` templates: fewer bytes,
 * and no white-space text nodes for every element to clone. Only runs that contain a newline
 * go; a single space a template writes on purpose stays.
 */
export const compactTemplates: Plugin = {
  name: 'mn-compact-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/(css|html)`/.test(code)) return null;
    const compacted = code.replace(/\b(css|html)`([^`]*)`/g, (_, tag: string, body: string) => {
      const out =
        tag === 'css'
          ? body
              .replace(/\/\*[\s\S]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};,]) ?/g, '$1')
          : body
              .replace(/>\s*\n\s*/g, '>')
              .replace(/\s*\n\s*</g, '<')
              .replace(/\s*\n\s*/g, ' ');
      return `${tag}\`${out.trim()}\``;
    });
    return { code: compacted, map: null };
  },
};

/**
 * Drops the translators' notes (`desc` in msg()'s options) from the built code: lit-localize
 * reads them from the source into the XLIFF files, and the page never shows them.
 */
export const stripDescriptions: Plugin = {
  name: 'mn-strip-descriptions',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return null;
    const stripped = code.replace(/,\s*desc:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\$]|\\.)*`)/g, '');
    return { code: stripped, map: null };
  },
};

/** The script-tag build swaps the lazy chunk loader for one that loads files beside the script. */
const scriptLoader: Plugin = {
  name: 'mn-script-locale-loader',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (source !== './load.js' || !importer?.endsWith('/src/i18n/locale.ts')) return null;
    return this.resolve('./load.script.ts', importer);
  },
};

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'iife' || mode === 'iife-inline') {
    // The one-file script a clinic pastes: Lit inside, every element defined.
    // iife-inline is for measuring only: every translation inside the one file.
    const inline = mode === 'iife-inline';
    return {
      define,
      publicDir: false,
      plugins: inline
        ? [compactTemplates, stripDescriptions, withoutPseudoLocale]
        : [compactTemplates, stripDescriptions, scriptLoader],
      build: {
        outDir: inline ? '.bench/iife-inline' : 'dist',
        emptyOutDir: inline,
        sourcemap: true,
        lib: {
          entry: 'src/bundle.ts',
          formats: ['iife'],
          name: 'MicroneedlingElementsBundle',
          fileName: () => 'microneedling-elements.js',
        },
        rolldownOptions: {
          treeshake,
          // Lit's and @lit/localize's licence notices travel in THIRD-PARTY-NOTICES.txt (scripts/build.mjs).
          output: {
            postBanner:
              `/*! microneedling-elements ${version} | MIT | includes Lit and @lit/localize, ` +
              `BSD-3-Clause, Copyright Google LLC: see THIRD-PARTY-NOTICES.txt beside this file */`,
          },
        },
      },
    };
  }
  if (mode === 'es') {
    return {
      define,
      publicDir: false,
      plugins: [compactTemplates, stripDescriptions, withoutPseudoLocale],
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        // Unminified, one file per source module: readable as it is, and an app's bundler maps
        // its own output. Only the minified script-tag build ships a source map.
        sourcemap: false,
        minify: false,
        lib: { entry: entries, formats: ['es'] },
        rolldownOptions: {
          external,
          treeshake,
          output: {
            preserveModules: true,
            preserveModulesRoot: 'src',
            entryFileNames: ({ facadeModuleId }) =>
              /\/node_modules\/|^\0/.test(facadeModuleId ?? '') ? `${vendorPath(facadeModuleId!)}.js` : '[name].js',
          },
        },
      },
    };
  }
  // `npm run dev`: the demo page served from src/ with hot reload.
  return { define, server: { host: '127.0.0.1' } };
});
