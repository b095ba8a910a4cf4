import type { LocaleModule } from '@lit/localize';

/**
 * The script-tag build: translations are files beside the script (`locales/es.js` next to
 * `microneedling-elements.js`), found from the script's own URL and fetched only when a page
 * asks for that language, so an English page downloads none of them. Only tags that matched a
 * shipped locale ever reach this function.
 *
 * The script's URL: `document.currentScript` for a classic script (also with defer or async).
 * A `type="module"` script has none, and this one file cannot read `import.meta` (a syntax
 * error in a classic script), so it takes the URL of the code running now from a stack trace.
 */
const script = document.currentScript;
const base =
  // instanceof: a page's <img name="currentScript"> is document.currentScript too (DOM clobbering).
  (script instanceof HTMLScriptElement && script.src) ||
  /(?:https?|file):\/\/[^\s)]+?(?=(?::\d+){2})/.exec(new Error().stack ?? '')?.[0] ||
  document.baseURI;

export const loadLocale = (locale: string): Promise<LocaleModule> => {
  const url = new URL(`locales/${locale}.js`, base).href;
  // The one warning the library gives (src/i18n/locale.ts) says where it looked and what to copy.
  return import(/* @vite-ignore */ url).catch(() => {
    throw new Error(`from ${url} (copy the locales/ folder of the package's dist/ beside microneedling-elements.js)`);
  });
};
