import { SOURCE_MODULES, takesOverClinicPage, takesOverFirstClinicStep } from './clinic-page.js';

// The clinic's pages prerendered by src/ssr and taken over by the source modules, rather than
// by dist/: what `npm run mutate` instruments, so that its groups judge hydration (the nodes
// kept, the stepper's clinic step moving from the checklist to the panel) on the source.
describe('a prerendered page with the clinic’s own entries, taken over by the source modules', () => {
  it('keeps the same nodes, and the entries work', () => takesOverClinicPage(SOURCE_MODULES, 'end of body'));

  it('moves the text of a first step of the clinic’s from the checklist to the panel', () =>
    takesOverFirstClinicStep(SOURCE_MODULES));
});
