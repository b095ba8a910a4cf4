import type { LocaleModule } from '@lit/localize';

/**
 * The script-tag build: translations are files beside the script (`locales/es.js` next to
 * `microneedling-elements.js`), found from the script's own URL and fetched only when a page
 * asks for that language, so an English page downloads none of them. Only tags that matched a
 * shipped locale ever reach this function.
 */
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

export const loadLocale = (locale: string): Promise<LocaleModule> =>
  import(/* @vite-ignore */ new URL(`locales/${locale}.js`, base).href);
