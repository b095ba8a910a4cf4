// What the stories' play functions expect the elements to say, in the toolbar's locale: the
// translators' own words from locales/*.xlf (stories/translations.ts), never the library's, so a
// play function fails when the library shows the wrong text, English where it should not, or
// nothing; and a language added to lit-localize.json with its file needs nothing here.
// `en-XA` is the pseudo-locale: if it silently fell back to English these would not match.
import { expect } from 'storybook/test';
import { says } from './translations.js';

/** A text the story compares with toBe/toEqual: the exact words, or a matcher for the pseudo-locale. */
type Text = string;

interface Expected {
  /** The FAQ card's heading. */
  faq: Text;
  /** The title of the accordion's first key point, `procedure`. */
  procedure: Text;
  /** The booking link's default text. */
  book: Text;
}

/** The pseudo-locale's tag, written out: the stories that show it must not depend on the build having it. */
export const PSEUDO = 'en-XA';

/** The pseudo-locale's accents, written out here rather than read from the generator under test. */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'åƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);

/** The pseudo-locale's form of an English text: accented, padded with "ẋẋẋẋẋ" runs, in ⟦ ⟧. */
const pseudo = (english: string): Text =>
  expect.stringMatching(
    new RegExp(
      `^⟦${[...english]
        .map((c) => ACCENTED[c] ?? c)
        .join('')
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( ẋẋẋẋẋ)+⟧$`,
    ),
  ) as unknown as Text;

/** What a story expects in `locale` (a toolbar locale, or the pseudo-locale). */
export function expected(locale: unknown): Expected {
  const tag = String(locale);
  const text = (id: string) => (tag === PSEUDO ? pseudo(says('en', id)) : says(tag, id));
  return { faq: text('ui.faq'), procedure: text('benefit.procedure.title'), book: text('ui.book') };
}

/** "Step 2 of 7" as the locale writes it: the translator's words, the numbers through Intl. */
export function stepOf(locale: unknown, n: number, total: number): Text {
  const tag = String(locale);
  const format = new Intl.NumberFormat(tag === PSEUDO ? 'en' : tag);
  if (tag === PSEUDO) return pseudo(says('en', 'ui.step-of', format.format(n), format.format(total)));
  return says(tag, 'ui.step-of', format.format(n), format.format(total));
}

/** The theme the "Clinic theme" stories set, and the computed values it must give. */
export const CLINIC = {
  accent: '#8a3b5c',
  accentRgb: 'rgb(138, 59, 92)',
  text: '#3a2a24',
  textRgb: 'rgb(58, 42, 36)',
  surface: '#fbf5f0',
  surfaceRgb: 'rgb(251, 245, 240)',
  font: 'Georgia, "Times New Roman", serif',
};

/**
 * A clinic's own words, as the "clinic's own" stories and the clinic page write them: examples of
 * what a clinic adds beside the article (its price, its numbing cream), not the library's text.
 */
export const CLINIC_WORDS = {
  price: { id: 'price', question: 'How much does a session cost?', answer: 'From 150 € a session.' },
  numbing: { id: 'numbing-cream', label: 'Numbing cream', text: 'Before the treatment, we apply a numbing cream.' },
  comfort: {
    id: 'comfort',
    label: 'Numbing cream for comfort',
    text: 'We apply a numbing cream before the treatment.',
  },
  intro: 'At our clinic, every treatment is performed by our own trained professionals.',
  closing: 'Questions? Ask us at the front desk.',
};

/** A clinic's entry, as a clinic writes it in its page: `<mn-faq-item question="…">…</mn-faq-item>`, its text as text. */
export function clinicEntry(tag: string, attributes: Record<string, string>, text: string): HTMLElement {
  const entry = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) entry.setAttribute(name, value);
  const p = document.createElement('p');
  p.textContent = text;
  entry.append(p);
  return entry;
}
