import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { deepAll, FRAMES, HIGHLIGHT, mountPreview, type Preview } from '../preview/translation-preview.js';
import { sources } from '../preview/generated/sources.js';
import { setLocale } from '../src/i18n/locale.js';
import { text } from './helpers.js';

/** The three units the partial Swedish file translates, as a translator would write them. */
const SWEDISH: Record<string, string> = {
  'ui.faq': 'Vanliga frågor',
  'ui.next': 'Nästa',
  'ui.step-of': 'Steg <x id="0" equiv-text="${current}"/> av <x id="1" equiv-text="${total}"/>',
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An .xlf file as `npm run localize:extract` starts one for a new language, every unit of the
 * code with its English, its note and an empty target marked new, with `targets` translated.
 */
function xliff(tag: string | undefined, targets: Record<string, string>): string {
  const units = sources.map((unit) => {
    const source = unit.source
      .map((p) => ('text' in p ? escape(p.text) : 'x' in p ? `<x id="${p.id}" equiv-text="${escape(p.x)}"/>` : ''))
      .join('');
    const target = unit.id in targets ? `<target>${targets[unit.id]}</target>` : '<target state="new"/>';
    return `<trans-unit id="${unit.id}">
  <source>${source}</source>
  ${target}
  <note from="lit-localize">${escape(unit.note)}</note>
</trans-unit>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file${tag ? ` target-language="${tag}"` : ''} source-language="en" original="lit-localize-inputs" datatype="plaintext">
<header>
  <note from="translated-by">A test.</note>
  <note from="reviewed-by">Not yet reviewed by a native speaker.</note>
</header>
<body>
${units.join('\n')}
</body>
</file>
</xliff>
`;
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** The language an element's text is in: its own `lang`, else the nearest ancestor's, across shadow roots. */
function langOf(element: Element): string | undefined {
  for (let node: Element | null = element; node;) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang')!;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return undefined;
}

/** The element that has focus, inside shadow roots too. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every text and attribute value in a subtree, shadow roots included. */
function everyText(root: ParentNode): string[] {
  const out: string[] = [];
  for (const element of [root, ...deepAll(root, '*')]) {
    if (element instanceof Element) out.push(...[...element.attributes].map((a) => a.value));
    const owner = element instanceof Element ? (element.shadowRoot ?? element) : element;
    for (const node of [...owner.childNodes, ...(element instanceof Element ? element.childNodes : [])])
      if (node.nodeType === Node.TEXT_NODE) out.push((node as Text).data);
  }
  return out;
}

const PRIVATE_USE = /[\uE000-\uF8FF]/;
const ids = sources.map((unit) => unit.id);
const englishOf = (id: string) =>
  sources
    .find((unit) => unit.id === id)!
    .source.map((p) => ('text' in p ? p.text : ''))
    .join('');

describe('translation preview', () => {
  let host: HTMLElement;
  let preview: Preview;
  const pages = () => [...host.querySelectorAll<HTMLElement>('.page')];
  const phone = () => pages()[0];
  /** The elements holding a unit's text in a page. */
  const holders = (page: HTMLElement, id: string) =>
    deepAll(page, `[data-mn-unit~="${id}"]`).filter((element) => element.localName !== 'script');
  const findings = (level: string) => [...host.querySelectorAll(`ul[data-level="${level}"] > li`)];
  const status = () => text(host.querySelector('[role="status"]'));

  beforeEach(async () => {
    host = document.createElement('div');
    document.body.append(host);
    preview = mountPreview(host);
    await preview.ready;
  });
  afterEach(() => {
    preview.disconnect();
    host.remove();
  });

  it('shows the English page before a file is opened, and says so', () => {
    expect(status()).to.equal('No file is open yet: the page shows the English.');
    for (const page of pages()) {
      const article = page.querySelector('mn-article')!;
      expect(langOf(article)).to.equal('en');
      const heading = deepAll(page, 'h3').find((h) => text(h) === 'Frequently asked questions');
      expect(heading && langOf(heading)).to.equal('en');
    }
    expect(host.querySelectorAll('.findings li')).to.have.length(0);
  });

  describe('a Swedish file with 3 of its units translated', () => {
    const file = xliff('sv', SWEDISH);
    beforeEach(() => preview.show('sv.xlf', file));

    it('shows those 3 in Swedish and every other text in English, marked lang="en", at both widths', async () => {
      expect(pages().map((page) => page.style.width)).to.deep.equal(FRAMES.map(({ width }) => `${width}px`));
      for (const page of pages()) {
        const article = page.querySelector('mn-article')!;
        expect(article.getAttribute('lang') ?? langOf(article)).to.equal('sv');
        const faq = holders(page, 'ui.faq');
        expect(faq.map(text)).to.deep.equal(['Vanliga frågor']);
        expect(faq.map(langOf)).to.deep.equal(['sv']);
        const progress = holders(page, 'ui.step-of');
        expect(progress.map(text)).to.deep.equal(['Steg 1 av 7']);
        expect(progress.map(langOf)).to.deep.equal(['sv']);
        expect(holders(page, 'ui.next').map(text)).to.deep.equal(['Nästa']);
        const question = holders(page, 'article.what-is-it');
        expect(question.length).to.be.greaterThan(0);
        for (const element of question) {
          expect(text(element)).to.equal('What is micro-needling?');
          expect(element.getAttribute('lang')).to.equal('en');
        }
        // Every text of the page that English stands in for says so; none of the Swedish does.
        for (const id of ids) {
          const expected = id in SWEDISH ? 'sv' : 'en';
          for (const element of holders(page, id)) expect([id, langOf(element)]).to.deep.equal([id, expected]);
        }
        // No marker the preview uses is left anywhere: texts, attributes, the JSON-LD.
        expect(everyText(page).filter((value) => PRIVATE_USE.test(value))).to.deep.equal([]);
      }
    });

    it('keeps marking the texts as the page changes: steps marked completed, then no longer', async () => {
      const [stepper] = deepAll(phone(), 'mn-procedure-stepper') as (HTMLElement & {
        activeStep: number;
        updateComplete: Promise<boolean>;
      })[];
      stepper.activeStep = 2;
      await stepper.updateComplete;
      const done = holders(phone(), 'ui.completed');
      expect(done.map((element) => [text(element), langOf(element)])).to.deep.equal([
        ['(completed)', 'en'],
        ['(completed)', 'en'],
      ]);
      expect(holders(phone(), 'ui.step-of').map(text)).to.deep.equal(['Steg 3 av 7']);
      stepper.activeStep = 0;
      await stepper.updateComplete;
      expect(holders(phone(), 'ui.completed')).to.deep.equal([]);
      expect(done.map((element) => element.getAttribute('lang'))).to.deep.equal([null, null]);
    });

    it('says how far the file is, and lists the 58 units still to translate, in file order, with their lines', () => {
      expect(status()).to.equal(
        `sv.xlf: Swedish (sv), 3 of ${ids.length} units translated (5%). The other ${ids.length - 3} show in English, marked as English (lang="en").`,
      );
      const todo = findings('todo');
      expect(todo).to.have.length(ids.length - 3);
      expect(ids.length - 3).to.equal(58);
      const missing = ids.filter((id) => !(id in SWEDISH));
      expect(todo.map((li) => li.querySelector('a, .unit')!.textContent)).to.deep.equal(missing);
      const first = missing[0];
      expect(text(todo[0])).to.equal(
        `${first} (line ${lineOf(file, `<trans-unit id="${first}">`) + 2}): not translated yet English: ${englishOf(first)}`,
      );
      expect(findings('problem')).to.deep.equal([]);
      expect(findings('warning')).to.deep.equal([]);
    });

    it('links each missing unit to its text: the link opens its panel or step, highlights it at both widths and focuses it', async () => {
      const links = [...host.querySelectorAll<HTMLAnchorElement>('ul[data-level="todo"] a[data-unit]')];
      const unlinked = findings('todo')
        .filter((li) => !li.querySelector('a'))
        .map((li) => li.querySelector('.unit')!.textContent);
      // Texts the page does not show as it stands: each is listed with the note that says where it is used.
      expect(unlinked).to.deep.equal([
        'ui.step-announcement',
        'ui.reviewed-by',
        'ui.reviewed-on',
        'ui.completed',
        'article.procedure-name',
        'article.alternate-name',
      ]);
      const note = findings('todo').find((li) => li.querySelector('.unit')?.textContent === 'ui.completed')!;
      expect(text(note.querySelector('.note'))).to.equal(
        `Not on this page as it stands; where it is used: ${sources.find((u) => u.id === 'ui.completed')!.note}`,
      );
      expect(links.length + unlinked.length).to.equal(58);
      for (const link of links) {
        const id = link.dataset.unit!;
        link.click();
        await preview.ready;
        const focused = deepActive()!;
        const named = `${focused.getAttribute('data-mn-unit') ?? ''} ${focused.getAttribute('data-mn-attribute-unit') ?? ''}`;
        expect([id, named.split(' ').includes(id)]).to.deep.equal([id, true]);
        expect([id, focused.checkVisibility()]).to.deep.equal([id, true]);
        expect([id, focused.hasAttribute(HIGHLIGHT)]).to.deep.equal([id, true]);
        if (focused.hasAttribute('data-mn-unit') && !SOURCES_WITH_VALUES.has(id)) {
          expect([id, text(focused)]).to.deep.equal([id, englishOf(id).replace(/\s+/g, ' ').trim()]);
          expect([id, langOf(focused)]).to.deep.equal([id, 'en']);
        }
        // The same text is highlighted at the other width too.
        expect([id, deepAll(pages()[1], `[${HIGHLIGHT}]`).length > 0]).to.deep.equal([id, true]);
      }
    });
  });

  describe('broken files', () => {
    it('a renamed placeholder: the check’s line, linked to the text, which shows its English, marked as English', async () => {
      const file = xliff('sv', {
        ...SWEDISH,
        'ui.step-of': 'Steg <x id="0" equiv-text="${curent}"/> av <x id="1" equiv-text="${total}"/>',
      });
      await preview.show('sv.xlf', file);
      const problems = findings('problem');
      const line = lineOf(file, 'Steg <x id="0" equiv-text="${curent}"/>');
      expect(problems.map(text)).to.deep.equal([
        `ui.step-of (line ${line}): placeholder id 0 says \${curent} in the translation but \${current} in the source; copy it exactly English: Step \${current} of \${total}`,
      ]);
      expect(status()).to.equal(
        `sv.xlf: Swedish (sv), 3 of ${ids.length} units translated (5%). The other ${ids.length - 2} show in English, marked as English (lang="en"). 1 problem(s) would stop the build: see the list.`,
      );
      for (const page of pages()) {
        const progress = holders(page, 'ui.step-of');
        expect(progress.map(text)).to.deep.equal(['Step 1 of 7']);
        expect(progress.map(langOf)).to.deep.equal(['en']);
        expect(holders(page, 'ui.faq').map(text)).to.deep.equal(['Vanliga frågor']);
      }
      problems[0].querySelector('a')!.click();
      await preview.ready;
      expect(text(deepActive())).to.equal('Step 1 of 7');
    });

    it('curly quotes in the markup: one line with line and column, and the English, marked as English', async () => {
      const file = xliff('sv', SWEDISH).replace('<target>Nästa</target>', '<target state=”final”>Nästa</target>');
      await preview.show('sv.xlf', file);
      const line = lineOf(file, 'state=”final”');
      const column = file.split('\n')[line - 1].indexOf('”') + 1;
      expect(findings('problem').map(text)).to.deep.equal([
        `ui.next (line ${line}, column ${column}): a curly quote ” in the markup of <target>: XML needs straight quotes (" or ') around attribute values, as in state="final" English: Next`,
      ]);
      expect(status()).to.equal(
        'sv.xlf is not well-formed XML, so none of it can be shown: fix the problem listed, then open the file again. The page shows the English.',
      );
      for (const page of pages()) {
        expect(holders(page, 'ui.faq').map(text)).to.deep.equal(['Frequently asked questions']);
        expect(holders(page, 'ui.faq').map(langOf)).to.deep.equal(['en']);
      }
      findings('problem')[0].querySelector('a')!.click();
      await preview.ready;
      expect(text(deepActive())).to.equal('Next');
    });

    it('a hostile file: its markup is not run and its escaped text stays text', async () => {
      const w = window as unknown as { pwned?: boolean };
      const file = xliff('sv', {
        'ui.faq': '&lt;img src=x onerror="window.pwned=true"&gt;',
        'ui.next': '<g id="1"><img src="x" onerror="window.pwned=true"/></g>Nästa',
        'ui.previous': '<![CDATA[<script>window.pwned=true</script>]]>',
      });
      await preview.show('sv.xlf', file);
      await nextFrame();
      expect(w.pwned).to.equal(undefined);
      for (const page of pages()) {
        expect(deepAll(page, 'img, script:not([type="application/ld+json"])')).to.deep.equal([]);
        expect(holders(page, 'ui.faq').map(text)).to.deep.equal(['<img src=x onerror="window.pwned=true">']);
        expect(holders(page, 'ui.next').map(text)).to.deep.equal(['Next']);
        expect(holders(page, 'ui.previous').map(text)).to.deep.equal(['<script>window.pwned=true</script>']);
      }
      expect(findings('problem').map((li) => li.querySelector('a')!.textContent)).to.deep.equal(['ui.next']);
    });
  });

  describe('bad input: one message, and the English', () => {
    const english = () => {
      for (const page of pages()) {
        expect(holders(page, 'ui.faq').map(text)).to.deep.equal(['Frequently asked questions']);
        expect(holders(page, 'ui.faq').map(langOf)).to.deep.equal(['en']);
      }
    };

    it('a file that is not XLIFF', async () => {
      await preview.show('photo.png', '\u0089PNG\r\n\u001a\n');
      expect(status()).to.equal(
        "photo.png is not an XLIFF file: open your language's .xlf file (locales/<tag>.xlf). The page shows the English.",
      );
      expect(findings('problem')).to.deep.equal([]);
      english();
    });

    it('a file far larger than any .xlf file, without reading it', async () => {
      const huge = new File([new Uint8Array(6 * 1024 * 1024)], 'video.xlf');
      await preview.open(huge);
      expect(status()).to.equal(
        "video.xlf is 6 MB, larger than any .xlf file of these elements: open your language's .xlf file (locales/<tag>.xlf). The page shows the English.",
      );
      english();
    });

    it('a file that names no language, or not as a language tag', async () => {
      for (const tag of [undefined, 'swedish!']) {
        await preview.show('sv.xlf', xliff(tag, SWEDISH));
        expect(status()).to.equal(
          'sv.xlf names no language: write your language\'s tag in <file target-language="…"> (e.g. sv), then open it again. The page shows the English.',
        );
        english();
      }
    });

    it('a file in English, the language the elements are written in', async () => {
      await preview.show('en.xlf', xliff('en-GB', SWEDISH));
      expect(status()).to.equal(
        'en.xlf translates into en-GB, English, which the elements are written in. The page shows the English.',
      );
      english();
    });

    it('a tag written in capitals is read as the language it names', async () => {
      await preview.show('sv.xlf', xliff('SV', SWEDISH));
      expect(holders(phone(), 'ui.faq').map(langOf)).to.deep.equal(['sv']);
    });

    it('characters the preview marks its texts with, in a file, are dropped and mislabel nothing', async () => {
      await preview.show('sv.xlf', xliff('sv', { ...SWEDISH, 'ui.faq': 'Vanliga\uE001\uE105 frågor\uE002' }));
      const [faq] = holders(phone(), 'ui.faq');
      expect([text(faq), langOf(faq), faq.getAttribute('data-mn-unit')]).to.deep.equal([
        'Vanliga frågor',
        'sv',
        'ui.faq',
      ]);
    });

    it('a language the browser does not know is shown as written, with a word about its tag', async () => {
      await preview.show('qx.xlf', xliff('qx', SWEDISH));
      expect(status()).to.equal(
        `qx.xlf: qx, 3 of ${ids.length} units translated (5%). The other ${ids.length - 3} show in English, marked as English (lang="en"). This browser knows no language "qx": check the tag in <file target-language>.`,
      );
      expect(holders(phone(), 'ui.faq').map(langOf)).to.deep.equal(['qx']);
    });
  });

  describe('right to left', () => {
    it('an Arabic file: the page and the elements run right to left; English standing in runs left to right', async () => {
      await preview.show('ar.xlf', xliff('ar', { 'ui.faq': 'الأسئلة الشائعة' }));
      for (const page of pages()) {
        expect(getComputedStyle(page).direction).to.equal('rtl');
        const [faq] = holders(page, 'ui.faq');
        expect([text(faq), getComputedStyle(faq).direction]).to.deep.equal(['الأسئلة الشائعة', 'rtl']);
        const [next] = holders(page, 'ui.next');
        expect([langOf(next), getComputedStyle(next).direction]).to.deep.equal(['en', 'ltr']);
      }
    });

    it('a language the elements ship: the words in the file, not the shipped ones, even with those loaded', async () => {
      await setLocale('es'); // the library now holds the shipped Spanish
      try {
        const shipped = await (await fetch('/locales/es.xlf')).text();
        const edited = shipped.replace(
          '<target>Preguntas frecuentes</target>',
          '<target>Preguntas del archivo</target>',
        );
        expect(edited).to.not.equal(shipped);
        await preview.show('es.xlf', edited);
        const [faq] = holders(phone(), 'ui.faq');
        expect([text(faq), langOf(faq)]).to.deep.equal(['Preguntas del archivo', 'es-x-preview']);
      } finally {
        await setLocale('en');
      }
    });

    it('the shipped Arabic file: every text in Arabic, nothing to fix', async () => {
      const file = await (await fetch('/locales/ar.xlf')).text();
      await preview.show('ar.xlf', file);
      expect(findings('todo')).to.deep.equal([]);
      expect(text(host.querySelector('#mn-tp-findings'))).to.equal(
        `ar.xlf, ar: ${ids.length} of ${ids.length} units translated (100%). Nothing to fix: every unit is translated.`,
      );
      expect(deepAll(phone(), '[data-mn-english]')).to.deep.equal([]);
    });
  });

  describe('keyboard, drop and accessibility', () => {
    it('the file input is reached with Tab and shows its focus; a dropped file is shown', async () => {
      const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
      document.body.tabIndex = -1;
      document.body.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(input);
      expect(getComputedStyle(input).outlineStyle).to.equal('solid');
      const data = new DataTransfer();
      data.items.add(new File([xliff('sv', SWEDISH)], 'sv.xlf', { type: 'application/xml' }));
      host
        .querySelector('.page')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      await new Promise<void>((resolve) => {
        const check = () => (preview.translation ? resolve() : requestAnimationFrame(check));
        check();
      });
      await preview.ready;
      expect(holders(phone(), 'ui.faq').map(text)).to.deep.equal(['Vanliga frågor']);
    });

    it('a link is followed with Enter', async () => {
      await preview.show('sv.xlf', xliff('sv', SWEDISH));
      const link = host.querySelector<HTMLAnchorElement>('a[data-unit="ui.previous"]')!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      await preview.ready;
      expect(text(deepActive())).to.equal('Previous');
      expect(langOf(deepActive()!)).to.equal('en');
    });

    it('has no axe violations with a partial file open, and fits a 320 px screen', async () => {
      await preview.show('sv.xlf', xliff('sv', SWEDISH));
      await expect(host).to.be.accessible();
      await setViewport({ width: 320, height: 640 });
      try {
        await nextFrame();
        // Nothing wider than the screen: the pages at their widths scroll inside their own region.
        expect(innerWidth).to.equal(320);
        expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
        await expect(host).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});

describe('translation preview: the page in the built demo', () => {
  it('a translator picks a partial sv.xlf: 3 texts in Swedish, the rest marked as English, the 58 missing listed', async () => {
    // As a static host serves it (npm start, or a clinic's site): the page and its one script.
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '1400px', height: '900px' });
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/plain/demo/translation-preview.html';
    document.body.append(frame);
    try {
      await loaded;
      const page = frame.contentWindow as Window & typeof globalThis & { MnTranslationPreview?: { preview: Preview } };
      const preview = page.MnTranslationPreview?.preview;
      expect(preview, 'demo/translation-preview.js: run npm run build first').to.not.equal(undefined);
      await preview!.ready;
      const doc = frame.contentDocument!;
      const input = doc.querySelector<HTMLInputElement>('input[type="file"]')!;
      const picked = new page.DataTransfer();
      picked.items.add(new page.File([xliff('sv', SWEDISH)], 'sv.xlf', { type: 'application/xml' }));
      input.files = picked.files;
      input.dispatchEvent(new page.Event('change', { bubbles: true }));
      // The change handler reads the file, then shows it: wait for the translation it made.
      await new Promise<void>((resolve) => {
        const check = () => (preview!.translation ? resolve() : page.requestAnimationFrame(check));
        check();
      });
      await preview!.ready;
      const [phone, desktop] = [...doc.querySelectorAll<HTMLElement>('.page')];
      for (const shown of [phone, desktop]) {
        const swedish = ['ui.faq', 'ui.next', 'ui.step-of'].map(
          (id) => deepAll(shown, `[data-mn-unit~="${id}"]`).map((element) => [text(element), langOf(element)])[0],
        );
        expect(swedish).to.deep.equal([
          ['Vanliga frågor', 'sv'],
          ['Nästa', 'sv'],
          ['Steg 1 av 7', 'sv'],
        ]);
        const english = deepAll(shown, '[data-mn-unit]').filter((element) => element.getAttribute('lang') === 'en');
        expect(english.length).to.be.greaterThan(40);
      }
      expect(text(doc.querySelector('[role="status"]'))).to.equal(
        `sv.xlf: Swedish (sv), 3 of 61 units translated (5%). The other 58 show in English, marked as English (lang="en").`,
      );
      expect(doc.querySelectorAll('ul[data-level="todo"] > li')).to.have.length(58);
    } finally {
      frame.remove();
    }
  });
});

/** Units whose English has placeholders: their text on the page has the values in. */
const SOURCES_WITH_VALUES = new Set(sources.filter((u) => u.source.some((p) => 'x' in p)).map((u) => u.id));
