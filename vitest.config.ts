// `npm test`'s storybook step: every story, with its args, rendered in the system's Chromium once per
// shipped locale, failing on an axe violation (the a11y addon, test mode 'error'), a console.error
// or a library warning (.storybook/vitest.setup.ts). A browser is never downloaded.
//
// In the screenshot locales (en, ar, ja) each story is also compared, as a picture, with its baseline
// in stories/__screenshots__/ (.storybook/screenshots.ts says which shots). A change on purpose is
// accepted with `npm run test:screenshots:update`; a failed comparison leaves the new shot and a
// diff image in .test-results/screenshots/.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { BrowserCommand } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { browserPath, CHROMIUM_ARGS } from './scripts/browsers.mjs';
import { LOCALES } from './src/i18n/locale.js';
import viteConfig from './vite.config.js';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

/**
 * The browser's own window holds the test frame, which Vitest scales down to fit (so would every
 * screenshot be): the window is larger than the 1200 × 900 frame a story gets.
 */
const WINDOW = { width: 1280, height: 1000 };

const chromium = playwright({
  launchOptions: { executablePath: browserPath('chromium'), args: CHROMIUM_ARGS },
  contextOptions: { viewport: WINDOW },
});

/** The library's own dev-server settings (the `__VERSION__` define), as Storybook's builder reads them. */
const { define } = await viteConfig({ mode: 'development', command: 'serve' });

/** Forced colours on or off for the page, from the server side (no script in the page can emulate it). */
const forcedColors: BrowserCommand<[active: boolean]> = async (context, active) => {
  if (!('page' in context)) throw new Error('forcedColors needs the playwright provider');
  await (context.page as import('playwright').Page).emulateMedia({ forcedColors: active ? 'active' : 'none' });
};

/** A window large enough for a test frame of `width` × `height` at its real size. */
const windowFor: BrowserCommand<[width: number, height: number]> = async (context, width, height) => {
  if (!('page' in context)) throw new Error('windowFor needs the playwright provider');
  await (context.page as import('playwright').Page).setViewportSize({
    width: Math.max(WINDOW.width, width + 80),
    height: Math.max(WINDOW.height, height + 100),
  });
};

declare module 'vitest/browser' {
  interface BrowserCommands {
    forcedColors: (active: boolean) => Promise<void>;
    windowFor: (width: number, height: number) => Promise<void>;
  }
}
declare module 'vitest' {
  interface ProvidedContext {
    /** The project's locale, as the screenshots' names give it. */
    locale: string;
  }
}

export default defineConfig({
  define,
  test: {
    // Two cores: one story file at a time.
    maxWorkers: 1,
    fileParallelism: false,
    reporters: ['default', './scripts/storybook-reporter.mjs'],
    projects: LOCALES.map((locale, index) => ({
      extends: true,
      plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { locale } })],
      test: {
        name: `storybook (${locale})`,
        // One locale after another rather than a browser per locale at once.
        sequence: { groupOrder: index },
        setupFiles: ['./.storybook/vitest.setup.ts'],
        provide: { locale },
        browser: {
          enabled: true,
          headless: true,
          provider: chromium,
          instances: [{ browser: 'chromium' as const }],
          commands: { forcedColors, windowFor },
          expect: {
            toMatchScreenshot: {
              // Strict: not one pixel may differ beyond pixelmatch's anti-aliasing tolerance, so
              // that a 1 px change of padding fails.
              comparatorName: 'pixelmatch',
              comparatorOptions: { allowedMismatchedPixels: 0 },
              // stories/__screenshots__/<stories file>/<story id>/<locale>-<theme>.png: made on
              // this machine kind (Debian's Chromium), kept in the repository.
              resolveScreenshotPath: ({ root, testFileName, arg, ext }) =>
                `${root}/stories/__screenshots__/${testFileName}/${arg}${ext}`,
              resolveDiffPath: ({ root, testFileName, arg, ext }) =>
                `${root}/.test-results/screenshots/${testFileName}/${arg}${ext}`,
            },
          },
        },
      },
    })),
  },
});
