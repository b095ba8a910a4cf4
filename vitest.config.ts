// `npm test`'s storybook step: every story, with its args, rendered in the system's Chromium once per
// shipped locale, failing on an axe violation (the a11y addon, test mode 'error'), a console.error
// or a library warning (.storybook/vitest.setup.ts). A browser is never downloaded.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { browserPath, CHROMIUM_ARGS } from './scripts/browsers.mjs';
import { LOCALES } from './src/i18n/locale.js';
import viteConfig from './vite.config.js';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const chromium = playwright({ launchOptions: { executablePath: browserPath('chromium'), args: CHROMIUM_ARGS } });

/** The library's own dev-server settings (the `__VERSION__` define), as Storybook's builder reads them. */
const { define } = await viteConfig({ mode: 'development', command: 'serve' });

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
        browser: {
          enabled: true,
          headless: true,
          provider: chromium,
          instances: [{ browser: 'chromium' as const }],
        },
      },
    })),
  },
});
