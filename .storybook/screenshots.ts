// Which pictures `npm test` compares with their baselines (stories/__screenshots__/), as
// .storybook/vitest.setup.ts takes them after each story's play and axe check: the story's
// wrapper, on a light page, on a dark page (the Theme toolbar's `dark`), and in forced colours
// (Windows' high-contrast modes, emulated by the browser).

/** The locales whose projects take screenshots: a left-to-right Latin script, Arabic, Japanese. */
export const SCREENSHOT_LOCALES = ['en', 'ar', 'ja'];

export const SHOTS = ['light', 'dark', 'forced-colors'] as const;
export type Shot = (typeof SHOTS)[number];

/**
 * The stories shot in Arabic and Japanese too: each element as a page shows it with no
 * attributes, and the Clinic page. Right-to-left layout and CJK line breaking show there; every
 * other story's layout is the same in every language, and English covers it.
 */
export const IN_EVERY_SCRIPT = new Set([
  'elements-article--default',
  'elements-benefits-accordion--default',
  'elements-faq-card--default',
  'elements-procedure-stepper--default',
  'elements-disclaimer--default',
  'clinic-page--clinic-page',
]);

/**
 * Stories not compared as pictures: the translation preview is a tool page around
 * `<mn-article>` (whose own stories are shot), 1,400 px wide with both widths side by side;
 * test/translation-preview.test.ts checks what it shows.
 */
export const WITHOUT_SHOTS = new Set(['translators-translation-preview--translation-preview']);

/**
 * The shots of one story in one locale. English: every story, light, dark and in forced colours.
 * Arabic and Japanese: the stories above, light and dark. The storybook step's time grows with
 * every shot (half a second each on two cores, more for a tall story), so the choice is kept to
 * what differs between scripts.
 */
export function shotsOf(storyId: string, locale: string): readonly Shot[] {
  if (WITHOUT_SHOTS.has(storyId)) return [];
  if (locale === 'en') return SHOTS;
  if (SCREENSHOT_LOCALES.includes(locale) && IN_EVERY_SCRIPT.has(storyId)) return ['light', 'dark'];
  return [];
}
