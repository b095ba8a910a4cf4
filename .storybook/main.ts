import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for designers. Everything it shows is built from this repository: no fonts, assets or
 * notifications from other hosts, and no telemetry. The builder reads ../vite.config.ts, so the
 * stories get the same `__VERSION__` define as the library.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The web-components renderer imports lit/directive-helpers.js; pre-bundle it with lit itself,
  // or the page gets a second copy of lit-html ("Multiple versions of Lit loaded").
  viteFinal: (config) => ({
    ...config,
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
