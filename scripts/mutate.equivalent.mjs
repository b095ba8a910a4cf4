// Surviving mutants that no test can kill because the mutated program behaves exactly as the
// original: file, line and mutator of each, and why. `npm run mutate` counts them apart.
const raw =
  'the `raw` converter passes the attribute text through, which is what Lit does anyway for a property with no type: `{}` converts identically';
const initial = (name) =>
  `the initial value of ${name} is never read: the getter computes it on first access, as the cache key starts undefined`;

export const EQUIVALENT = [
  { file: 'src/components/benefits-accordion/benefits-accordion.ts', line: 17, mutator: 'ObjectLiteral', reason: raw },
  {
    file: 'src/components/benefits-accordion/benefits-accordion.ts',
    line: 62,
    mutator: 'ArrayDeclaration',
    reason: initial('shownIds'),
  },
];
