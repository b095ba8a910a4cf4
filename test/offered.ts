// The languages the tests expect to find built: the build offers a configured language only once
// its file translates every unit, so a language a translator is still working on is configured in
// lit-localize.json but has no module, no prerendered page and no place in LOCALES.
import { ORPHANED, parseXliff, unfinished } from '../scripts/xliff-rules.mjs';

/** The languages lit-localize.json configures: the one list every other place follows. */
export const config: { sourceLocale: string; targetLocales: string[] } = await (
  await fetch('/lit-localize.json')
).json();

/** Whether a language's file translates every unit, by the build's own rules (offeredLocales() in scripts/xliff.mjs). */
async function complete(locale: string): Promise<boolean> {
  const text = await (await fetch(`/locales/${locale}.xlf`)).text();
  const { units } = parseXliff(text, (xml) => new DOMParser().parseFromString(xml, 'text/xml'));
  const counted = units.filter((unit) => !unit.notes.some((note) => note.from === ORPHANED));
  return counted.length > 0 && !counted.some(unfinished);
}

const finished = await Promise.all(config.targetLocales.map(complete));

/** The configured languages the build offers, in lit-localize.json's order. */
export const offered: readonly string[] = config.targetLocales.filter((_, i) => finished[i]);
