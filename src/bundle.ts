import { getLocale, setLocale, version } from './index.js';

/** What the script-tag build puts on `window`. */
export interface MicroneedlingElementsGlobal {
  version: string;
  setLocale: typeof setLocale;
  getLocale: typeof getLocale;
}

declare global {
  interface Window {
    MicroneedlingElements?: MicroneedlingElementsGlobal;
  }
}

// A second copy of the script leaves the first copy's API (and its elements) in charge.
window.MicroneedlingElements ??= { version, setLocale, getLocale };
