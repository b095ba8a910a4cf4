// What `npm run mutate` mutates, and which browser test files judge each group's mutants: the
// files that exercise that source, so a mutant never waits for tests that cannot see it.
//
// Left out: src/generated/ (lit-localize output); the pure style files (*.styles.ts,
// theme.styles.ts: CSS text, whose mutants are strings a style rule would have to assert one by
// one); src/i18n/load.script.ts (only in the script-tag build, tested through dist/ by
// test/bundle*.test.ts, which Stryker does not instrument); the entry files index.ts and bundle.ts
// (re-exports only); src/content/types.ts (types only); src/ssr/ (the prerenderer runs in Node:
// test/node/prerender.test.mjs judges it, not the browser runner these groups use).
export const GROUPS = [
  {
    name: 'benefits-accordion',
    mutate: [
      'src/components/benefits-accordion/benefits-accordion.ts',
      'src/components/benefits-accordion/benefit.ts',
      'src/components/benefits-accordion/define.ts',
    ],
    tests: ['test/benefits-accordion.test.ts', 'test/clinic-entries.test.ts'],
  },
  {
    name: 'procedure-stepper',
    mutate: [
      'src/components/procedure-stepper/procedure-stepper.ts',
      'src/components/procedure-stepper/procedure-stepper.types.ts',
      'src/components/procedure-stepper/step.ts',
      'src/components/procedure-stepper/define.ts',
    ],
    // The clinic's step taken over from prerendered HTML: the source's, in prerender-source.
    tests: ['test/procedure-stepper.test.ts', 'test/clinic-entries.test.ts', 'test/prerender-source.test.ts'],
  },
  {
    name: 'faq-card',
    mutate: [
      'src/components/faq-card/faq-card.ts',
      'src/components/faq-card/faq-item.ts',
      'src/components/faq-card/define.ts',
    ],
    tests: ['test/faq-card.test.ts', 'test/clinic-entries.test.ts'],
  },
  {
    name: 'disclaimer',
    mutate: ['src/components/disclaimer/disclaimer.ts', 'src/components/disclaimer/define.ts'],
    tests: ['test/disclaimer.test.ts'],
  },
  {
    name: 'article',
    mutate: [
      'src/components/article/article.ts',
      'src/components/article/article.types.ts',
      'src/components/article/define.ts',
    ],
    tests: ['test/article.test.ts', 'test/clinic-entries.test.ts'],
  },
  {
    name: 'disclosure',
    mutate: ['src/internal/disclosure.ts', 'src/internal/motion.ts'],
    // The clinic's answers: clicks and find-in-page in slotted text that are not the card's.
    tests: ['test/benefits-accordion.test.ts', 'test/faq-card.test.ts', 'test/clinic-entries.test.ts'],
  },
  {
    name: 'keys',
    mutate: ['src/internal/keys.ts'],
    tests: ['test/benefits-accordion.test.ts', 'test/procedure-stepper.test.ts'],
  },
  {
    name: 'url-structured-data',
    mutate: ['src/internal/url.ts', 'src/internal/structured-data.ts'],
    tests: [
      'test/article.test.ts',
      'test/faq-card.test.ts',
      'test/clinic-entries.test.ts',
      'test/trusted-types.test.ts',
      // The prerenderer's JSON-LD (hasJsonLd(), jsonLdOf()), by the source's own prerenderer.
      'test/prerender-source.test.ts',
    ],
  },
  {
    name: 'internal',
    mutate: ['src/internal/tokens.ts', 'src/internal/heading.ts', 'src/internal/define.ts'],
    tests: [
      'test/benefits-accordion.test.ts',
      'test/procedure-stepper.test.ts',
      'test/faq-card.test.ts',
      'test/article.test.ts',
      'test/clinic-entries.test.ts',
      // Numbers formatted for a locale other than English.
      'test/i18n.test.ts',
    ],
  },
  {
    name: 'clinic',
    mutate: ['src/internal/clinic.ts'],
    tests: ['test/clinic-entries.test.ts'],
  },
  {
    name: 'i18n',
    mutate: ['src/i18n/locale.ts', 'src/i18n/msg.ts', 'src/i18n/load.ts', 'src/internal/mn-element.ts'],
    tests: [
      'test/i18n-start.test.ts',
      'test/i18n-start-failed.test.ts',
      'test/i18n.test.ts',
      'test/i18n-loading.test.ts',
      // Hydration (mn-element.ts), on the source.
      'test/prerender-source.test.ts',
    ],
  },
  // The article's text: each content file judged by the elements that show it (in English, word
  // for word) and then by the localization tests (which catch a message id gone wrong).
  {
    name: 'content-ui',
    mutate: ['src/content/ui.ts'],
    tests: ['test/procedure-stepper.test.ts', 'test/article.test.ts', 'test/faq-card.test.ts', 'test/i18n.test.ts'],
  },
  {
    name: 'content-article',
    mutate: ['src/content/article.ts'],
    tests: ['test/article.test.ts', 'test/disclaimer.test.ts', 'test/faq-card.test.ts', 'test/i18n.test.ts'],
  },
  {
    name: 'content-steps',
    mutate: ['src/content/steps.ts'],
    tests: ['test/procedure-stepper.test.ts', 'test/article.test.ts', 'test/i18n.test.ts'],
  },
  {
    name: 'content-benefits',
    mutate: ['src/content/benefits.ts'],
    tests: ['test/benefits-accordion.test.ts', 'test/faq-card.test.ts', 'test/i18n.test.ts'],
  },
  {
    name: 'content-faq',
    mutate: ['src/content/faq.ts'],
    tests: ['test/faq-card.test.ts', 'test/i18n.test.ts'],
  },
];
