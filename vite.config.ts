import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { watchTranslations } from './scripts/localize-vite.mjs';
import { shortMessageIds } from './scripts/message-ids.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const define = { __VERSION__: JSON.stringify(version) };

/**
 * Lit stays a peer for npm users, so an app and this library share one copy; the prerenderer's
 * Node modules (Lit's server renderer, its HTML parser) are dependencies, never bundled.
 */
const external = /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr|parse5)(\/|$)|^node:/;

/** @lit/localize declares no sideEffects; only str() and joinStringsAndValues() are used. */
export const treeshake = { moduleSideEffects: (id: string) => !id.includes('/@lit/localize/') };

/** Each element's ES entry: its define module and its side-effect-free class module. */
const components = ['benefits-accordion', 'procedure-stepper', 'faq-card', 'disclaimer', 'article'];
const entries = Object.fromEntries([
  ['index', 'src/index.ts'],
  // The prerenderer and its command, for Node.
  ['ssr/index', 'src/ssr/index.ts'],
  ['ssr/cli', 'src/ssr/cli.ts'],
  // The React wrappers' server half, and its empty stand-in for browsers (package.json's imports).
  ['ssr/react', 'src/ssr/react.ts'],
  ['ssr/react.browser', 'src/ssr/react.browser.ts'],
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

/** Collapses a css`` template's text: no comments, one space at most, none around punctuation. */
const compactCss = (body: string) =>
  body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/([\w-]): (?=\S)/g, '$1:')
    .replace(/;}/g, '}');

/** Collapses the indentation of an html`` template's text; a single space written on purpose stays. */
const compactHtml = (text: string) =>
  text
    .replace(/>\s*\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\s*\n\s*/g, ' ');

/**
 * Each text run of the css`` and html`` templates in `code`, nested ones included (an html``
 * inside another's `${}`), passed through `compact`; everything else is kept as it is. A small
 * scanner: it knows strings, comments, `${}` and braces, which is all the library's code needs
 * (no regular-expression literal with a quote, a backtick or a brace in a file with templates);
 * an unclosed string or comment ends at the end of its line or of the file, never loops.
 */
function compactTemplateText(code: string): string {
  let out = '';
  let i = 0;
  const template = (tag: string | undefined) => {
    // At the character after the opening backtick; returns after the closing one.
    let text = '';
    const flush = () => {
      out += tag === 'css' ? compactCss(text) : tag === 'html' ? compactHtml(text) : text;
      text = '';
    };
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') {
        text += c + code[i + 1];
        i += 2;
      } else if (c === '`') {
        flush();
        out += '`';
        i++;
        return;
      } else if (c === '$' && code[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        expression('}');
      } else {
        text += c;
        i++;
      }
    }
    flush();
  };
  const expression = (close: string | undefined) => {
    let depth = 0;
    while (i < code.length) {
      const c = code[i];
      if (c === '`') {
        const tag = /\b(css|html)\s*$/.exec(code.slice(Math.max(0, i - 8), i))?.[1];
        out += '`';
        i++;
        template(tag);
      } else if (c === "'" || c === '"') {
        let j = i + 1;
        while (j < code.length && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
        out += code.slice(i, j + 1);
        i = j + 1;
      } else if (c === '/' && code[i + 1] === '/') {
        const end = code.indexOf('\n', i);
        const j = end < 0 ? code.length : end;
        out += code.slice(i, j);
        i = j;
      } else if (c === '/' && code[i + 1] === '*') {
        const end = code.indexOf('*/', i + 2);
        const j = end < 0 ? code.length : end + 2;
        out += code.slice(i, j);
        i = j;
      } else {
        if (c === '{') depth++;
        if (c === '}' && depth-- === 0 && close) {
          out += c;
          i++;
          return;
        }
        out += c;
        i++;
      }
    }
  };
  expression(undefined);
  return out;
}

/**
 * Collapses the indentation inside the library's own css`` and html`` templates: fewer bytes,
 * and no white-space text nodes for every element to clone.
 */
export const compactTemplates: Plugin = {
  name: 'mn-compact-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/(css|html)`/.test(code)) return null;
    return { code: compactTemplateText(code), map: null };
  },
};

/**
 * Lit's hydration code (from @lit-labs/ssr-client) explains each mismatch it throws at length;
 * the library catches every one and renders the element afresh (MnElement#update), so the
 * explanations would only be bytes: they go, the checks stay.
 */
export const terseHydrationErrors: Plugin = {
  name: 'mn-terse-hydration-errors',
  transform(code, id) {
    if (!id.includes('/@lit-labs/ssr-client/lib/hydrate-lit-html.js')) return null;
    const out = code
      .replace(/Error\(("[^"]*"|`[^`]*`)(\+("[^"]*"|`[^`]*`))*\)/g, 'Error()')
      // No root part at all: thrown as well (Lit would log it and go on with no part).
      .replace(/const \w+=\w+ instanceof ShadowRoot\?[^;]*;console\.error\([^;]*?\)\}/, 'throw Error()}');
    return { code: out, map: null };
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
        ? [compactTemplates, stripDescriptions, terseHydrationErrors, shortMessageIds(), withoutPseudoLocale]
        : [compactTemplates, stripDescriptions, terseHydrationErrors, shortMessageIds(), scriptLoader],
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
              `/*! microneedling-elements ${version} | MIT | includes Lit, @lit/localize and @lit-labs/ssr-client, ` +
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
      plugins: [compactTemplates, stripDescriptions, terseHydrationErrors, withoutPseudoLocale],
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
  // `npm run dev`: the demo page served from src/ with hot reload, translations included.
  return { define, plugins: [watchTranslations()], server: { host: '127.0.0.1' } };
});
