import type { ReactiveElement } from 'lit';
import type { TemplateMap } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { pseudoLocale } from '../generated/locale-loaders.js';
import { loadLocale } from './load.js';
import { pageTemplates, useTemplates, withTemplates } from './msg.js';

/** Every language the library ships, source first. */
export const LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

/**
 * The generated pseudo-locale (accented, twice as long or more for short text) for testing
 * layouts: setLocale() and `lang` accept its exact tag, but it is no language and is not in LOCALES.
 */
export const PSEUDO_LOCALE: string | undefined = pseudoLocale;

/** Languages written right to left. */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);

/** An element of the library, as this module sees it. */
export interface LocalizedElement extends ReactiveElement {
  /** The locale of its last render; undefined before the first. */
  readonly renderedLocale?: string;
}

/** The page's locale: `<html lang>`, or what setLocale() chose. Elements without a `lang` show it. */
let active: string = sourceLocale;
/** Counts requests so that, when two overlap, the later one wins. */
let request = 0;
/** Whether the library follows `<html lang>` (the default) or a locale chosen by setLocale(). */
let following = true;
let started = false;
/** Resolves when the locale asked for at start-up is in place; elements wait for it once. */
let initial: Promise<void> | undefined;
/** Warnings already given, so one bad tag gives one warning. */
const warned = new Set<string>();

/** Translations loaded so far (the source locale needs none), and loads under way. */
const loaded = new Map<string, TemplateMap | undefined>([[sourceLocale, undefined]]);
const loading = new Map<string, Promise<boolean>>();
/** Why a locale's translation last failed to load, where the loader says (the script tag names the URL). */
const reasons = new Map<string, string>();
/** Locales an element's `lang` asked for that could not be loaded; elements show the page's instead. */
const failed = new Set<string>();

/** The locale of the element the prerenderer (Node) renders right now; never set in a browser. */
let serverLocale: string | undefined;

/** Connected elements, so a change of locale can re-render them and wait for them. */
const connected = new Set<LocalizedElement>();

/**
 * The shipped locale for a BCP 47 tag: the exact tag, else the first one of the same language
 * and script (es-MX → es, pt-PT → pt-BR, en-GB → en, zh-CN and zh-SG → zh-Hans, but not zh-TW,
 * which is written in traditional characters). Undefined when the language is not shipped.
 */
export function matchLocale(tag: string): string | undefined {
  const wanted = tag.trim().replace(/_/g, '-');
  const lower = wanted.toLowerCase();
  if (lower === PSEUDO_LOCALE?.toLowerCase()) return PSEUDO_LOCALE;
  try {
    // maximize() fills in the likely script: zh → zh-Hans-CN, zh-TW → zh-Hant-TW.
    const want = new Intl.Locale(wanted).maximize();
    return (
      LOCALES.find((l) => l.toLowerCase() === lower) ??
      LOCALES.find((l) => {
        const have = new Intl.Locale(l).maximize();
        return have.language === want.language && have.script === want.script;
      })
    );
  } catch {
    return undefined; // not a language tag at all
  }
}

/** Whether text in a locale runs right to left. */
const rtl = (locale: string): boolean => RTL.has(locale.split('-')[0]);

/** One warning per message, however many elements or renders run into it. */
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`microneedling-elements: ${message}`);
}

function resolve(tag: string, source: string): string {
  const match = matchLocale(tag);
  if (match) return match;
  warnOnce(`${source} "${tag}" is not a supported locale (${LOCALES.join(', ')}); using ${sourceLocale}.`);
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

/** Loads a locale's translations once; resolves to whether they are there. Never rejects. */
function fetchLocale(locale: string): Promise<boolean> {
  if (loaded.has(locale)) return Promise.resolve(true);
  let pending = loading.get(locale);
  if (!pending) {
    pending = Promise.resolve()
      .then(() => loadLocale(locale))
      .then(
        (module) => {
          loaded.set(locale, module.templates);
          return true;
        },
        (error: unknown) => {
          // The script tag's loader explains itself ("from <url> (copy …)"); a bundler's does not.
          const reason = error instanceof Error && error.message.startsWith('from ') ? ` ${error.message}` : '';
          reasons.set(locale, reason);
          return false;
        },
      )
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** Re-renders every element whose locale is no longer the one it shows. */
export function refresh(): void {
  for (const el of connected)
    if (el.renderedLocale !== undefined && localeOf(el) !== el.renderedLocale) el.requestUpdate();
}

/**
 * Loads the page's new locale and makes the elements that follow the page re-render with it.
 * Resolves to whether the locale changed; a failed or superseded load leaves the current one.
 */
async function load(locale: string): Promise<boolean> {
  const id = ++request;
  if (locale === active) return false;
  const ok = await fetchLocale(locale);
  if (id !== request) return false;
  if (!ok) {
    console.warn(
      `microneedling-elements: the "${locale}" translation could not be loaded${reasons.get(locale)}; staying in ${active}.`,
    );
    return false;
  }
  failed.delete(locale);
  useTemplates(loaded.get(locale));
  active = locale;
  // Every element: those that follow the page, and those with a language of their own, whose
  // direction depends on the page's (an English card is ltr in an Arabic page, and needs no dir
  // in an English one).
  for (const el of connected) if (el.renderedLocale !== undefined) el.requestUpdate();
  return true;
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

/**
 * From the first connected element on, follow `<html lang>` until setLocale() picks a locale,
 * and every `lang` attribute in the page, for the elements under it.
 */
function start(): void {
  if (started) return;
  started = true;
  new MutationObserver((records) => {
    if (following && records.some((r) => r.target === document.documentElement)) void apply(documentLocale());
    refresh();
  }).observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  const locale = documentLocale();
  if (locale === sourceLocale) return;
  // Elements hold their first render until this settles (not until they have rendered).
  initial = load(locale).then((changed) => {
    initial = undefined;
    if (changed) void rendered().then(announce);
  });
}

/** Called by every element as it connects and disconnects. */
export function track(el: LocalizedElement, isConnected: boolean): void {
  if (isConnected) {
    start();
    connected.add(el);
  } else {
    connected.delete(el);
  }
}

/**
 * The `lang` an element is under: its own attribute, else the nearest ancestor's inside the
 * page (not `<html>`'s, which is the page's). An element rendered inside another of the
 * library's elements follows that element, not the markup it renders.
 */
function langOf(el: Element): string | undefined {
  if (el.hasAttribute('lang')) return el.getAttribute('lang') || undefined;
  let node: Element = el;
  for (;;) {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) {
      const tagged = node.closest('[lang]');
      return tagged && tagged !== document.documentElement ? tagged.getAttribute('lang') || undefined : undefined;
    }
    if (connected.has(root.host as LocalizedElement)) return langOf(root.host);
    const tagged = node.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang') || undefined;
    node = root.host;
  }
}

/** The shipped locale an element's `lang` names, if it names one; an unsupported tag warns once. */
function ownLocale(el: Element): string | undefined {
  const tag = langOf(el);
  if (!tag) return undefined;
  const match = matchLocale(tag);
  if (!match) {
    warnOnce(`lang "${tag}" is not a supported locale (${LOCALES.join(', ')}); following the page (${active}).`);
  }
  return match;
}

/**
 * The locale an element shows: the one its `lang` (or an ancestor's) names, else the page's.
 * A `lang` whose translation failed to load falls back to the page's locale.
 */
export function localeOf(el: Element): string {
  if (serverLocale) return serverLocale;
  const own = ownLocale(el);
  return own && !failed.has(own) ? own : active;
}

/**
 * What an element waits for before it renders, if anything: the page's language at start-up,
 * or the translation its own `lang` names, so that no element flashes English first.
 */
export function localeReady(el: Element): Promise<void> | undefined {
  const own = ownLocale(el);
  // The page's language too: an element's direction depends on it (an English card in an
  // Arabic page is ltr), and a prerendered element must render exactly as the server did.
  if (!own || loaded.has(own) || failed.has(own)) return initial;
  return Promise.all([initial, fetchLocale(own)]).then(([, ok]) => {
    if (ok || failed.has(own)) return;
    failed.add(own);
    console.warn(
      `microneedling-elements: the "${own}" translation could not be loaded${reasons.get(own)}; showing ${active}.`,
    );
  });
}

/** Runs `render` with msg() reading a locale's translations (the page's when it is not loaded). */
export const inLocale = <T>(locale: string, render: () => T): T =>
  withTemplates(locale !== active && loaded.has(locale) ? loaded.get(locale) : pageTemplates(), render);

/** The page's locale, e.g. `"es"`: what every element without a `lang` of its own shows. */
export const getLocale = (): string => active;

/** Whether text in the page's locale (or the one given) runs right to left. */
export const isRtl = (locale: string = active): boolean => rtl(locale);

/**
 * Sets the page's locale (`"es"`, `"pt-PT"` → pt-BR, …), or `"auto"` to follow `<html lang>`
 * again; elements with a `lang` of their own keep it. Resolves once every connected element has
 * re-rendered; never rejects: an unsupported tag gives English and a failed download keeps the
 * current locale, each with a console warning.
 */
export function setLocale(tag: string): Promise<void> {
  start();
  following = String(tag).toLowerCase() === 'auto';
  return apply(following ? documentLocale() : resolve(String(tag), 'setLocale()'));
}

/**
 * For the prerenderer, in Node: the load of the translations of a page's locale and of an
 * element's, or undefined once both are settled (loaded, or failed and shown in English), so
 * that a render which cannot wait (a React component's) knows when it can run.
 */
export function serverLoad(page: string, locale: string): Promise<unknown> | undefined {
  const settled = (l: string) => loaded.has(l) || reasons.has(l);
  return settled(page) && settled(locale) ? undefined : Promise.all([fetchLocale(page), fetchLocale(locale)]);
}

/**
 * Once serverLoad() has settled: runs `render` (synchronously) as an element in `locale`
 * renders in a page in `page`: msg(), `lang`, `dir` and number formats as in a browser, for the
 * element and every element it renders.
 */
export function renderLoaded<T>(page: string, locale: string, render: () => T): T {
  active = page;
  useTemplates(loaded.get(page));
  serverLocale = locale;
  try {
    return inLocale(locale, render);
  } finally {
    serverLocale = undefined;
  }
}

declare global {
  interface WindowEventMap {
    'mn-locale-change': CustomEvent<LocaleChangeDetail>;
  }
}
