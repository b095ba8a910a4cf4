// The package as a user meets it: `npm pack`, then the apps of test/consumers/ in a temporary
// folder outside the project (so nothing resolves from the project's own node_modules), with
// the tarball installed beside their dependencies. Checks:
//   React 19 + TypeScript (skipLibCheck false) and Vue 3 (vue-tsc, strictTemplates) type-check,
//   build with Vite, and work in Chromium: the elements render and their events reach the app;
//   a plain TypeScript project type-checks every import path the README and docs/ show, and the script
//   tag's types, under node16 and bundler resolution;
//   docs/frameworks.md's Next.js App Router pages (a server component, a client component with
//   event props) build with `next build` and no configuration, `next start` serves the article
//   with its declarative shadow roots and JSON-LD, and in Chromium the page hydrates with no
//   warning and the event props work, after client-side navigation too; its Astro 5 page builds
//   to HTML that holds the article before any script.
// The registry is asked once: downloads stay in .cache/npm and the apps' installed dependencies in
// .cache/consumers/ (both ignored by git), so that the next run installs only the tarball.
// Writes .test-results/consumers.json ({ passed, failed, skipped }) for scripts/test.mjs.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { clearTimeout, setTimeout } from 'node:timers';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'parse5';
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

/** `next start` in `dir` on a free port, once it says it is ready; stop() ends it and its server process. */
async function nextStart(dir) {
  const port = await new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
  const child = spawn(bin('next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: dir,
    detached: true,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let output = '';
  await new Promise((ready, fail) => {
    child.stdout.on('data', (chunk) => (output += chunk) && /Ready in/.test(output) && ready());
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (status) => fail(new Error(`next start exited ${status}:\n${output}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => process.kill(-child.pid) };
}

try {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', app], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  cpSync('test/consumers', app, { recursive: true });
  const started = Date.now();
  const npm = [
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--prefer-offline',
    '--cache',
    join(project, '.cache/npm'),
  ];
  // The apps' dependencies (Next.js and Astro alone are some 500 packages, half a minute to
  // unpack) are installed once for each version of test/consumers/package.json, in
  // .cache/consumers/<hash>/ (made aside and renamed into place, so that two runs at once never
  // share a half-made one); each run hard-links them into its own folder, in a second or two,
  // and installs only the tarball there.
  const manifest = readFileSync('test/consumers/package.json');
  const deps = join(project, '.cache/consumers', createHash('sha256').update(manifest).digest('hex').slice(0, 16));
  if (!existsSync(deps)) {
    mkdirSync(dirname(deps), { recursive: true });
    const making = mkdtempSync(`${deps}-`);
    writeFileSync(join(making, 'package.json'), manifest);
    sh('npm', ['install', ...npm], making);
    try {
      renameSync(making, deps);
    } catch {
      rmSync(making, { recursive: true, force: true }); // another run made it first
    }
  }
  if (spawnSync('cp', ['-al', join(deps, 'node_modules'), join(app, 'node_modules')]).status !== 0) {
    cpSync(join(deps, 'node_modules'), join(app, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
  // npm rewrites these two in place: copies, so that the cache's own stay as they are.
  for (const file of ['package-lock.json', 'node_modules/.package-lock.json']) {
    rmSync(join(app, file), { force: true });
    copyFileSync(join(deps, file), join(app, file));
  }
  sh('npm', ['install', ...npm, join(app, filename)]);
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
  // docs/frameworks.md's Next.js and Astro files, as a reader pastes them into a fresh app.
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const snippet = (fence, file) => {
    const first = `// ${file}`.replace(/[.]/g, '\\.');
    const found = new RegExp(`\`\`\`${fence}\\n((?:---\\n)?${first}\\n[\\s\\S]*?)\`\`\``).exec(readme)?.[1];
    if (!found) throw new Error(`docs/frameworks.md shows no ${file}`);
    return found;
  };
  const english = new Map(readXliff('locales/es.xlf').units.map((u) => [u.id, plain(u.source)]));
  /**
   * A page as a program that runs no script reads it (a crawler): the library's elements that hold
   * a declarative shadow root, in document order, and the page's text, shadow roots' included.
   */
  const crawled = (html) => {
    const shadowRoots = [];
    let text = '';
    const walk = (node) => {
      for (const child of node.childNodes ?? []) {
        const root = child.childNodes?.find(
          (c) => c.tagName === 'template' && c.attrs.some((a) => a.name === 'shadowrootmode' && a.value === 'open'),
        );
        if (child.tagName?.startsWith('mn-') && root) shadowRoots.push(child.tagName);
        if (child.nodeName === '#text' && child.parentNode.tagName !== 'script') text += child.value;
        walk(child.tagName === 'template' ? child.content : child);
      }
    };
    walk(parse(html));
    return { shadowRoots: [...new Set(shadowRoots)], text: text.replace(/\s+/g, ' ') };
  };
  /** The page's JSON-LD blocks, parsed. */
  const jsonLd = (html) =>
    [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]));
  await check('Astro 5 builds docs/frameworks.md’s page: the article, in Spanish, before any script', () => {
    mkdirSync(join(app, 'astro/src/pages'), { recursive: true });
    writeFileSync(join(app, 'astro/src/pages/index.astro'), snippet('astro', 'src/pages/index.astro'));
    sh(bin('astro'), ['build', '--silent'], join(app, 'astro'));
    const html = readFileSync(join(app, 'astro/dist/index.html'), 'utf8');
    prerendered(html, 'mn-article');
    const question = html.indexOf(spanish.get('faq.sessions.question'));
    const script = html.search(/<script(?! type="application\/ld\+json")/);
    if (question < 0 || script < question) throw new Error(`no Spanish question before the first script in:\n${html}`);
    const blocks = jsonLd(html);
    if (blocks.length !== 1 || !JSON.stringify(blocks[0]).includes('"inLanguage":"es"'))
      throw new Error('not one Spanish JSON-LD block');
  });
  await check('Next.js 16 (App Router, Turbopack) builds docs/frameworks.md’s pages with no configuration', () => {
    writeFileSync(join(app, 'next/app/page.tsx'), snippet('tsx', 'app/page.tsx'));
    writeFileSync(join(app, 'next/app/booking-article.tsx'), snippet('tsx', 'app/booking-article.tsx'));
    sh(bin('next'), ['build'], join(app, 'next'));
  });

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

    // The Next.js app as `next start` serves it: first as a crawler gets it (no script), then in Chromium.
    const next = await nextStart(join(app, 'next'));
    try {
      await check('Next.js serves the article’s text, declarative shadow roots and JSON-LD in its HTML', async () => {
        const html = await (await fetch(`${next.origin}/`)).text();
        const { shadowRoots, text } = crawled(html);
        const tags = ['mn-article', 'mn-benefits-accordion', 'mn-procedure-stepper', 'mn-faq-card', 'mn-disclaimer'];
        if (shadowRoots.join() !== tags.join()) throw new Error(`declarative shadow roots: ${shadowRoots.join()}`);
        for (const id of ['article.intro', 'benefit.collagen-stimulation.title', 'faq.sessions.question']) {
          const expected = english.get(id).replace(/\s+/g, ' ');
          if (!text.includes(expected)) throw new Error(`no "${expected}" in the served HTML`);
        }
        const blocks = jsonLd(html);
        if (blocks.length !== 1 || !JSON.stringify(blocks[0]).includes('"inLanguage":"en"'))
          throw new Error(`not one English JSON-LD block (${blocks.length}) in:\n${html}`);
        // The prerenderer itself, awaited in a server component.
        const rendered = await (await fetch(`${next.origin}/rendered`)).text();
        prerendered(rendered, 'mn-faq-card');
        if (!rendered.includes(spanish.get('faq.sessions.question'))) throw new Error('no Spanish question');
      });
      await check(
        'Next.js in Chromium: hydrates in place with no warning, a header opens on click, onBook runs, after client-side navigation too',
        async () => {
          const page = await browser.newPage();
          const messages = [];
          page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
          page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
          // The nodes the server sent, kept before any script can touch them.
          await page.evaluateOnNewDocument(() => {
            document.addEventListener('DOMContentLoaded', () => {
              const article = document.querySelector('mn-article');
              const card = article?.shadowRoot?.querySelector('mn-faq-card');
              window.served = [article?.shadowRoot?.firstChild, card?.shadowRoot?.firstChild];
            });
          });
          await page.goto(`${next.origin}/`);
          await page.evaluate(async () => {
            await customElements.whenDefined('mn-article');
            const article = document.querySelector('mn-article');
            await article.updateComplete;
            await article.shadowRoot.querySelector('mn-faq-card').updateComplete;
          });
          const inPlace = await page.evaluate(() => {
            const article = document.querySelector('mn-article');
            const card = article.shadowRoot.querySelector('mn-faq-card');
            const now = [article.shadowRoot.firstChild, card.shadowRoot.firstChild];
            return now.every((node, i) => node && node === window.served[i]);
          });
          if (!inPlace) throw new Error('the prerendered shadow roots were rendered again, not taken over');
          const header = await page.evaluateHandle(() =>
            [
              ...document
                .querySelector('mn-article')
                .shadowRoot.querySelector('mn-faq-card')
                .shadowRoot.querySelectorAll('button'),
            ].find((b) => b.textContent.startsWith('How much downtime')),
          );
          await header.click();
          await page.waitForFunction(
            (button) =>
              button.getAttribute('aria-expanded') === 'true' &&
              button.getRootNode().getElementById(button.getAttribute('aria-controls')).checkVisibility(),
            { timeout: 5000 },
            header,
          );
          /** Clicks "Book a consultation" and waits for the docs' onBook to log it; the page stays. */
          const book = async () => {
            await page.waitForFunction(
              (path) => document.documentElement.dataset.mounted === path,
              { timeout: 10000 },
              '/booking',
            );
            const logged = new Promise((resolve, fail) => {
              const timer = setTimeout(() => fail(new Error('onBook did not run')), 5000);
              const listen = (message) => {
                if (message.text() !== 'book /book') return;
                page.off('console', listen);
                clearTimeout(timer);
                resolve();
              };
              page.on('console', listen);
            });
            const link = await page.evaluateHandle(() =>
              [...document.querySelector('mn-article').shadowRoot.querySelectorAll('a')].find((a) =>
                a.textContent.includes('Book a consultation'),
              ),
            );
            await link.click();
            await logged;
            if (new URL(page.url()).pathname !== '/booking') throw new Error(`navigated to ${page.url()}`);
          };
          await page.goto(`${next.origin}/booking`);
          await book();
          // Client-side navigation: away, and back to a page whose wrappers mount in the browser.
          const follow = async (text, path) => {
            await page.evaluate(() => delete document.documentElement.dataset.mounted);
            const [link] = await page.$$(`xpath/.//nav/a[text()="${text}"]`);
            await link.click();
            await page.waitForFunction((p) => location.pathname === p, { timeout: 10000 }, path);
          };
          await follow('Home', '/');
          await follow('Booking', '/booking');
          await book();
          const wrong = messages.filter((m) => /^(error|warn(ing)?|pageerror):|hydrat/i.test(m));
          if (wrong.length) throw new Error(wrong.join('\n'));
        },
      );
    } finally {
      next.stop();
    }
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
