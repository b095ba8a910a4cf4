// Browser tests in the system's own Chromium and Firefox; a browser is never downloaded.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { browserPath, CHROMIUM_ARGS } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/wtr-summary.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * The prerenderer of src/ (src/ssr, bundled by esbuild once per run, its packages left to Node),
 * run in a process of its own, since the elements it defines would meet those of dist/ssr in
 * this one (the first defined wins): for the pages the source modules take over, since the build
 * compacts the templates' text, so that what dist/ssr writes is not the source's to hydrate.
 * Under `npm run mutate`, src/ is the instrumented one, and the mutant is on in the prerenderer
 * too (Stryker's code reads it from the environment in Node).
 */
let sourceRenderer;
let sourceScriptBuild;
async function renderSource(page) {
  const file = resolve('.test-results/ssr-source.mjs');
  sourceRenderer ??= build({
    stdin: {
      contents: `import { renderPage } from './src/ssr/index.ts';
        let page = '';
        process.stdin.setEncoding('utf8');
        for await (const chunk of process.stdin) page += chunk;
        process.stdout.write(await renderPage(page));`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: file,
    tsconfig: 'tsconfig.json',
    define: { __VERSION__: JSON.stringify(version) },
  });
  await sourceRenderer;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [file], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8'); // a character split across two chunks stays whole
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', fail);
    child.stdin.on('error', fail); // a prerenderer that died before reading the page
    child.on('close', (code) => (code ? fail(new Error(`src/ssr exited ${code}`)) : done(out)));
    child.stdin.end(page);
  });
}

/**
 * A page with `?library=head` or `?library=end` gets the source as one classic script
 * (/source-script.js) at the end of its <head> or of its <body>: one page in every placement,
 * with no inline script, which a Content-Security-Policy without 'unsafe-inline' would block.
 */
function withLibrary(page, where) {
  if (where !== 'head' && where !== 'end') return page;
  return String(page).replace(where === 'head' ? '</head>' : '</body>', '<script src="/source-script.js"></script>$&');
}

const chromium = browserPath('chromium');
const firefox = browserPath('firefox');
const only = process.env.MN_BROWSERS?.split(',');

/**
 * `executeServerCommand('forced-colors', { active })`: the built-in emulateMedia ignores
 * forcedColors under puppeteer, so tests ask the Chrome DevTools Protocol directly.
 */
const sessions = new WeakMap(); // an emulation lasts as long as the DevTools session that set it
const forcedColors = {
  name: 'mn-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    const features = [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }];
    await sessions.get(page).send('Emulation.setEmulatedMedia', { features });
    return true;
  },
};

/**
 * `executeServerCommand('axe-without-scripts', { path })`: axe-core in the test page's frame
 * whose URL ends with `path` (path and query), which the test opened sandboxed without scripts
 * (a visitor with JavaScript off): the page cannot run axe itself, the DevTools protocol (or
 * WebDriver BiDi) can. Timers never fire in such a frame, so axe's are run as microtasks.
 * Resolves to the violations, as `id: target`.
 */
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const axeWithoutScripts = {
  name: 'mn-axe-without-scripts',
  async executeCommand({ command, payload, session }) {
    if (command !== 'axe-without-scripts') return undefined;
    const page = session.browser.getPage(session.id);
    // The driver learns of a new frame a moment after the page has it.
    const frame = await page.waitForFrame((f) => !f.detached && f.url().endsWith(payload.path), { timeout: 5000 });
    await frame.evaluate(() => {
      globalThis.setTimeout = (fn, ...args) => (Promise.resolve().then(() => fn(...args)), 0);
      globalThis.clearTimeout = () => {};
    });
    await frame.evaluate(axeSource);
    return frame.evaluate(async () => {
      const { violations } = await globalThis.axe.run(globalThis.document);
      return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    });
  },
};

/**
 * saxes, the XML checker of scripts/xliff-rules.mjs (which the translation preview shares with
 * localize:check), is CommonJS: the browser gets it as an ES module, bundled once per run.
 */
let saxesBuild;
const saxesAsModule = {
  name: 'mn-saxes-module',
  async serve(context) {
    if (!context.path.endsWith('/node_modules/saxes/saxes.js')) return undefined;
    saxesBuild ??= build({
      stdin: { contents: "export { SaxesParser } from 'saxes';", resolveDir: process.cwd() },
      bundle: true,
      format: 'esm',
      write: false,
    });
    return { body: (await saxesBuild).outputFiles[0].text, type: 'js' };
  },
};

/** Firefox cannot emulate media queries under WebDriver BiDi; one started with the preference can. */
const firefoxReducedMotion = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: {
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    extraPrefsFirefox: { 'ui.prefersReducedMotion': 1 },
  },
});

export default {
  files: ['test/**/*.test.ts', '!test/reduced-motion.test.ts'],
  groups: [
    {
      name: 'reduced motion (Firefox)',
      files: 'test/reduced-motion.test.ts',
      browsers: only && !only.includes('firefox') ? [] : [firefoxReducedMotion],
    },
  ],
  nodeResolve: true,
  middleware: [
    // /plain/ serves files of the project as they are, with no module resolution, as a static
    // host does: the pages of test/pages/ embed the builds the ways a site does (script tags,
    // an import map). `?csp=` on a page adds that Content-Security-Policy header (here and under
    // /prerendered…/), `?library=` the source's script (withLibrary).
    function plain(context, next) {
      if (!context.path.startsWith('/plain/')) return next();
      let path = decodeURIComponent(context.path.slice('/plain/'.length));
      // /plain/offline/ holds the script-tag file and nothing beside it.
      if (path === 'offline/microneedling-elements.js') path = 'dist/microneedling-elements.js';
      const file = resolve(path);
      if (!file.startsWith(process.cwd() + sep) || !existsSync(file) || !statSync(file).isFile()) {
        return void (context.status = 404);
      }
      context.type = extname(file);
      context.body = withLibrary(readFileSync(file), context.query.library);
      if (context.query.csp) context.set('Content-Security-Policy', String(context.query.csp));
    },
    // /source-script.js: src/bundle.ts as one classic script, as the script tag's build but from
    // the source (what `npm run mutate` instruments): in <head>, it runs while the page is still
    // parsed, which a module script never does.
    // Built once per run of the test runner, as the source does not change during one.
    async function sourceScript(context, next) {
      if (context.path !== '/source-script.js') return next();
      sourceScriptBuild ??= build({
        entryPoints: ['src/bundle.ts'],
        bundle: true,
        format: 'iife',
        write: false,
        tsconfig: 'tsconfig.json',
        define: { __VERSION__: JSON.stringify(version) },
      });
      context.type = 'js';
      context.body = (await sourceScriptBuild).outputFiles[0].text;
    },
    // /prerendered/<path> serves a page of the project as `npx microneedling-elements render`
    // writes it (dist/ssr, from the build), for pages the build does not prerender itself.
    // /prerendered-source/<path>: the same page, as the prerenderer of src/ writes it.
    async function prerendered(context, next) {
      const source = context.path.startsWith('/prerendered-source/');
      if (!source && !context.path.startsWith('/prerendered/')) return next();
      const file = resolve(decodeURIComponent(context.path.replace(/^\/prerendered(-source)?\//, '')));
      if (!file.startsWith(process.cwd() + sep) || !existsSync(file)) return void (context.status = 404);
      const renderPage = source ? renderSource : (await import('./dist/ssr/index.js')).renderPage;
      context.type = 'html';
      context.body = withLibrary(await renderPage(readFileSync(file, 'utf8')), context.query.library);
      if (context.query.csp) context.set('Content-Security-Policy', String(context.query.csp));
    },
    // /offline/ serves the script-tag build without its translation files, as on a site whose
    // locales/ folder went missing or a visitor who went offline.
    function offline(context, next) {
      if (context.path === '/offline/microneedling-elements.js') context.path = '/dist/microneedling-elements.js';
      else if (context.path.startsWith('/offline/')) return void (context.status = 404);
      return next();
    },
  ],
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    saxesAsModule,
    forcedColors,
    axeWithoutScripts,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', define: { __VERSION__: JSON.stringify(version) } }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
    }),
  ].filter((launcher) => !only || only.includes(launcher.name.toLowerCase())),
  reporters: [defaultReporter(), summaryReporter('.test-results/browser.json')],
};
