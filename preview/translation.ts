import type { StrResult, TemplateMap } from '@lit/localize';
import { checkXliff, type Finding, type Part, percent, plain, unfinished } from '../scripts/xliff-rules.mjs';
import { SOURCES } from './sources.js';

/**
 * Markers around each message in the preview's translations, in Unicode's private use area
 * (no text contains them): a start (translated, or English standing in), the message's index
 * in SOURCES, then its text, then an end. The page strips them as they arrive (marks.ts) and
 * tags the element that holds the text with its unit, and with lang="en" where English stands in.
 */
export const START = '\uE000';
export const START_ENGLISH = '\uE001';
export const END = '\uE002';
/** The index of a message, as one character after its start marker. */
export const INDEX_BASE = 0xe100;
/** Every character the markers use. */
const MARKERS = /[\uE000-\uE002\uE100-\uE7FF]/g;

/** What the preview shows for one file: the check's findings and the templates to render. */
export interface Translation {
  /** The file's name, as the check's lines give it. */
  file: string;
  /** The file's `target-language`, when it is a language tag. */
  tag?: string;
  /** One clear message when the file cannot be shown as a translation (the page shows the English). */
  message?: string;
  /** Everything the check found, in file order. */
  findings: Finding[];
  /** Units that count, and those translated. */
  total: number;
  done: number;
  /** The ids shown in the translation; every other one shows its English, marked as English. */
  translated: ReadonlySet<string>;
  /** The library's templates: every message, translated or English, between markers. */
  templates: TemplateMap;
}

const ids = [...SOURCES.keys()];

/** A message's text from its parts, between markers, as the library's msg() takes it. */
function marked(index: number, parts: readonly Part[], english: boolean): string | StrResult {
  const start = `${english ? START_ENGLISH : START}${String.fromCharCode(INDEX_BASE + index)}`;
  const strings: string[] = [start];
  const values: number[] = [];
  for (const part of parts) {
    // The markers' characters never come from a file (a file with them would mislabel its text).
    if ('text' in part) strings[strings.length - 1] += part.text.replace(MARKERS, '');
    else if ('x' in part) {
      values.push(Number(part.id));
      strings.push('');
    }
  }
  strings[strings.length - 1] += END;
  if (!values.length) return strings[0];
  // The shape of @lit/localize's str``: the values are indices into the source's values.
  return { strTag: true, strings: Object.assign(strings, { raw: strings }), values } as unknown as StrResult;
}

/** Every message in English, marked as English: what a file that cannot be read shows. */
export const english = (): TemplateMap =>
  Object.fromEntries(ids.map((id, i) => [id, marked(i, SOURCES.get(id)!.source, true)]));

/** Whether a tag is a well-formed BCP 47 language tag. */
function isTag(tag: string | undefined): tag is string {
  if (!tag) return false;
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

/** A file that cannot be shown as a translation: its message, what the check found, and the English. */
export const unreadable = (file: string, message: string, findings: Finding[] = []): Translation => ({
  file,
  message,
  findings,
  total: SOURCES.size,
  done: 0,
  translated: new Set(),
  templates: english(),
});

/**
 * Reads an .xlf file's text as `npm run localize:check` does (the same rules, with the browser's
 * XML parser) and makes the templates that show it: each unit translated when the file
 * translates it and nothing in it is broken, else its English. Never throws: a file that is
 * not XLIFF, not well-formed or has no usable language gets one message and the English.
 */
export function readTranslation(file: string, text: string): Translation {
  const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
  const fallback = (message: string, findings: Finding[] = []) => unreadable(file, message, findings);
  if (!/<xliff[\s>]/.test(text)) {
    return fallback(
      `${file} is not an XLIFF file: open your language's .xlf file (locales/<tag>.xlf). The page shows the English.`,
    );
  }
  const { findings, total, file: xliff } = checkXliff(text, SOURCES, parse);
  if (!xliff) {
    return fallback(
      `${file} is not well-formed XML, so none of it can be shown: fix the problem listed, then open the file again. The page shows the English.`,
      findings,
    );
  }
  if (xliff.root !== 'xliff') {
    return fallback(`${file} is not an XLIFF file (its outer element is <${xliff.root}>). The page shows the English.`);
  }
  const written = xliff.targetLanguage;
  if (!isTag(written)) {
    return fallback(
      `${file} names no language: write your language's tag in <file target-language="…"> (e.g. sv), then open it again. The page shows the English.`,
      findings,
    );
  }
  // As the browser writes it: SV → sv, zh-hans → zh-Hans.
  const [tag] = Intl.getCanonicalLocales(written);
  if (new Intl.Locale(tag).language === 'en') {
    return fallback(
      `${file} translates into ${tag}, English, which the elements are written in. The page shows the English.`,
      findings,
    );
  }
  const broken = new Set(findings.filter((f) => f.level === 'problem' && f.id).map((f) => f.id!));
  const units = new Map(xliff.units.map((u) => [u.id, u]));
  const translated = new Set(
    ids.filter((id) => {
      const unit = units.get(id);
      return unit?.target && !unfinished(unit) && !broken.has(id) && unit.targets === 1;
    }),
  );
  const templates: TemplateMap = Object.fromEntries(
    ids.map((id, i) =>
      translated.has(id)
        ? [id, marked(i, units.get(id)!.target!, false)]
        : [id, marked(i, SOURCES.get(id)!.source, true)],
    ),
  );
  const done = total - findings.filter((f) => f.level === 'todo').length;
  return { file, tag, findings, total, done, translated, templates };
}

/** "3 of 61 units translated (5%)". */
export const progressLine = ({ done, total }: Pick<Translation, 'done' | 'total'>): string =>
  `${done} of ${total} units translated (${percent(done, total)}%)`;

/** A unit's English, with placeholders as `${name}`. */
export const englishOf = (id: string): string => plain(SOURCES.get(id)?.source ?? []);
