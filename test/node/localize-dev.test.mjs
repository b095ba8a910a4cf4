// Nothing broken is built, and the development server follows the translation files: `npm run
// build` (and so `npm start`) and `npm run dev` run the check first and stop with its lines alone;
// `npm run dev`'s Vite plugin rebuilds the translations when a .xlf file is saved.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createServer } from 'vite';
import { buildTranslations } from '../../scripts/localize.mjs';
import { watchTranslations } from '../../scripts/localize-vite.mjs';
import { ROOT, scratchProject } from './fixture.mjs';

const STEP_OF = '<target>Paso <x id="0" equiv-text="${current}"/> de <x id="1" equiv-text="${total}"/></target>';
/** The placeholder ${total} renamed, which used to ship as "Paso 1 de undefined". */
const RENAMED = '<target>Paso <x id="0" equiv-text="${current}"/> de <x id="1" equiv-text="${steps}"/></target>';

const lineOf = (text, needle) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('npm run build and npm run dev with a broken translation', () => {
  it('stop at the check with its one line naming file, line and unit, and build nothing', () => {
    const project = scratchProject();
    try {
      cpSync(join(ROOT, 'scripts'), join(project.dir, 'scripts'), { recursive: true });
      project.edit('locales/es.xlf', (text) => text.replace(STEP_OF, RENAMED));
      const line = lineOf(project.read('locales/es.xlf'), RENAMED);
      const expected = [
        `locales/es.xlf:${line}: ui.step-of ("Step \${current} of \${total}"): placeholder id 1 says \${steps} in the translation but \${total} in the source; copy it exactly`,
        '',
        '1 problem(s) in the translations; nothing was built. npm run localize:check checks again.',
      ];
      // npm run build and npm start run scripts/build.mjs; npm run dev runs scripts/localize.mjs first.
      for (const script of ['scripts/build.mjs', 'scripts/localize.mjs']) {
        const run = spawnSync('node', [script], { cwd: project.dir, encoding: 'utf8' });
        assert.equal(run.status, 1, script);
        assert.deepEqual(run.stderr.trimEnd().split('\n'), expected, script);
      }
      assert.ok(!project.read('lit-localize.json').includes('dist'));
      assert.throws(() => project.read('src/generated/locale-loaders.ts'), /ENOENT/, 'nothing generated');
    } finally {
      project.remove();
    }
  });
});

describe("npm run dev's translation watcher", () => {
  let project;
  let server;
  const updates = [];
  let waiting;
  /** The next edit the plugin has handled. */
  const nextUpdate = () => new Promise((resolve) => (waiting = resolve));

  before(async () => {
    project = scratchProject();
    assert.equal(buildTranslations(project.dir), undefined);
    let ready;
    const watching = new Promise((resolve) => (ready = resolve));
    server = await createServer({
      root: project.dir,
      configFile: false,
      // Vite's cache in the scratch folder, not in the node_modules it shares with the project.
      cacheDir: join(project.dir, '.vite'),
      optimizeDeps: { noDiscovery: true },
      logLevel: 'silent',
      server: { middlewareMode: true, hmr: false },
      plugins: [
        watchTranslations({
          onReady: ready,
          onUpdate: (update) => {
            updates.push(update);
            waiting?.(update);
          },
        }),
      ],
    });
    await watching;
  });
  after(async () => {
    await server?.close();
    project?.remove();
  });

  const served = async () => (await server.transformRequest('/src/generated/locales/es.ts')).code;

  it('serves an edited target without a restart', { timeout: 120000 }, async () => {
    assert.ok((await served()).includes('Preguntas frecuentes'));
    const update = nextUpdate();
    project.edit('locales/es.xlf', (text) =>
      text.replace('<target>Preguntas frecuentes</target>', '<target>Preguntas más frecuentes</target>'),
    );
    assert.deepEqual(await update, { file: join('locales', 'es.xlf'), problems: [] });
    assert.ok((await served()).includes('Preguntas más frecuentes'));
  });

  it('builds nothing from a broken file, and says why in the check’s words', { timeout: 120000 }, async () => {
    const good = await served();
    const update = nextUpdate();
    project.edit('locales/es.xlf', (text) => text.replace(STEP_OF, RENAMED));
    const line = lineOf(project.read('locales/es.xlf'), RENAMED);
    assert.deepEqual(await update, {
      file: join('locales', 'es.xlf'),
      problems: [
        `locales/es.xlf:${line}: ui.step-of ("Step \${current} of \${total}"): placeholder id 1 says \${steps} in the translation but \${total} in the source; copy it exactly`,
      ],
    });
    assert.equal(await served(), good, 'the last good build stays');
    assert.ok(good.includes('Preguntas más frecuentes'));
  });
});
