import { expect } from '@open-wc/testing';
import { closePages, openPage as open } from './hostile-page.js';

// A clinic's entries that try to run code, on a page served with a Content-Security-Policy that
// allows scripts from the site's own files only ('unsafe-inline' left out): whatever in-place
// sanitising cannot undo in the page's own HTML (docs/security.md), the browser refuses to run.
// The library is the source as one classic script (the test server's /source-script.js), in
// <head> or at the end of <body>, on the page as written or as the source's prerenderer writes it.

const PAGE = 'test/pages/hostile.html';
const CSP = "script-src 'self'";

const url = (served: string, query: Record<string, string>) => `/${served}/${PAGE}?${new URLSearchParams(query)}`;

describe('a page with hostile entries under a Content-Security-Policy without unsafe-inline', () => {
  afterEach(closePages);

  it('runs them without the policy and without the library: what the policy has to stop', async () => {
    const page = await open(url('plain', {}));
    expect([...page.ran].sort()).to.deep.equal([
      'body onload',
      'details ontoggle',
      'iframe srcdoc',
      'img onerror',
      'object img onerror',
      'script',
      'style onload',
      'svg onload',
      'video source onerror',
    ]);
  });

  for (const [served, library] of [
    ['plain', 'head'],
    ['plain', 'end'],
    ['prerendered-source', 'head'],
    ['prerendered-source', 'end'],
  ]) {
    const placement = `${library === 'head' ? 'in <head>' : 'at the end of <body>'}, ${served === 'plain' ? 'as written' : 'prerendered'}`;
    it(`runs none of them with the library ${placement}, and the page's own script still runs`, async () => {
      const page = await open(url(served, { csp: CSP, library }));
      await page.customElements.whenDefined('mn-faq-card');
      expect(page.ran).to.deep.equal([]);
      expect(page.pageScriptRan).to.equal(true);
      expect(page.document.getElementById('after')?.textContent).to.equal('After the card.');
    });
  }
});
