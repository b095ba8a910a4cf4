import type { ReactiveElement } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { pseudoLocale } from '../generated/locale-loaders.js';
import { loadLocale } from './load.js';
import { useTemplates } from './msg.js';

/** Every language the library ships, source first. */
export const LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

/**
 * The generated pseudo-locale (accented, about 40% longer text) for testing layouts: setLocale()
 * accepts its exact tag, but it is no language and is not in LOCALES.
 */
export const PSEUDO_LOCALE: string | undefined = pseudoLocale;

/** Languages written right to left. */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

let active: string = sourceLocale;
/** Counts requests so that, when two overlap, the later one wins. */
let request = 0;
/** Whether the library follows `<html lang>` (the default) or a locale chosen by setLocale(). */
let following = true;
let started = false;
/** Resolves when the locale asked for at start-up is in place; elements wait for it once. */
let initial: Promise<void> | undefined;
/** The last tag this module warned about, so one bad tag gives one warning. */
let warned: string | undefined;

/** Connected elements, so a change of locale can re-render them and wait for them. */
const connected = new Set<ReactiveElement>();

/**
 * The shipped locale for a BCP 47 tag: the exact tag, else the first one of the same language
 * (es-MX → es, pt-PT → pt-BR, en-GB → en). Undefined when the language is not shipped.
 */
export function matchLocale(tag: string): string | undefined {
  const wanted = tag.trim().toLowerCase().replace(/_/g, '-');
  if (wanted === PSEUDO_LOCALE?.toLowerCase()) return PSEUDO_LOCALE;
  const language = wanted.split('-')[0];
  return (
    LOCALES.find((l) => l.toLowerCase() === wanted) ?? LOCALES.find((l) => l.toLowerCase().split('-')[0] === language)
  );
}

function resolve(tag: string, source: string): string {
  const match = matchLocale(tag);
  if (match) return match;
  if (warned !== tag) {
    warned = tag;
    console.warn(
      `microneedling-elements: ${source} "${tag}" is not a supported locale (${LOCALES.join(', ')}); using ${sourceLocale}.`,
    );
  }
  return sourceLocale;
}

const documentLocale = (): string => {
  const lang = document.documentElement.lang;
  return lang ? resolve(lang, '<html lang>') : sourceLocale;
};

/** `detail` of the `mn-locale-change` event that window receives once every element shows a new locale. */
export interface LocaleChangeDetail {
  locale: string;
}

/**
 * Loads a locale's translations and makes every element re-render with them. Resolves to
 * whether the locale changed; a failed or superseded load leaves the current one in place.
 */
async function load(locale: string): Promise<boolean> {
  const id = ++request;
  if (locale === active) return false;
  try {
    const templates = locale === sourceLocale ? undefined : (await loadLocale(locale)).templates;
    if (id !== request) return false;
    useTemplates(templates);
    active = locale;
    for (const el of connected) el.requestUpdate();
    return true;
  } catch {
    if (id === request) {
      console.warn(`microneedling-elements: the "${locale}" translation could not be loaded; staying in ${active}.`);
    }
    return false;
  }
}

/** Switches locale, then waits for every element to show it, then tells the page. */
async function apply(locale: string): Promise<void> {
  const changed = await load(locale);
  await rendered();
  if (changed) announce();
}

const announce = () => {
  const detail: LocaleChangeDetail = { locale: active };
  window.dispatchEvent(new CustomEvent('mn-locale-change', { detail }));
};

const rendered = () => Promise.all([...connected].map((el) => el.updateComplete));

/** From the first connected element on, follow `<html lang>` until setLocale() picks a locale. */
function start(): void {
  if (started) return;
  started = true;
  new MutationObserver(() => following && void apply(documentLocale())).observe(document.documentElement, {
    attributeFilter: ['lang'],
  });
  const locale = documentLocale();
  if (locale === sourceLocale) return;
  // Elements hold their first render until this settles (not until they have rendered).
  initial = load(locale).then((changed) => {
    initial = undefined;
    if (changed) void rendered().then(announce);
  });
}

/** Called by every element as it connects and disconnects. */
export function track(el: ReactiveElement, isConnected: boolean): void {
  if (isConnected) {
    start();
    connected.add(el);
  } else {
    connected.delete(el);
  }
}

/**
 * While the page's own language is still loading at start-up, the promise elements wait for
 * before their first render, so a Spanish page never flashes English text.
 */
export const localeReady = (): Promise<void> | undefined => initial;

/** The active locale, e.g. `"es"`. */
export const getLocale = (): string => active;

/** Whether text in the active locale runs right to left. */
export const isRtl = (): boolean => RTL.has(active.split('-')[0]);

/**
 * Sets the locale of every element (`"es"`, `"pt-PT"` → pt-BR, …), or `"auto"` to follow
 * `<html lang>` again. Resolves once every connected element has re-rendered; never rejects:
 * an unsupported tag gives English and a failed download keeps the current locale, each with a
 * console warning.
 */
export function setLocale(tag: string): Promise<void> {
  start();
  following = String(tag).toLowerCase() === 'auto';
  return apply(following ? documentLocale() : resolve(String(tag), 'setLocale()'));
}

declare global {
  interface WindowEventMap {
    'mn-locale-change': CustomEvent<LocaleChangeDetail>;
  }
}
