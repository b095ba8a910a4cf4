/** Splits a space-separated attribute value into its tokens. */
export const tokens = (value: string | null | undefined): string[] => (value ?? '').split(/\s+/).filter(Boolean);

/** Logs one warning in the library's voice: `<mn-faq-card>: …`. */
export function warn(host: Element, message: string): void {
  console.warn(`<${host.localName}>: ${message}`);
}

/**
 * The ids a host was asked to show, in the order asked, keeping only those it knows. An empty
 * request means all of them. Unknown ids are dropped with one warning naming them all (unless
 * `quiet`: the clinic's entries that would know them may not be parsed yet).
 */
export function pickIds<T extends string>(
  host: Element,
  requested: string | null | undefined,
  known: readonly T[],
  attribute: string,
  quiet = false,
): T[] {
  const asked = tokens(requested);
  if (!asked.length) return [...known];
  const unknown = asked.filter((id) => !known.includes(id as T));
  if (unknown.length && !quiet) {
    warn(host, `ignoring unknown ${attribute} id(s) "${unknown.join(' ')}"; known ids are: ${known.join(' ')}.`);
  }
  const picked = [...new Set(asked.filter((id): id is T => known.includes(id as T)))];
  return picked.length ? picked : [...known];
}

/**
 * A heading level between min and max; anything else (NaN, 0, 9, "abc") falls back with one
 * warning rather than a throw.
 */
export function headingLevel(host: Element, value: unknown, min: number, max: number, fallback: number): number {
  const level = Number(value);
  if (Number.isInteger(level) && level >= min && level <= max) return level;
  warn(host, `heading-level "${String(value)}" is not a whole number from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a whole number for a locale. One formatter per locale: building an Intl.NumberFormat
 * costs about as much as rendering a step, and a page may show a hundred steppers.
 */
export function formatNumber(value: number, locale: string): string {
  // English writes whole numbers as they are; the first Intl.NumberFormat of a page costs
  // some 30 ms of locale data, which an English page need not pay.
  if (locale === 'en') return String(value);
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}
