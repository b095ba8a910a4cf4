// Surviving mutants that no test can kill because the mutated program behaves exactly as the
// original: file, line and mutator of each (and the replacement, where a line has several), and why. `npm run mutate` counts them apart.
const raw =
  'the `raw` converter passes the attribute text through, which is what Lit does anyway for a property with no type: `{}` converts identically';
const initial = (name) =>
  `the initial value of ${name} is never read: the getter computes it on first access, as the cache key starts undefined`;

const stepper = 'src/components/procedure-stepper/procedure-stepper.ts';
const faq = 'src/components/faq-card/faq-card.ts';
const article = 'src/components/article/article.ts';

export const EQUIVALENT = [
  ...['ConditionalExpression', 'EqualityOperator', 'StringLiteral'].map((mutator) => ({
    file: 'src/internal/tokens.ts',
    line: 49,
    mutator,
    reason:
      'a stepper shows at most seven steps, and every shipped locale writes 1 to 7 as String() does (current CLDR gives ar Latin digits by default): the shortcut for English only saves time',
  })),
  {
    file: 'src/internal/tokens.ts',
    line: 49,
    mutator: 'ConditionalExpression',
    replacement: 'false',
    reason: 'Intl.NumberFormat("en") writes the whole numbers a stepper shows (below 1000) exactly as String() does',
  },
  {
    file: 'src/internal/heading.ts',
    line: 28,
    mutator: 'ConditionalExpression',
    reason: 'a fresh unsafeStatic() of the same markup is the same static text to Lit: the cache only saves memory',
  },
  {
    file: 'src/internal/tokens.ts',
    line: 2,
    mutator: 'Regex',
    reason: 'splitting on single spaces leaves empty tokens, which filter(Boolean) drops: the same list',
  },
  {
    file: 'src/internal/tokens.ts',
    line: 20,
    mutator: 'ConditionalExpression',
    reason:
      'with nothing asked, nothing is unknown and nothing is picked, so the last line returns every known id anyway',
  },
  {
    file: 'src/internal/tokens.ts',
    line: 51,
    mutator: 'ConditionalExpression',
    reason: 'a new Intl.NumberFormat for the same locale formats the same: the cache only saves time',
  },
  {
    file: 'src/internal/structured-data.ts',
    line: 63,
    mutator: 'ConditionalExpression',
    reason: 'writing the same JSON again leaves the same text: the check only spares a needless DOM mutation',
  },
  {
    file: 'src/internal/url.ts',
    line: 7,
    mutator: 'StringLiteral',
    reason:
      'for a missing value, "" and "Stryker was here!" are both refused, and no warning is given for a missing value',
  },
  {
    file: 'src/internal/url.ts',
    line: 12,
    mutator: 'BlockStatement',
    reason:
      'an http(s) URL that does not parse then falls through to the same-site test, which it can never pass: undefined either way',
  },
  {
    file: 'src/internal/url.ts',
    line: 25,
    mutator: 'ConditionalExpression',
    reason:
      'with the year checked, a date that overflows (2026-02-30, 2026-13-01, 2026-03-00) always changes its month and its day: dropping the month check or the day check alone changes nothing (the year check is what catches 0050-01-01, which Date.UTC reads as 1950)',
  },
  {
    file: 'src/internal/print.ts',
    line: 5,
    mutator: 'BooleanLiteral',
    reason:
      "never read: the first watchPrint(), in the first element's connectedCallback, sets it from the print media query before any render",
  },
  {
    file: 'src/internal/print.ts',
    line: 22,
    mutator: 'ConditionalExpression',
    reason:
      'listening again for each element only calls set() more than once per event, and set() ignores a state it already has',
  },
  {
    file: 'src/internal/print.ts',
    line: 23,
    mutator: 'BooleanLiteral',
    reason: 'as above: extra listeners, each a no-op once the state is set',
  },
  {
    file: 'src/internal/disclosure.ts',
    line: 121,
    mutator: 'ConditionalExpression',
    reason:
      'animate() runs after a render, only for ids shown, whose panels that render has just made: the panel is always there',
  },
  {
    file: 'src/internal/disclosure.ts',
    line: 136,
    mutator: 'OptionalChaining',
    reason: 'settle() runs only from animate(), which has already created `running`',
  },
  { file: article, line: 17, mutator: 'ObjectLiteral', reason: raw },
  {
    file: article,
    line: 71,
    mutator: 'ArrayDeclaration',
    reason:
      'the initial list of sections is never read: the first update always computes it, as `sections` is among the changed properties',
  },
  { file: faq, line: 18, mutator: 'ObjectLiteral', reason: raw },
  { file: faq, line: 72, mutator: 'ArrayDeclaration', reason: initial('shownIds') },
  { file: stepper, line: 15, mutator: 'ObjectLiteral', reason: raw },
  { file: stepper, line: 66, mutator: 'ArrayDeclaration', reason: initial('shownIds') },
  {
    file: stepper,
    line: 118,
    mutator: 'EqualityOperator',
    reason: 'only values below 0 or above the last index get here, so `n <= 0` and `n < 0` never differ',
  },
  {
    file: stepper,
    line: 145,
    mutator: 'ConditionalExpression',
    reason:
      'clamping on every update instead of only when active-step or steps changed: every other path (go()) leaves a valid index, which clamps to itself with no warning',
  },
  { file: 'src/components/benefits-accordion/benefits-accordion.ts', line: 17, mutator: 'ObjectLiteral', reason: raw },
  {
    file: 'src/components/benefits-accordion/benefits-accordion.ts',
    line: 62,
    mutator: 'ArrayDeclaration',
    reason: initial('shownIds'),
  },
];
