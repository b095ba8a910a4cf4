// What the stories' play functions expect the elements to say, per locale, written out here as
// literals (copied from the reviewed translations, not read from the library), so a play
// function fails when the library shows the wrong text, English where it should not, or nothing.
// `en-XA` is the pseudo-locale: if it silently fell back to English these would not match.

interface Expected {
  /** "Step 3 of 7", with {n} and {total} for the numbers (formatted for the locale by Intl). */
  stepOf: string;
  /** The FAQ card's heading. */
  faq: string;
  /** The title of the accordion's first key point, `procedure`. */
  procedure: string;
  /** The booking link's default text. */
  book: string;
}

export const EXPECTED: Record<string, Expected> = {
  en: {
    stepOf: 'Step {n} of {total}',
    faq: 'Frequently asked questions',
    procedure: 'Procedure',
    book: 'Book a consultation',
  },
  ar: { stepOf: 'الخطوة {n} من {total}', faq: 'الأسئلة الشائعة', procedure: 'الإجراء', book: 'احجز استشارة' },
  de: {
    stepOf: 'Schritt {n} von {total}',
    faq: 'Häufig gestellte Fragen',
    procedure: 'Ablauf',
    book: 'Beratungstermin vereinbaren',
  },
  es: {
    stepOf: 'Paso {n} de {total}',
    faq: 'Preguntas frecuentes',
    procedure: 'Procedimiento',
    book: 'Reservar una consulta',
  },
  fr: {
    stepOf: 'Étape {n} sur {total}',
    faq: 'Questions fréquentes',
    procedure: 'Déroulement',
    book: 'Réserver une consultation',
  },
  'pt-BR': {
    stepOf: 'Etapa {n} de {total}',
    faq: 'Perguntas frequentes',
    procedure: 'Procedimento',
    book: 'Agende uma consulta',
  },
  'en-XA': {
    stepOf: '⟦Šţéþ {n} öƒ {total} ẋẋẋẋẋ⟧',
    faq: '⟦Ƒŕéǫûéñţĺý åšķéđ ǫûéšţîöñš ẋẋẋẋẋ⟧',
    procedure: '⟦Þŕöçéđûŕé ẋẋẋẋẋ⟧',
    book: '⟦Ɓööķ å çöñšûĺţåţîöñ ẋẋẋẋẋ⟧',
  },
};

/** The pseudo-locale's tag, written out: the stories that show it must not depend on the build having it. */
export const PSEUDO = 'en-XA';

/** What a story expects in the toolbar's locale; a locale with no entry here fails loudly. */
export function expected(locale: unknown): Expected {
  const entry = EXPECTED[String(locale)];
  if (!entry) throw new Error(`stories/fixtures.ts has no expected text for the locale "${String(locale)}"`);
  return entry;
}

/** "Step 2 of 7" as the locale writes it: the template above, the numbers through Intl. */
export function stepOf(locale: unknown, n: number, total: number): string {
  const format = new Intl.NumberFormat(String(locale) === PSEUDO ? 'en' : String(locale));
  return expected(locale).stepOf.replace('{n}', format.format(n)).replace('{total}', format.format(total));
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
