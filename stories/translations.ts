/// <reference types="vite/client" />
// The translators' own words, read from locales/*.xlf (not from the library), so that a story's
// play function can say what an element must show in a language without a list of languages or
// a copy of each text here: adding a language's file is all a new language needs.
// Not a stories file itself: Storybook loads only *.stories.ts.

const files = import.meta.glob<string>('../locales/*.xlf', { query: '?raw', import: 'default', eager: true });

/** Text of a <source> or <target>, with each placeholder written as {0}, {1}, … by its id. */
const textOf = (node: Element): string =>
  [...node.childNodes]
    .map((child) =>
      child.nodeType === Node.ELEMENT_NODE && (child as Element).localName === 'x'
        ? `{${(child as Element).getAttribute('id')}}`
        : (child.textContent ?? ''),
    )
    .join('');

const parsed = new Map<string, Map<string, { source: string; target?: string }>>();

function units(file: string): Map<string, { source: string; target?: string }> {
  let found = parsed.get(file);
  if (!found) {
    const xml = new DOMParser().parseFromString(files[file], 'text/xml');
    found = new Map(
      [...xml.getElementsByTagName('trans-unit')].map((unit) => {
        const target = unit.getElementsByTagName('target')[0];
        return [
          unit.getAttribute('id')!,
          { source: textOf(unit.getElementsByTagName('source')[0]), target: target && textOf(target) },
        ];
      }),
    );
    parsed.set(file, found);
  }
  return found;
}

/**
 * What the message `id` says in `locale`, placeholders filled in from `values` by position
 * ({0}, {1}, …): the English source for English, the translator's target for any other shipped
 * language. Throws for a locale without a file, so a story never passes on a missing language.
 */
export function says(locale: string, id: string, ...values: string[]): string {
  // English is every file's <source>: read it from the first one.
  const [english] = Object.keys(files);
  const file = locale === 'en' ? english : `../locales/${locale}.xlf`;
  if (!files[file]) throw new Error(`no locales/${locale}.xlf: the story cannot say what ${id} reads in ${locale}`);
  const unit = units(file).get(id);
  if (!unit) throw new Error(`no message ${id} in locales/${locale}.xlf`);
  const text = locale === 'en' ? unit.source : unit.target;
  if (text === undefined) throw new Error(`${id} is not translated in locales/${locale}.xlf`);
  return text.replace(/\{(\d+)\}/g, (_, i: string) => values[Number(i)] ?? `{${i}}`);
}
