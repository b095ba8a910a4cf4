// The package as a user meets it: `npm pack`, then the apps of test/consumers/ in a temporary
// folder outside the project (so nothing resolves from the project's own node_modules), with
// the tarball installed beside their dependencies. Checks:
//   React 19 + TypeScript (skipLibCheck false) and Vue 3 (vue-tsc, strictTemplates) type-check,
//   build with Vite, and work in Chromium: the elements render and their events reach the app;
//   a plain TypeScript project type-checks every import path the README and docs/ show, and the script
//   tag's types, under node16 and bundler resolution.
// The registry is asked once: downloads stay in .cache/npm (ignored by git) for the next run.
// Writes .test-results/consumers.json ({ passed, failed, skipped }) for scripts/test.mjs.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPath, CHROMIUM_ARGS } from './browsers.mjs';
import { startServer } from './static-server.mjs';
import { plain, readXliff } from './xliff.mjs';

const project = resolve('.');
const app = mkdtempSync(join(tmpdir(), 'mn-consumers-'));
const results = { passed: 0, failed: 0, skipped: 0 };
const check = async (name, run) => {
  const started = Date.now();
  try {
    await run();
    results.passed++;
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.failed++;
    console.log(`  ✗ ${name}\n${String(error.stdout ?? '') + String(error.stderr ?? '') || error.message}`);
  }
};
const sh = (command, args, cwd = app) => {
  const { status, stdout, stderr } = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (status !== 0) throw Object.assign(new Error(`${command} ${args.join(' ')} exited ${status}`), { stdout, stderr });
  return stdout;
};
const shAsync = (command, args) =>
  new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: app, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stdout += chunk));
    child.on('close', (status) =>
      status === 0
        ? done(stdout)
        : fail(Object.assign(new Error(`${command} ${args.join(' ')} exited ${status}`), { stdout })),
    );
  });
const bin = (name) => join(app, 'node_modules/.bin', name);

try {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', app], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  cpSync('test/consumers', app, { recursive: true });
  const started = Date.now();
  sh('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--prefer-offline',
    '--cache',
    join(project, '.cache/npm'),
    join(app, filename),
  ]);
  console.log(`  installed the tarball and the apps' dependencies in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Every import path the README and docs/ show, imported from a plain TypeScript project.
  const readme = ['README.md', ...readdirSync('docs').map((file) => `docs/${file}`)]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const paths = [
    ...new Set(
      [...readme.matchAll(/(?:from |import |import\()'(microneedling-elements(?:\/[^']*)?)'/g)].map((m) => m[1]),
    ),
  ];
  writeFileSync(
    join(app, 'plain/imports.ts'),
    paths.map((path, i) => `import * as m${i} from '${path}';\nvoid m${i};\n`).join(''),
  );
  console.log(`  import paths in the README and docs/: ${paths.join(', ')}`);

  // The type-checks run side by side (two processes); tsc -b checks three projects in one
  // process, so the DOM and React types are read once.
  await Promise.all([
    check(
      'plain TypeScript (node16 and bundler resolution: the imports the docs show, the script tag types) and React 19 + TypeScript type-check, skipLibCheck false',
      () =>
        shAsync(bin('tsc'), ['-b', 'plain/tsconfig.node16.json', 'plain/tsconfig.bundler.json', 'react/tsconfig.json']),
    ),
    check('Vue 3 with strictTemplates type-checks (vue-tsc)', () =>
      shAsync(bin('vue-tsc'), ['-p', 'vue/tsconfig.json']),
    ),
  ]);
  await check('React app builds with Vite', () =>
    sh(bin('vite'), [
      'build',
      'react',
      '--outDir',
      '../out/react',
      '--emptyOutDir',
      '--base',
      './',
      '--logLevel',
      'warn',
    ]),
  );
  await check('Vue app builds with Vite', () =>
    sh(bin('vite'), [
      'build',
      'vue',
      '--config',
      'vue/vite.config.mjs',
      '--outDir',
      '../out/vue',
      '--emptyOutDir',
      '--base',
      './',
      '--logLevel',
      'warn',
    ]),
  );

  // The prerenderer as installed: docs/prerendering.md's Eleventy configuration, word for word, builds a
  // Spanish page (a Liquid template) with its element prerendered; the package's command renders one.
  const spanish = new Map(readXliff('locales/es.xlf').units.map((u) => [u.id, plain(u.target)]));
  const prerendered = (html, tag) => {
    if (!new RegExp(`<${tag}\\b[^>]*\\bprerendered\\b[^>]*><template shadowrootmode="open">`).test(html)) {
      throw new Error(`no prerendered <${tag}> in:\n${html.slice(0, 2000)}`);
    }
  };
  await check(
    'Eleventy, with docs/prerendering.md’s eleventy.config.mjs, writes the page prerendered in its language',
    () => {
      const config = /```js\n(\/\/ eleventy\.config\.mjs\n[\s\S]*?)```/.exec(readme)?.[1];
      if (!config) throw new Error('docs/prerendering.md shows no eleventy.config.mjs');
      writeFileSync(join(app, 'eleventy/eleventy.config.mjs'), config);
      sh(bin('eleventy'), ['--config=eleventy.config.mjs', '--quiet'], join(app, 'eleventy'));
      const html = readFileSync(join(app, 'eleventy/_site/index.html'), 'utf8');
      prerendered(html, 'mn-faq-card');
      if (!html.includes('<title>Microneedling en nuestra clínica</title>'))
        throw new Error('the template was not rendered');
      if (!html.includes(spanish.get('faq.sessions.question'))) throw new Error('no Spanish question in the page');
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
      if (blocks.length !== 1 || JSON.parse(blocks[0][1]).inLanguage !== 'es')
        throw new Error('not one Spanish FAQPage block');
    },
  );
  await check('npx microneedling-elements render, from the installed package', () => {
    const html = sh('npx', ['--no-install', 'microneedling-elements', 'render', 'eleventy/index.html', '--lang', 'de']);
    prerendered(html, 'mn-faq-card');
    if (!html.includes('lang="de"')) throw new Error('the element is not marked German');
  });

  await check('no pseudo-locale in either app’s build', () => {
    const pseudo = /pseudoLocale = '([^']+)'/.exec(readFileSync('src/generated/locale-loaders.ts', 'utf8'))?.[1];
    for (const dir of ['react', 'vue']) {
      for (const file of readdirSync(join(app, 'out', dir), { recursive: true })) {
        const path = join(app, 'out', dir, file);
        if (
          pseudo &&
          statSync(path).isFile() &&
          (file.includes(pseudo) || readFileSync(path, 'utf8').includes(pseudo))
        ) {
          throw new Error(`${dir}/${file} holds the pseudo-locale ${pseudo}`);
        }
      }
    }
  });

  // In Chromium: the built apps, served as static files.
  const server = await startServer({ root: join(app, 'out') });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: browserPath('chromium'),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const open = async (path) => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${origin}${path}`);
    return { page, errors };
  };
  /** Clicks a button inside an element's shadow root, found by its text. */
  const click = (page, host, label) =>
    page.evaluate(
      (host, label) => {
        const buttons = [...document.querySelector(host).shadowRoot.querySelectorAll('button, a')];
        const target = buttons.find((b) => b.textContent.replace(/\s+/g, ' ').trim().startsWith(label));
        if (!target) throw new Error(`no "${label}" in <${host}>`);
        target.click();
      },
      host,
      label,
    );
  const logSays = (page, lines) =>
    page.waitForFunction(
      (expected) => document.getElementById('log')?.textContent === expected,
      { timeout: 5000 },
      lines.join('\n'),
    );
  const rendered = (page, tags) =>
    page.waitForFunction(
      (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.childElementCount),
      { timeout: 5000 },
      tags,
    );

  try {
    await check(
      'React app in Chromium: JSX element events, the wrappers’ typed event props, a clinic’s question',
      async () => {
        const { page, errors } = await open('/react/');
        await rendered(page, ['mn-article', 'mn-faq-card', 'mn-procedure-stepper']);
        await click(page, 'mn-faq-card', 'How much downtime');
        await click(page, 'mn-faq-card', 'How much does a session cost?');
        await click(page, 'mn-procedure-stepper', 'Next');
        await click(page, 'mn-article', 'Book a consultation');
        await click(page, '#wrapped', 'Book a consultation');
        await logSays(page, [
          'toggle downtime true',
          'toggle price true',
          'step 0 → 1 cleansing',
          'book /book',
          'wrapped book /wrapped',
        ]);
        if (new URL(page.url()).pathname !== '/react/') throw new Error(`navigated to ${page.url()}`);
        if (errors.length) throw new Error(errors.join('\n'));
      },
    );
    await check('Vue app in Chromium: events through v-on, a clinic’s question', async () => {
      const { page, errors } = await open('/vue/');
      await rendered(page, ['mn-faq-card', 'mn-procedure-stepper']);
      await click(page, 'mn-procedure-stepper', 'Next');
      await click(page, 'mn-faq-card', 'How much downtime');
      await click(page, 'mn-faq-card', 'How much does a session cost?');
      await logSays(page, ['step 0 → 1 cleansing', 'toggle downtime true', 'toggle price true']);
      if (errors.length) throw new Error(errors.join('\n'));
    });
  } finally {
    await browser.close();
    server.close();
  }
} catch (error) {
  results.failed++;
  console.log(`  ✗ ${error.message}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}`);
} finally {
  if (!process.env.MN_KEEP_CONSUMERS) rmSync(app, { recursive: true, force: true });
  mkdirSync('.test-results', { recursive: true });
  writeFileSync('.test-results/consumers.json', JSON.stringify(results));
  console.log(`consumers: ${results.passed} passed, ${results.failed} failed`);
  process.exitCode = results.failed ? 1 : 0;
}
