import { expect } from '@open-wc/testing';
import { SOURCE_MODULES, takesOverClinicPage, takesOverFirstClinicStep } from './clinic-page.js';

// The clinic's pages prerendered by src/ssr and taken over by the source modules, rather than
// by dist/: what `npm run mutate` instruments, so that its groups judge hydration (the nodes
// kept, the stepper's clinic step moving from the checklist to the panel) on the source.
describe('a prerendered page with the clinic’s own entries, taken over by the source modules', () => {
  it('keeps the same nodes, and the entries work', () => takesOverClinicPage(SOURCE_MODULES, 'end of body'));

  it('moves the text of a first step of the clinic’s from the checklist to the panel', () =>
    takesOverFirstClinicStep(SOURCE_MODULES));
});

// A page prerendered again (a site's build that renders its output twice) as a crawler reads it.
describe('a page prerendered before, prerendered again by the source', () => {
  it('replaces the JSON-LD block an element writes, and keeps the clinic’s own', async () => {
    const html = await (await fetch('/prerendered-source/test/pages/prerendered-json-ld.html')).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const blocks = (tag: string) =>
      [...page.querySelector(tag)!.querySelectorAll(':scope > script[type="application/ld+json"]')].map((script) =>
        JSON.parse(script.textContent!),
      );
    const [faq, ...more] = blocks('mn-faq-card');
    expect(more).to.deep.equal([]);
    expect(faq.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal([
      'How much downtime is there?',
      'How many sessions will I need?',
    ]);
    expect(blocks('mn-disclaimer')).to.deep.equal([
      { '@context': 'https://schema.org', '@type': 'MedicalClinic', name: 'Our clinic' },
    ]);
  });
});
