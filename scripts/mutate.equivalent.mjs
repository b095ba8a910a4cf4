// Surviving mutants that no test can kill because the mutated program behaves exactly as the
// original: file, line and mutator of each, and why. `npm run mutate` counts them apart.
export const EQUIVALENT = [];
