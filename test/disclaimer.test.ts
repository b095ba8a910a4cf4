import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/disclaimer/define.js';
import type { MnDisclaimer } from '../src/components/disclaimer/disclaimer.js';
import { text } from './helpers.js';

describe('<mn-disclaimer>', () => {
  it("shows the article's closing caution as a note", async () => {
    const el = await fixture<MnDisclaimer>(html`<mn-disclaimer></mn-disclaimer>`);
    const note = el.shadowRoot!.querySelector('[part="note"]')!;
    expect(note.getAttribute('role')).to.equal('note');
    expect(text(note.querySelector('[part="text"]'))).to.equal(
      "Individual experiences and results may vary, and it's essential to discuss any specific concerns or expectations with a qualified professional before undergoing micro-needling. They can provide personalized guidance and determine if micro-needling is suitable for your unique skin condition.",
    );
    expect(note.querySelector('[part="icon"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('has no axe violations and fits 320 px', async () => {
    const el = await fixture<MnDisclaimer>(html`<mn-disclaimer style="width: 320px"></mn-disclaimer>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('[part="note"]')!.scrollWidth).to.be.at.most(320);
  });

  it('takes the theme from --mn-* custom properties', async () => {
    const el = await fixture<MnDisclaimer>(
      html`<mn-disclaimer style="--mn-accent-ink: rgb(122, 62, 157); --mn-radius: 2rem"></mn-disclaimer>`,
    );
    const note = getComputedStyle(el.shadowRoot!.querySelector('[part="note"]')!);
    expect(note.borderInlineStartColor).to.equal('rgb(122, 62, 157)');
    // The accent edge stays straight at any radius; the other side is rounded.
    expect([note.borderStartStartRadius, note.borderEndStartRadius, note.borderStartEndRadius]).to.deep.equal([
      '0px',
      '0px',
      '32px',
    ]);
  });
});
