import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/article/define.js';
import type { MnArticle } from '../src/components/article/article.js';
import { setLocale } from '../src/i18n/locale.js';
import { captureWarnings, painted, text } from './helpers.js';

type Graph = { '@context': string; '@graph': Record<string, unknown>[] };

/** Every heading a screen reader lists, through the nested shadow roots, in document order. */
function outline(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.children) {
      if (/^h[1-6]$/.test(child.localName) && child.checkVisibility()) found.push(`${child.localName} ${text(child)}`);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(root);
  return found;
}

const links = (el: MnArticle) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="booking"]')];
const blocks = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
const byline = (el: MnArticle) => text(el.shadowRoot!.querySelector('[part="byline"]'));

/** Waits for the article and the elements inside it. */
async function ready(el: MnArticle) {
  await el.updateComplete;
  await Promise.all(
    [...el.shadowRoot!.querySelectorAll('*')].map((child) => (child as Partial<MnArticle>).updateComplete),
  );
  await el.updateComplete;
}

describe('<mn-article>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    await setLocale('en');
  });

  describe('sections and headings', () => {
    it('shows every section in order under one outline from h2', async () => {
      const el = await fixture<MnArticle>(html`<mn-article></mn-article>`);
      await ready(el);
      const headings = outline(el.shadowRoot!);
      expect(headings.slice(0, 3)).to.deep.equal([
        'h2 What is micro-needling?',
        'h2 Key points and benefits',
        'h3 Procedure',
      ]);
      expect(headings).to.include.members([
        'h2 The treatment, step by step',
        'h3 Consultation',
        'h2 Frequently asked questions',
        'h3 How much downtime is there?',
        'h2 Individual results may vary',
      ]);
      const levels = headings.map((h) => Number(h[1]));
      expect(Math.min(...levels)).to.equal(2);
      expect(Math.max(...levels)).to.equal(3);
      expect(headings.filter((h) => h.startsWith('h2'))).to.deep.equal([
        'h2 What is micro-needling?',
        'h2 Key points and benefits',
        'h2 The treatment, step by step',
        'h2 Frequently asked questions',
        'h2 Individual results may vary',
      ]);
      const tags = [...el.shadowRoot!.querySelectorAll('section > :not(h2)')].map((child) => child.localName);
      expect(tags).to.deep.equal([
        'p',
        'mn-benefits-accordion',
        'mn-procedure-stepper',
        'mn-faq-card',
        'mn-disclaimer',
      ]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it("opens with the article's introduction, word for word", async () => {
      const el = await fixture<MnArticle>(html`<mn-article sections="intro"></mn-article>`);
      expect(text(el.shadowRoot!.querySelector('[part="intro"]'))).to.equal(
        "Micro-needling, also known as collagen induction therapy, is a cosmetic procedure that involves creating tiny, controlled micro-injuries to the skin using a device called a micro-needling pen. These micro-injuries stimulate the skin's natural healing response, promoting collagen production and rejuvenation.",
      );
    });

    it("names each section's heading as the heading part, for a page to style", async () => {
      const el = await fixture<MnArticle>(html`<mn-article></mn-article>`);
      expect(
        [...el.shadowRoot!.querySelectorAll('[part="heading"]')].map((h) => `${h.localName} ${text(h)}`),
      ).to.deep.equal([
        'h2 What is micro-needling?',
        'h2 Key points and benefits',
        'h2 The treatment, step by step',
        'h2 Individual results may vary',
      ]);
    });

    it('skips an unknown section with one warning naming it', async () => {
      const el = await fixture<MnArticle>(html`<mn-article sections="intro pricing disclaimer"></mn-article>`);
      expect(el.shadowRoot!.querySelectorAll('[part="section"]').length).to.equal(2);
      expect(warnings.messages).to.deep.equal([
        '<mn-article>: ignoring unknown sections id(s) "pricing"; known ids are: intro benefits procedure faq disclaimer.',
      ]);
    });

    it('starts the outline at heading-level 3 and goes down from there', async () => {
      const el = await fixture<MnArticle>(html`<mn-article heading-level="3"></mn-article>`);
      await ready(el);
      const levels = new Set(outline(el.shadowRoot!).map((h) => h.slice(0, 2)));
      expect(levels).to.deep.equal(new Set(['h3', 'h4']));
      expect(outline(el.shadowRoot!)[0]).to.equal('h3 What is micro-needling?');
    });

    it('shows a subset of sections in the order asked, and always keeps the disclaimer', async () => {
      const el = await fixture<MnArticle>(html`<mn-article sections="faq intro"></mn-article>`);
      await ready(el);
      const tags = [...el.shadowRoot!.querySelectorAll('section')].map(
        (s) => s.querySelector('h2, mn-faq-card')!.textContent!.trim() || s.querySelector('mn-faq-card')!.localName,
      );
      expect(tags).to.deep.equal(['mn-faq-card', 'What is micro-needling?', 'Individual results may vary']);
      expect(el.shadowRoot!.querySelectorAll('mn-disclaimer').length).to.equal(1);
      expect(warnings.messages).to.deep.equal([
        '<mn-article>: the disclaimer section cannot be left out: results vary and a professional must be consulted. Keeping it.',
      ]);
    });
  });

  describe('booking link', () => {
    for (const [url, href] of [
      ['https://clinic.example/book?service=microneedling', 'https://clinic.example/book?service=microneedling'],
      ['http://clinic.example/book', 'http://clinic.example/book'],
      ['HTTPS://Clinic.Example/Book', 'https://clinic.example/Book'],
      ['/book', '/book'],
      [' /book ', '/book'],
      ['./book.html', './book.html'],
      ['../book.html', '../book.html'],
      ['?book=1', '?book=1'],
      ['#booking', '#booking'],
    ]) {
      it(`links "Book a consultation" to ${url} after the procedure and at the end`, async () => {
        const el = await fixture<MnArticle>(html`<mn-article booking-url=${url}></mn-article>`);
        expect(links(el).map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
          ['Book a consultation', href],
          ['Book a consultation', href],
        ]);
        expect(links(el)[0].closest('section')!.querySelector('mn-procedure-stepper')).not.to.equal(null);
        expect(links(el)[1].parentElement!.parentElement!.localName).to.equal('article');
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:a@b.example',
      '//evil.example/book',
      'book now!',
      'http://exa mple.com',
      'java\tscript:alert(1)',
      '/\\evil.example/book',
      'javascript:alert(`https://evil.example`)',
      'https://[not-a-host/book',
      'http:/book',
      '.../book',
      'book/now',
    ]) {
      it(`refuses ${JSON.stringify(url)} with one warning and no link`, async () => {
        const el = await fixture<MnArticle>(html`<mn-article booking-url=${url}></mn-article>`);
        expect(links(el)).to.deep.equal([]);
        expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
        expect(warnings.messages.length).to.equal(1);
        expect(warnings.messages[0]).to.contain('booking-url');
      });
    }

    it('shows the default label for a blank booking-label, and the link once when the steps end the page', async () => {
      const el = await fixture<MnArticle>(
        html`<mn-article booking-url="/book" booking-label="  " sections="intro procedure disclaimer"></mn-article>`,
      );
      expect(links(el).map((a) => text(a))).to.deep.equal(['Book a consultation', 'Book a consultation']);
      // With the steps last, the link after them closes the page: it is not repeated.
      const last = await fixture<MnArticle>(
        html`<mn-article booking-url="/book" sections="disclaimer procedure"></mn-article>`,
      );
      expect(links(last).length).to.equal(1);
      expect(links(last)[0].closest('section')!.querySelector('mn-procedure-stepper')).not.to.equal(null);
    });

    it('styles the booking link as a button of at least 24 × 24 px in the accent colour', async () => {
      const el = await fixture<MnArticle>(html`<mn-article booking-url="/book"></mn-article>`);
      const box = links(el)[0].getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      // The default teal is dark enough to keep as it is, with white text.
      const style = getComputedStyle(links(el)[0]);
      expect([painted(style.backgroundColor), painted(style.color), style.textDecorationLine]).to.deep.equal([
        [11, 110, 105],
        [255, 255, 255],
        'none',
      ]);
    });

    it('quotes a refused booking-url in its warning, and warns about it only once', async () => {
      const el = await fixture<MnArticle>(html`<mn-article booking-url="javascript:alert(1)"></mn-article>`);
      expect(warnings.messages).to.deep.equal([
        '<mn-article>: booking-url "javascript:alert(1)" is not an http(s) URL or a same-site path; showing no booking link.',
      ]);
      el.reviewedBy = 'Medical director';
      await el.updateComplete;
      el.bookingUrl = '';
      await el.updateComplete;
      expect(warnings.messages.length).to.equal(1);
      expect(links(el)).to.deep.equal([]);
    });

    it('uses booking-label as text, never as markup', async () => {
      const el = await fixture<MnArticle>(
        html`<mn-article booking-url="/book" booking-label=${'<img src=x onerror=alert(1)>Reserve'}></mn-article>`,
      );
      expect(links(el).map((a) => text(a))).to.deep.equal([
        '<img src=x onerror=alert(1)>Reserve',
        '<img src=x onerror=alert(1)>Reserve',
      ]);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('fires a cancelable mn-book before navigating; cancelling it stays on the page', async () => {
      const el = await fixture<MnArticle>(html`<mn-article booking-url="#booked"></mn-article>`);
      const seen: { url: string; cancelable: boolean; composed: boolean }[] = [];
      const onBook = (e: CustomEvent<{ url: string }>) => {
        seen.push({ url: e.detail.url, cancelable: e.cancelable, composed: e.composed });
        e.preventDefault();
      };
      document.addEventListener('mn-book', onBook);
      const before = location.href;
      links(el)[0].click();
      document.removeEventListener('mn-book', onBook);
      expect(seen).to.deep.equal([{ url: '#booked', cancelable: true, composed: true }]);
      expect(location.href).to.equal(before);
    });

    it('lets the link navigate when mn-book is not cancelled', async () => {
      const el = await fixture<MnArticle>(html`<mn-article booking-url="#not-cancelled"></mn-article>`);
      let fired = 0;
      el.addEventListener('mn-book', () => fired++);
      const navigated = oneEvent(window, 'hashchange');
      links(el)[1].click();
      await navigated;
      expect(fired).to.equal(1);
      expect(location.hash).to.equal('#not-cancelled');
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describe('events of the elements inside', () => {
    it('lets mn-step-change and mn-toggle out of its shadow root to the page', async () => {
      const el = await fixture<MnArticle>(html`<mn-article sections="benefits procedure"></mn-article>`);
      await ready(el);
      const seen: [string, unknown][] = [];
      const log = (e: Event) => seen.push([e.type, (e as CustomEvent).detail]);
      document.addEventListener('mn-step-change', log);
      document.addEventListener('mn-toggle', log);
      try {
        const stepper = el.shadowRoot!.querySelector('mn-procedure-stepper')!;
        stepper.shadowRoot!.querySelector<HTMLElement>('[part="next"]')!.click();
        const accordion = el.shadowRoot!.querySelector('mn-benefits-accordion')!;
        accordion.shadowRoot!.querySelector<HTMLElement>('#button-procedure')!.click();
      } finally {
        document.removeEventListener('mn-step-change', log);
        document.removeEventListener('mn-toggle', log);
      }
      expect(seen).to.deep.equal([
        ['mn-step-change', { index: 1, id: 'cleansing', previousIndex: 0 }],
        ['mn-toggle', { id: 'procedure', open: true }],
      ]);
    });
  });

  describe('byline', () => {
    it('shows the date alone, the name alone, or nothing, as given', async () => {
      const dated = await fixture<MnArticle>(html`<mn-article last-reviewed=" 2026-10-01 "></mn-article>`);
      expect(byline(dated)).to.equal('Medically reviewed on October 1, 2026');
      await setLocale('de');
      await ready(dated);
      expect(byline(dated)).to.equal('Medizinisch geprüft am 1. Oktober 2026');
      await setLocale('en');
      const named = await fixture<MnArticle>(html`<mn-article reviewed-by="  Dr. Ana Ruiz "></mn-article>`);
      expect(byline(named)).to.equal('Medically reviewed by Dr. Ana Ruiz');
      const blank = await fixture<MnArticle>(html`<mn-article reviewed-by="   "></mn-article>`);
      expect(blank.shadowRoot!.querySelector('[part="byline"]')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows who reviewed it and when, the date formatted for the locale', async () => {
      const el = await fixture<MnArticle>(
        html`<mn-article reviewed-by="Dr. Ana Ruiz" last-reviewed="2026-10-01"></mn-article>`,
      );
      expect(byline(el)).to.equal('Medically reviewed by Dr. Ana Ruiz on October 1, 2026');
      await setLocale('de');
      await ready(el);
      expect(byline(el)).to.equal('Medizinisch geprüft von Dr. Ana Ruiz am 1. Oktober 2026');
    });

    for (const date of ['2026-10-01T09:00', 'on 2026-10-01', '2026-13-01', '0050-01-01', '2026-1-01']) {
      it(`leaves out last-reviewed="${date}" with one warning`, async () => {
        const el = await fixture<MnArticle>(
          html`<mn-article reviewed-by="Medical director" last-reviewed=${date}></mn-article>`,
        );
        expect(byline(el)).to.equal('Medically reviewed by Medical director');
        expect(warnings.messages).to.deep.equal([
          `<mn-article>: last-reviewed "${date}" is not an ISO date (YYYY-MM-DD); leaving the date out.`,
        ]);
      });
    }

    it('ignores an invalid date with one warning, in either locale', async () => {
      await setLocale('es');
      const el = await fixture<MnArticle>(
        html`<mn-article reviewed-by="Medical director" last-reviewed="2026-02-30"></mn-article>`,
      );
      expect(byline(el)).to.equal('Revisado médicamente por Medical director');
      expect(warnings.messages).to.deep.equal([
        '<mn-article>: last-reviewed "2026-02-30" is not an ISO date (YYYY-MM-DD); leaving the date out.',
      ]);
      await setLocale('en');
      await ready(el);
      expect(byline(el)).to.equal('Medically reviewed by Medical director');
    });
  });

  describe('structured data', () => {
    it('keeps one JSON-LD block: the page, the procedure and the FAQ, matching what is shown', async () => {
      const el = await fixture<MnArticle>(
        html`<mn-article booking-url="/book" reviewed-by="Medical director" last-reviewed="2026-10-01" structured-data></mn-article>`,
      );
      await ready(el);
      expect(blocks().length).to.equal(1);
      expect(blocks()[0].parentElement).to.equal(el);
      const data = JSON.parse(blocks()[0].textContent!) as Graph;
      expect(data['@context']).to.equal('https://schema.org');
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, checked field by field below
      const [page, faq] = data['@graph'] as [Record<string, any>, Record<string, any>];
      expect(data['@graph'].length).to.equal(2);
      expect(page['@type']).to.equal('MedicalWebPage');
      expect(page.inLanguage).to.equal('en');
      expect(page.lastReviewed).to.equal('2026-10-01');
      expect(page.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Medical director' });
      expect(page.about['@type']).to.equal('MedicalProcedure');
      expect(page.about.name).to.equal('Micro-needling');
      expect(page.about.alternateName).to.equal('Collagen induction therapy');
      expect(page.about.description).to.equal(text(el.shadowRoot!.querySelector('[part="intro"]')));
      const stepper = el.shadowRoot!.querySelector('mn-procedure-stepper')!;
      expect(page.about.howPerformed).to.contain(
        `Consultation: ${text(stepper.shadowRoot!.querySelector('.panel .body'))}`,
      );
      expect(page.about.howPerformed).to.contain(
        'unique skin condition and set the appropriate treatment plan based on individual skin concerns and sensitivities. Micro-needling should be performed by a trained and experienced professional. Cleansing: At the start of the treatment, the skin is cleansed. Light peel: A very light peel is then applied to the skin.',
      );
      expect(page.about.followup).to.equal(
        'The skin may appear slightly red and feel mildly sensitive immediately after the treatment, but these effects usually subside within a day or two.',
      );
      const card = el.shadowRoot!.querySelector('mn-faq-card')!;
      const questions = [...card.shadowRoot!.querySelectorAll('[part="button"]')].map((b) => text(b));
      expect(faq['@type']).to.equal('FAQPage');
      expect(faq.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal(questions);
      expect(faq.mainEntity[3].acceptedAnswer.text).to.equal(text(card.shadowRoot!.getElementById('panel-downtime')));
    });

    it('keeps no JSON-LD without structured-data, and trims the review it is given', async () => {
      const plain = await fixture<MnArticle>(html`<mn-article reviewed-by="Medical director"></mn-article>`);
      await ready(plain);
      expect(blocks()).to.deep.equal([]);
      expect(plain.hasAttribute('structured-data')).to.equal(false);
      const el = await fixture<MnArticle>(
        html`<mn-article structured-data sections="intro" reviewed-by="  Dr. Ana Ruiz " last-reviewed=" 2026-10-01 "></mn-article>`,
      );
      await ready(el);
      const [page] = (JSON.parse(blocks()[0].textContent!) as Graph)['@graph'];
      expect([page.lastReviewed, page.reviewedBy]).to.deep.equal([
        '2026-10-01',
        { '@type': 'Person', name: 'Dr. Ana Ruiz' },
      ]);
      el.reviewedBy = '   ';
      await ready(el);
      expect(Object.keys((JSON.parse(blocks()[0].textContent!) as Graph)['@graph'][0])).to.not.include('reviewedBy');
    });

    it('follows the locale, and leaves the FAQ out when its section is not shown', async () => {
      const el = await fixture<MnArticle>(html`<mn-article structured-data sections="intro procedure"></mn-article>`);
      await ready(el);
      await setLocale('fr');
      await ready(el);
      const data = JSON.parse(blocks()[0].textContent!) as Graph;
      expect(data['@graph'].length).to.equal(1);
      expect(data['@graph'][0].inLanguage).to.equal('fr');
      const about = data['@graph'][0].about as { name: string; alternateName: string };
      expect([about.name, about.alternateName]).to.deep.equal(['Microneedling', 'Thérapie par induction de collagène']);
      expect((data['@graph'][0].about as { description: string }).description).to.equal(
        text(el.shadowRoot!.querySelector('[part="intro"]')),
      );
    });
  });

  describe('accessibility', () => {
    it('has no axe violations with the booking link and byline', async () => {
      const el = await fixture<MnArticle>(
        html`<mn-article booking-url="/book" reviewed-by="Medical director" last-reviewed="2026-10-01"></mn-article>`,
      );
      await ready(el);
      await expect(el).to.be.accessible();
    });

    it('warns once for heading-level 6 and uses 2', async () => {
      const el = await fixture<MnArticle>(html`<mn-article heading-level="6"></mn-article>`);
      await ready(el);
      expect(outline(el.shadowRoot!)[0]).to.equal('h2 What is micro-needling?');
      expect(warnings.messages).to.deep.equal([
        '<mn-article>: heading-level "6" is not a whole number from 2 to 5; using 2.',
      ]);
    });

    it('warns about each bad attribute once, not again when something else changes', async () => {
      const el = await fixture<MnArticle>(
        html`<mn-article heading-level="x" sections="intro" last-reviewed="soon"></mn-article>`,
      );
      await ready(el);
      expect(warnings.messages.length).to.equal(3);
      el.reviewedBy = 'Medical director';
      el.bookingLabel = 'Reserve';
      await ready(el);
      expect(warnings.messages.length).to.equal(3);
      expect(byline(el)).to.equal('Medically reviewed by Medical director');
    });

    it('leaves the review out of the JSON-LD when none is given', async () => {
      const el = await fixture<MnArticle>(html`<mn-article structured-data sections="intro"></mn-article>`);
      await ready(el);
      const [page] = (JSON.parse(blocks()[0].textContent!) as Graph)['@graph'];
      expect(Object.keys(page)).to.deep.equal(['@type', 'name', 'inLanguage', 'about']);
    });
  });
});
