import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const define = { __VERSION__: JSON.stringify(version) };

/** Lit stays a peer for npm users, so an app and this library share one copy. */
const external = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

/** @lit/localize declares no sideEffects; only str() and joinStringsAndValues() are used. */
const treeshake = { moduleSideEffects: (id: string) => !id.includes('/@lit/localize/') };

/** Each element's ES entry: its define module and its side-effect-free class module. */
const components = ['benefits-accordion'];
const entries = Object.fromEntries([
  ['index', 'src/index.ts'],
  ...components.flatMap((name) => [
    [`components/${name}/define`, `src/components/${name}/define.ts`],
    [`components/${name}/${name}`, `src/components/${name}/${name}.ts`],
  ]),
]);

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'iife') {
    // The one-file script a clinic pastes: Lit inside, every element defined.
    return {
      define,
      publicDir: false,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        lib: { entry: 'src/bundle.ts', formats: ['iife'], name: 'MicroneedlingElementsBundle', fileName: () => 'microneedling-elements.js' },
        rolldownOptions: { treeshake },
      },
    };
  }
  if (mode === 'es') {
    return {
      define,
      publicDir: false,
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        sourcemap: true,
        minify: false,
        lib: { entry: entries, formats: ['es'] },
        rolldownOptions: {
          external,
          treeshake,
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  // `npm run dev`: the demo page served from src/ with hot reload.
  return { define, server: { host: '127.0.0.1' } };
});
