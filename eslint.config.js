import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    // test/consumers/ holds apps with their own dependencies, type-checked by scripts/consumers.mjs.
    ignores: [
      'dist/',
      'src/generated/',
      'preview/generated/',
      'demo/translation-preview.js',
      'storybook-static/',
      'node_modules/',
      '.test-results/',
      '.bench/',
      '.cache/',
      'test/consumers/',
      'reports/',
      '.stryker-tmp*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', '.storybook/**', '*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', module: 'writable' } },
  },
  {
    // Functions it hands to the browser (page.evaluate) read the page's document; it fetches
    // what `next start` serves.
    files: ['scripts/consumers.mjs'],
    languageOptions: {
      globals: {
        document: 'readonly',
        window: 'readonly',
        customElements: 'readonly',
        location: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  {
    files: ['test/pages/*.js'],
    languageOptions: { globals: { window: 'readonly', console: 'readonly', addEventListener: 'readonly' } },
  },
  {
    // Templates written with lit/static-html.js put a static heading tag in tag position
    // (<${h}>), which these two rules cannot tell from a binding.
    files: [
      'src/internal/heading.ts',
      'src/components/benefits-accordion/benefits-accordion.ts',
      'src/components/faq-card/faq-card.ts',
    ],
    rules: { 'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
