import { getLocale, LOCALES, setLocale, version } from './index.js';

/** What the script-tag build puts on `window`. */
export interface MicroneedlingElementsGlobal {
  version: string;
  setLocale: typeof setLocale;
  getLocale: typeof getLocale;
  /** Every language the library ships, source first (from lit-localize.json). */
  locales: readonly string[];
}

declare global {
  interface Window {
    /** Present on every page that loads the script (the one that references these types). */
    MicroneedlingElements: MicroneedlingElementsGlobal;
  }
}

// A second copy of the script leaves the first copy's API (and its elements) in charge.
window.MicroneedlingElements ??= { version, setLocale, getLocale, locales: LOCALES };
