// The translation preview: a translator opens (or drops) a language's .xlf file and sees every
// element in it at once, on a clinic page at phone and desktop width, with what the check finds
// listed beside it, each finding a link to its text. It runs in the page alone: the file is read
// here (DOMParser), checked with the rules of npm run localize:check (scripts/xliff-rules.mjs),
// and shown through the library's own locale runtime, so a clinic can host it as static files.
import type { LocaleModule, TemplateMap } from '@lit/localize';
import { html, nothing, render, type TemplateResult } from 'lit';
import '../src/index.js';
import { loaders } from '../src/generated/locale-loaders.js';
import { isRtl, LOCALES } from '../src/i18n/locale.js';
import type { Finding } from '../scripts/xliff-rules.mjs';
import { ATTRIBUTE_UNIT, hasMarker, mark, UNIT, unmark } from './marks.js';
import { styles } from './translation-preview.styles.js';
import { englishOf, progressLine, readTranslation, type Translation, unreadable } from './translation.js';
import { SOURCES } from './sources.js';

/** The widths the clinic page is shown at, side by side. */
export const FRAMES = [
  { name: 'Phone', width: 360 },
  { name: 'Desktop', width: 1024 },
] as const;

/** A file larger than this is no .xlf of this library (the shipped ones are about 40 KB). */
const MAX_BYTES = 5 * 1024 * 1024;

/** The languages the library ships, before the preview adds its own. */
const shipped = new Set(LOCALES.map((tag) => tag.toLowerCase()));

/** The translations the preview has given the library, by the tag the elements carry. */
const previewed = new Map<string, TemplateMap>();

/**
 * Hands the library a translation under a tag, through its own loaders: the tag joins LOCALES
 * (in this page only) and its loader returns `templates`. A language the library ships is
 * previewed as `<tag>-x-preview` (private use), so that the file's words are shown, not the
 * build's, even where the build's are loaded already. A tag seen before keeps its template
 * map, refilled: the library keeps what a loader gave it.
 */
function provide(tag: string, templates: TemplateMap): string {
  const lang = shipped.has(tag.toLowerCase()) ? `${tag}-x-preview` : tag;
  let map = previewed.get(lang);
  if (!map) {
    const fresh: TemplateMap = {};
    map = fresh;
    previewed.set(lang, fresh);
    (LOCALES as string[]).push(lang);
    (loaders as Record<string, () => Promise<LocaleModule>>)[lang] = () => Promise.resolve({ templates: fresh });
  }
  for (const id of Object.keys(map)) delete map[id];
  Object.assign(map, templates);
  return lang;
}

/** Every element under `root` matching `selector`, shadow roots included, in tree order. */
export function deepAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(selector)) found.push(element);
    if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  }
  return found;
}

/** Whether a person sees an element: rendered, not in a closed panel, not visually hidden. */
function seen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return element.checkVisibility({ visibilityProperty: true }) && box.width > 1 && box.height > 1;
}

/** Set on the text a finding's link leads to, in every frame. */
export const HIGHLIGHT = 'data-mn-highlight';

const holding = (id: string) => `[${UNIT}~="${CSS.escape(id)}"], [${ATTRIBUTE_UNIT}~="${CSS.escape(id)}"]`;

type Updating = Element & { updateComplete: Promise<boolean> };
const updating = (element: Element): element is Updating => 'updateComplete' in element;

/** What mountPreview() returns: the page's controls, for the page itself, Storybook and tests. */
export interface Preview {
  /** Shows a file (a File from the picker or a drop). */
  open(file: File): Promise<void>;
  /** Shows a file's text, as open() does once it has read it. */
  show(name: string, text: string): Promise<void>;
  /** Moves to a unit's text in the phone-width page (opening its panel or step), highlights it in both, and focuses it. */
  reveal(id: string): Promise<void>;
  /** What is shown now. */
  readonly translation: Translation | undefined;
  /** Resolves once what was asked last is on the page, marked and listed. */
  readonly ready: Promise<void>;
  /** Stops watching the page (Storybook unmounts the story). */
  disconnect(): void;
}

/**
 * Renders the preview into `host`: the file picker and drop zone, the findings and the clinic
 * page at each width, first in English until a file is opened.
 */
export function mountPreview(host: HTMLElement): Preview {
  let translation: Translation | undefined;
  let ready: Promise<void> = Promise.resolve();
  let status = 'No file is open yet: the page shows the English.';
  let rtl = false;
  let highlighted: HTMLElement[] = [];
  const watched = new WeakSet<Node>();
  const placed = new Set<string>();

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const { target } = record;
      // The page wrote a text without markers over a marked one, or took the text away (a step
      // no longer "(completed)"): its element holds no unit any more.
      if (record.type === 'characterData') {
        if (target.parentElement && !hasMarker(record.oldValue) && !hasMarker(target.nodeValue))
          unmark(target.parentElement);
      } else if (
        record.type === 'childList' &&
        target instanceof Element &&
        [...record.removedNodes].some((node) => node.nodeType === Node.TEXT_NODE) &&
        ![...target.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.nodeValue?.trim())
      )
        unmark(target);
    }
    markAll();
  });
  const watch = (root: Node) => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
      characterDataOldValue: true,
    });
  };

  const id = (name: string) => `mn-tp-${name}`;
  host.classList.add('mn-tp');
  const style = document.createElement('style');
  style.textContent = styles;
  host.replaceChildren(style);
  render(
    html`<h1>Translation preview</h1>
      <p>
        Open your language's <code>.xlf</code> file to see every element in it, on a clinic page at phone and
        desktop width. The file is read in this page and goes nowhere.
      </p>
      <div class="drop">
        <label for=${id('file')}>Open an .xlf file</label>
        <input id=${id('file')} type="file" accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml" />
        <span>or drop it anywhere on this page.</span>
      </div>
      <p class="status" role="status" id=${id('status')}></p>
      <div class="layout">
        <section class="findings" aria-labelledby=${id('findings-heading')}>
          <h2 id=${id('findings-heading')}>What the check found</h2>
          <div id=${id('findings')}></div>
        </section>
        <div class="frames" role="region" tabindex="0" aria-label="The clinic page at each width (scrolls sideways)">
          ${FRAMES.map(
            ({ name, width }) =>
              html`<section class="frame" aria-labelledby=${id(`${name}-heading`)}>
                <h2 id=${id(`${name}-heading`)}>${name}, ${width} px</h2>
                <div class="page" style="width: ${width}px" data-frame=${name}></div>
              </section>`,
          )}
        </div>
      </div>`,
    host,
  );
  const input = host.querySelector<HTMLInputElement>('input[type=file]')!;
  const pages = [...host.querySelectorAll<HTMLElement>('.page')];
  const statusLine = host.querySelector<HTMLElement>('.status')!;
  const findingsList = host.querySelector<HTMLElement>(`#${id('findings')}`)!;

  const onChange = () => {
    const [file] = input.files ?? [];
    if (file) void preview.open(file);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    host.classList.add('dragging');
  };
  const onDragLeave = () => host.classList.remove('dragging');
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    host.classList.remove('dragging');
    const [file] = event.dataTransfer?.files ?? [];
    if (file) void preview.open(file);
  };
  input.addEventListener('change', onChange);
  host.addEventListener('dragover', onDragOver);
  host.addEventListener('dragleave', onDragLeave);
  host.addEventListener('drop', onDrop);

  function markAll(): void {
    for (const page of pages) {
      watch(page);
      mark(page, rtl, watch);
    }
  }

  /** Waits until every element in the pages has rendered, those rendered inside others included. */
  async function settle(): Promise<void> {
    for (let count = -1; ;) {
      const elements = pages.flatMap((page) => deepAll(page, '*')).filter(updating);
      await Promise.all(elements.map((element) => element.updateComplete));
      if (elements.length === count) break;
      count = elements.length;
    }
    markAll();
  }

  /** The clinic page at each width, in the translation's language, rendered afresh. */
  async function renderPages(lang: string): Promise<void> {
    rtl = isRtl(lang);
    for (const page of pages) {
      page.lang = lang;
      page.dir = rtl ? 'rtl' : 'ltr';
      // A fresh page each time: new elements, rendered from the start in the new translation.
      const clinic = document.createElement('div');
      page.replaceChildren(clinic);
      // The clinic's own header stays the clinic's (English here); the article is the library's.
      render(
        html`<header class="clinic" lang="en" dir="ltr"><span>Your clinic</span></header>
          <mn-article
            heading-level="3"
            booking-url="#book"
            reviewed-by="Dr. A. Example"
            last-reviewed="2026-10-01"
            structured-data
          ></mn-article>`,
        clinic,
      );
    }
    await settle();
    placed.clear();
    for (const unit of SOURCES.keys()) {
      const holders = deepAll(pages[0], holding(unit)).filter((element) => element.localName !== 'script');
      if (holders.length) placed.add(unit);
    }
  }

  function findingItem(finding: Finding): TemplateResult {
    const where = `line ${finding.line}${finding.column ? `, column ${finding.column}` : ''}`;
    const unit = finding.id;
    const known = unit !== undefined && SOURCES.has(unit);
    return html`<li>
      ${
        unit && placed.has(unit)
          ? html`<a
            href="#${id(`unit-${unit}`)}"
            data-unit=${unit}
            @click=${(event: Event) => {
              event.preventDefault();
              void preview.reveal(unit);
            }}
            >${unit}</a
          >`
          : unit
            ? html`<span class="unit">${unit}</span>`
            : nothing
      }
      <span class="where">(${where}):</span> ${finding.message}${
        known ? html` <span class="english">English: <q lang="en">${englishOf(unit)}</q></span>` : nothing
      }${
        known && !placed.has(unit)
          ? html` <span class="note">Not on this page as it stands; where it is used: ${SOURCES.get(unit)!.note}</span>`
          : nothing
      }
    </li>`;
  }

  function listFindings(): void {
    const t = translation;
    if (!t) return void render(nothing, findingsList);
    const group = (level: Finding['level'], heading: string) => {
      const items = t.findings.filter((f) => f.level === level);
      return items.length
        ? html`<h3>${heading} (${items.length})</h3>
            <ul data-level=${level}>
              ${items.map(findingItem)}
            </ul>`
        : nothing;
    };
    render(
      html`<p>${t.file}${t.tag ? html`, ${t.tag}` : nothing}: ${progressLine(t)}.</p>
        ${t.findings.length ? nothing : html`<p>Nothing to fix: every unit is translated.</p>`}
        ${group('problem', 'Broken: the build stops on these')}
        ${group('todo', 'Not translated yet: shown in English, marked as English')}
        ${group('warning', 'Warnings')}`,
      findingsList,
    );
  }

  /** One sentence for the translator: what is shown, or why the English is. */
  function summary(t: Translation): string {
    if (t.message) return t.message;
    const tag = t.tag!;
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag);
    const language = name ? `${name} (${tag})` : tag;
    const unknown = name ? '' : ` This browser knows no language "${tag}": check the tag in <file target-language>.`;
    const rest = t.total - t.translated.size;
    const english = rest ? ` The other ${rest} show in English, marked as English (lang="en").` : '';
    const broken = t.findings.filter((f) => f.level === 'problem').length;
    const problems = broken ? ` ${broken} problem(s) would stop the build: see the list.` : '';
    return `${t.file}: ${language}, ${progressLine(t)}.${english}${problems}${unknown}`;
  }

  async function showTranslation(t: Translation): Promise<void> {
    translation = t;
    clearHighlight();
    status = summary(t);
    statusLine.textContent = status;
    await renderPages(provide(t.tag && !t.message ? t.tag : 'en', t.templates));
    listFindings();
  }

  function clearHighlight(): void {
    for (const element of highlighted) {
      element.removeAttribute(HIGHLIGHT);
      element.style.removeProperty('outline');
      element.style.removeProperty('outline-offset');
    }
    highlighted = [];
  }

  /** Opens the closed panel or moves to the step that holds `element`; resolves once it is shown. */
  async function uncover(element: Element): Promise<void> {
    const root = element.getRootNode();
    if (!(root instanceof ShadowRoot)) return;
    const owner = root.host as Updating;
    const step = element.closest('ol.print > li');
    if (step) {
      (owner as Updating & { activeStep: number }).activeStep = [...step.parentElement!.children].indexOf(step);
    } else {
      // What find-in-page fires on a hidden="until-found" panel: the element opens it.
      element.closest('[hidden]')?.dispatchEvent(new Event('beforematch', { bubbles: true }));
    }
    await owner.updateComplete;
    await settle();
  }

  /** What reveal() does. */
  async function revealUnit(unit: string): Promise<void> {
    clearHighlight();
    const find = (page: HTMLElement) =>
      deepAll(page, holding(unit)).filter((element) => element.localName !== 'script');
    // At each width: where the text is shown, else where a panel or step can show it.
    for (const page of pages) {
      const found = find(page);
      if (found.length && !found.some(seen)) await uncover(found[0]);
    }
    highlighted = pages
      .flatMap(find)
      .filter((element): element is HTMLElement => element instanceof HTMLElement && seen(element));
    // Inside the elements' shadow roots, where no style sheet of the page reaches.
    for (const element of highlighted) {
      element.setAttribute(HIGHLIGHT, '');
      element.style.setProperty('outline', '3px solid Highlight');
      element.style.setProperty('outline-offset', '2px');
    }
    const target = find(pages[0]).find(seen);
    if (!(target instanceof HTMLElement)) return;
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  const preview: Preview = {
    get translation() {
      return translation;
    },
    get ready() {
      return ready;
    },
    async open(file: File) {
      if (file.size <= MAX_BYTES) return this.show(file.name, await file.text());
      const size = `${Math.round(file.size / 1024 / 1024)} MB`;
      ready = showTranslation(
        unreadable(
          file.name,
          `${file.name} is ${size}, larger than any .xlf file of these elements: open your language's .xlf file (locales/<tag>.xlf). The page shows the English.`,
        ),
      );
      return ready;
    },
    show(name: string, text: string) {
      ready = showTranslation(readTranslation(name, text));
      return ready;
    },
    reveal(unit: string) {
      ready = revealUnit(unit);
      return ready;
    },
    disconnect() {
      observer.disconnect();
      input.removeEventListener('change', onChange);
      host.removeEventListener('dragover', onDragOver);
      host.removeEventListener('dragleave', onDragLeave);
      host.removeEventListener('drop', onDrop);
    },
  };
  statusLine.textContent = status;
  // The English as the library ships it, until a file is opened: nothing is handed to the library yet.
  ready = renderPages('en');
  return preview;
}
