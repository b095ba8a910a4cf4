/**
 * The prerenderer, for Node (`microneedling-elements/ssr`, and the `render` command): every
 * `<mn-*>` element of a page gets its shadow root as declarative shadow DOM
 * (`<template shadowrootmode="open">`) and its JSON-LD as a real `<script>` in its light DOM,
 * rendered by the same code as in a browser (Lit's server renderer, @lit-labs/ssr), in the
 * element's language. Everything else in the page stays exactly as it was written.
 */
// The elements, defined in the registry that Lit's Node build puts on globalThis (no `document` or
// `window`: a framework's server, which looks for those to tell a browser, keeps working).
import { MnArticle, MnBenefitsAccordion, MnDisclaimer, MnFaqCard, MnProcedureStepper } from '../index.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { html as markup, Parser, type DefaultTreeAdapterMap, type Token } from 'parse5';
import { LOCALES, localeOf, matchLocale, renderLoaded, serverLoad } from '../i18n/locale.js';
import {
  describe,
  kept,
  removal,
  shadowTemplate,
  entriesOf,
  textOf,
  unsafeAttribute,
  unsafeElement,
  type Entry,
  type EntrySpec,
  type Tree,
} from '../internal/clinic.js';
import type { MnElement } from '../internal/mn-element.js';
import { warn } from '../internal/tokens.js';
import { hasJsonLd, jsonLdOf, scriptJson } from '../internal/structured-data.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/** The library's elements whose children are the clinic's, and the clinic's entries. */
const CLOSED_AT_END = /^mn-(?:faq-card|procedure-stepper|benefits-accordion|article|faq-item|step|benefit)$/;
/** Elements whose text runs to their own end tag, so that an entry's end tag inside is text. */
const RAW_TEXT = /^(?:textarea|title|style|xmp|iframe|noembed|noframes|noscript|script|plaintext)$/;

/** Formatting elements, which the parser makes again after where they were ended. */
const FORMATTING = /^(?:a|b|big|code|em|font|i|nobr|s|small|strike|strong|tt|u)$/;
/** An element left open that the parser would not end at an entry's end tag: it ignores the end tag, or makes it again. */
const lingers = (el: Element) =>
  FORMATTING.test(el.tagName) || markup.SPECIAL_ELEMENTS[el.namespaceURI].has(markup.getTagID(el.tagName));

/** Elements left open in the clinic's children when their element's end tag comes. */
interface Closing {
  /** The end tag's offset: the open elements end there. */
  at: number;
  /** The open elements, innermost first. */
  open: Element[];
  entry: Element;
  host: Element;
}

/**
 * An edit that needs the page parsed again: a raw-text element that an entry's end tag is text
 * in ends before it (a `<plaintext>` goes, with its text: it has no end tag); an element that no
 * end tag can end (a `<form>` the parser has forgotten) loses its start tag.
 */
interface Reparse {
  start: number;
  end: number;
  text: string;
  /** What the warning says was done, if not a removal that a warning will name anyway. */
  what?: string;
  entry: Element;
  host: Element;
}

/**
 * parse5's parser, noting what the tree does not keep: which start tags closed themselves (`/>`,
 * which makes an SVG or MathML element empty), and every `<html>`, `<head>` and `<body>` start
 * tag, whose attributes the parser adds to the page's own elements wherever the tag stands.
 *
 * It also ends what the clinic's children leave open where their element ends: an `<object>`, a
 * `<select>`, a `<table>`, even a `<div>` makes the parser (and the browser) ignore the entry's
 * end tag and take the rest of the page into it, and a `<b>` is made again after it. Their end
 * tags are parsed there, as if written (`closings`, for the prerenderer to write them), so the
 * tree is the one the served page will give. A `<textarea>` or a `<style>` makes the entry's end
 * tag text: that can only be seen at the end, and is noted for another parse (`reparse`), as is
 * an element that stays open after its end tag (a `<form>` the parser no longer points to).
 */
class Parse extends Parser<DefaultTreeAdapterMap> {
  readonly selfClosing = new Set<number>();
  readonly pageTags: { start: number; end: number; tag: string }[] = [];
  readonly closings: Closing[] = [];
  /** The closings by the element whose end tag ended them. */
  readonly closingsOf = new Map<Element, Closing[]>();
  readonly reparse: Reparse[] = [];
  private readonly stuck = new Set<Element>();
  /** The text parsed, to find an entry's end tag in a raw-text element's text. */
  text = '';

  override onStartTag(token: Token.TagToken): void {
    const at = token.location;
    if (at && token.selfClosing) this.selfClosing.add(at.startOffset);
    if (at && /^(?:html|head|body)$/.test(token.tagName)) {
      this.pageTags.push({ start: at.startOffset, end: at.endOffset, tag: token.tagName });
    }
    super.onStartTag(token);
  }

  override onEndTag(token: Token.TagToken): void {
    const at = token.location;
    const found = at && CLOSED_AT_END.test(token.tagName) ? this.openAbove(token.tagName) : undefined;
    // A <span> or an <mn-disclaimer> ends with it anyway: only what the parser would not end.
    if (at && found?.open.some(lingers)) {
      // Zero-width, where the entry's end tag starts: the elements end there in the tree.
      const location = { ...at, endLine: at.startLine, endCol: at.startCol, endOffset: at.startOffset };
      for (const el of found.open) {
        const { tagName } = el;
        const end = { ...token, tagName, tagID: markup.getTagID(tagName), attrs: [], location };
        super.onEndTag(end);
      }
      const { items, stackTop } = this.openElements;
      const still = new Set(items.slice(0, stackTop + 1));
      for (const el of found.open) {
        const tag = el.sourceCodeLocation?.startTag;
        // The entry itself ends once what is inside it does; an element is noted once.
        if (!still.has(el) || !tag || CLOSED_AT_END.test(el.tagName) || this.stuck.has(el)) continue;
        this.stuck.add(el);
        const what = `removed the start tag of <${el.tagName}>,`;
        this.reparse.push({ start: tag.startOffset, end: tag.endOffset, text: '', what, ...found });
      }
      const closing = { at: at.startOffset, ...found };
      this.closings.push(closing);
      this.closingsOf.set(found.entry, [...(this.closingsOf.get(found.entry) ?? []), closing]);
    }
    super.onEndTag(token);
  }

  override onEof(token: Token.EOFToken): void {
    const { items, stackTop } = this.openElements;
    const last = items[stackTop] as Element | undefined;
    const start = last?.sourceCodeLocation?.startTag;
    if (last && start && RAW_TEXT.test(last.tagName) && last.namespaceURI === markup.NS.HTML) {
      for (let i = stackTop - 1; i >= 0; i--) {
        const tag = (items[i] as Element).tagName;
        if (!CLOSED_AT_END.test(tag)) continue;
        const end = new RegExp(`</${tag}[\\s/>]`, 'i').exec(this.text.slice(start.endOffset));
        const found = end && this.openAbove(tag);
        if (end && found) {
          const at = start.endOffset + end.index;
          const tag = last.tagName;
          if (tag === 'plaintext') {
            const what = 'removed <plaintext> and its text,';
            this.reparse.push({ start: start.startOffset, end: at, text: '', what, ...found });
          } else {
            // An unsafe one goes whole once ended, with the warning that says so.
            const what = unsafeElement(tag) ? undefined : `closed <${tag}>`;
            this.reparse.push({ start: at, end: at, text: `</${tag}>`, what, ...found });
          }
        }
        break;
      }
    }
    super.onEof(token);
  }

  /** The elements open above the nearest `tag`, if that is in one of the library's elements that sanitise. */
  private openAbove(tag: string): Omit<Closing, 'at'> | undefined {
    const { items, stackTop } = this.openElements;
    const at = (i: number) => items[i] as Element;
    const html = (i: number) => at(i).namespaceURI === markup.NS.HTML;
    let i = stackTop;
    while (i >= 0 && !(at(i).tagName === tag && html(i))) i--;
    let h = i;
    while (h >= 0 && !(SANITISING.includes(at(h).tagName) && html(h))) h--;
    if (h < 0) return undefined;
    const open = (items.slice(i + 1, stackTop + 1) as Element[]).reverse();
    // Not in a <template>'s content, which is inert and not rendered: only templates the entry opened.
    const opened = open.filter((el) => el.tagName === 'template').length;
    if (this.openElements.tmplCount > opened) return undefined;
    return { open, entry: at(i), host: at(h) };
  }
}

/**
 * This copy's classes, by tag. A server may load the library twice in one process (Next.js
 * bundles server components and the server render of client components apart), and the
 * registry holds whichever copy defined a tag first; the renderer renders with its own, whose
 * translations, language and JSON-LD are the ones it sets and reads.
 */
const CLASSES = new Map<string, typeof MnElement>([
  ['mn-benefits-accordion', MnBenefitsAccordion],
  ['mn-procedure-stepper', MnProcedureStepper],
  ['mn-faq-card', MnFaqCard],
  ['mn-disclaimer', MnDisclaimer],
  ['mn-article', MnArticle],
]);

/** The elements the prerenderer renders. */
export const TAGS: readonly string[] = [...CLASSES.keys()];

export interface PrerenderOptions {
  /**
   * The language to render in (matched as the browser matches it: es-MX → es). For a page, over
   * its `<html lang>`, and written on each element as `lang`; for one element's markup, the
   * language of the page it is meant for.
   */
  lang?: string;
  /**
   * Write what the renderer adds in ASCII alone (character references in the markup, `\u`
   * escapes in the JSON-LD), for a page in a legacy encoding such as windows-1252. The `render`
   * command sets it for such pages.
   */
  ascii?: boolean;
}

/** Renders the library's elements as the server sees them: each shadow root starts with its state. */
class Renderer extends LitElementRenderer {
  /** The library's elements rendered in this one's shadow root. */
  private readonly inside: HTMLElement[] = [];

  constructor(tagName: string) {
    super(tagName);
    const own = CLASSES.get(tagName);
    if (own && !(this.element instanceof own)) {
      void own.observedAttributes; // as defining it would: its attributes are then mapped to properties
      this.element = new own();
    }
    // What the element reads from its shadow root outside render (the article's JSON-LD reads
    // its FAQ card): the elements rendered in it, found by tag.
    const inside = this.inside;
    (this.element as { renderRoot: unknown }).renderRoot = {
      querySelector: (tag: string) => inside.find((el) => el.localName === tag) ?? null,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const element = this.element as MnElement;
    element.renderedLocale = localeOf(element);
  }

  // Nested elements too: a browser that streams a shadow root's content into the page creates
  // them (and may upgrade them) before their own shadow root is parsed.
  override renderAttributes() {
    return [...super.renderAttributes(), ' prerendered'];
  }

  override renderShadow(info: RenderInfo) {
    // The stack holds this element, then the one whose shadow root it is rendered in.
    (info.customElementHostStack.at(-2) as Renderer | undefined)?.inside.push(this.element);
    // What the browser compares before it takes the shadow root over (MnElement#update).
    return [`<!--mn-state ${(this.element as MnElement).renderState}-->`, ...(super.renderShadow(info) ?? [])];
  }
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isElement = (node: Node): node is Element => 'tagName' in node;

/** parse5's tree, for reading text as the browser does. */
const PARSED: Tree<Node> = {
  children: (node) => ('childNodes' in node ? node.childNodes : []),
  data: (node) => (node.nodeName === '#text' ? (node as TextNode).value : null),
  tag: (node) => (isElement(node) ? node.tagName : null),
  has: (node, name) => isElement(node) && attr(node, name) !== undefined,
};

/** An attribute's name as the DOM gives it (`xlink:href`). */
const attrName = (a: { name: string; prefix?: string }) => (a.prefix ? `${a.prefix}:${a.name}` : a.name);
const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The clinic's entries and the attribute that holds each one's label, to name one in a warning. */
const LABELS: EntrySpec = { tags: { 'mn-faq-item': 'question', 'mn-step': 'label', 'mn-benefit': 'label' } };

/** The library's elements that sanitise their own children: the prerenderer leaves those to them. */
const SANITISING = ['mn-benefits-accordion', 'mn-procedure-stepper', 'mn-faq-card', 'mn-article'];

type Splice = (start: number, end: number, text: string) => void;

/** The page's text, its parse, and the elements taken out whole (nothing inside them is rendered). */
interface Source {
  html: string;
  parsed: Parse;
  gone: Set<Node>;
  /** The closings whose end tags are written, and said in their entry's one warning. */
  ended: Set<Closing>;
}

/** Whether `el` goes with an element taken out whole, up to `entry`. */
function removed(source: Source, el: Element, entry: Element): boolean {
  for (let node: Element | undefined = el; node && node !== entry; node = node.parentNode as Element | undefined) {
    if (source.gone.has(node)) return true;
  }
  return false;
}

/**
 * Writes the end tags of what `closing` ended (what is not taken out) where the parse ended it,
 * so that the served page parses to the tree that was rendered; returns the elements ended.
 */
function endLeftOpen(source: Source, closing: Closing, edit: Splice): Element[] {
  source.ended.add(closing);
  if (source.gone.has(closing.entry)) return [];
  const written = closing.open.filter((el) => !removed(source, el, closing.entry));
  if (written.length) edit(closing.at, closing.at, written.map((el) => `</${el.tagName}>`).join(''));
  return written;
}

/**
 * The clinic's children of one host, as the browser will read them: sanitised and slotted in the
 * served HTML. A start tag that changes is written again from its parsed attributes (so that a
 * repeated attribute, which the browser ignores, cannot come back once the first is gone); an
 * element that could run code goes whole. Returns the entries, for the server render.
 */
function clinicChildren(source: Source, host: Element, element: MnElement, edit: Splice) {
  const spec = element.entries?.spec;
  if (!spec) return undefined;
  const has = (node: Element) => (name: string) => attr(node, name) !== undefined;
  /**
   * A <select> holding tags that parse5 drops (`<select><img onerror=…>`) but browsers now keep:
   * what the browser will run is not in the tree to clean, so it goes whole.
   */
  const dropsTags = (node: Element) => {
    const at = node.sourceCodeLocation;
    if (node.tagName !== 'select' || !at?.startTag) return false;
    const inner = source.html.slice(at.startTag.endOffset, at.endTag?.startOffset ?? at.endOffset);
    let elements = 0;
    for (const stack: Node[] = [...node.childNodes]; stack.length;) {
      const next = stack.pop()!;
      if (isElement(next)) stack.push(...next.childNodes);
      if (isElement(next)) elements++;
    }
    return (inner.match(/<[a-z]/gi)?.length ?? 0) !== elements;
  };
  const unsafe = (node: Element) =>
    unsafeElement(node.tagName) || shadowTemplate(node.tagName, has(node)) || dropsTags(node);
  const own = (c: Node) =>
    isElement(c) &&
    ((c.tagName === 'template' && attr(c, 'shadowrootmode') !== undefined) ||
      (c.tagName === 'script' && attr(c, 'type') === 'application/ld+json'));
  const children = host.childNodes.filter((c): c is Element => isElement(c) && !own(c));
  const asChild = (node: Element) => ({
    node,
    tag: node.tagName,
    attr: (name: string) => attr(node, name) ?? null,
    text: () => textOf(PARSED, node),
  });
  const messages: string[] = [];
  const entries = entriesOf(spec, children.filter((c) => !unsafe(c)).map(asChild), (m) => messages.push(m));

  /**
   * Cleans one element; `slot` is what its slot attribute must become (top level only). Returns
   * the children to clean in turn.
   */
  const clean = (node: Element, what: string[], slot?: string | null): Element[] | undefined => {
    const at = node.sourceCodeLocation;
    if (unsafe(node)) {
      what.push(`<${node.tagName}>`);
      source.gone.add(node);
      // parse5 ends a raw-text element left open at the end of the page (an unclosed <style>)
      // where it starts: its text, the rest of the page, goes with it.
      const text = at && !at.endTag ? node.childNodes.at(-1)?.sourceCodeLocation?.endOffset : undefined;
      if (at) edit(at.startOffset, Math.max(at.endOffset, text ?? 0), '');
      return undefined;
    }
    const bad = node.attrs.filter((a) => unsafeAttribute(node.tagName, a.name, a.value));
    for (const a of bad) what.push(`${attrName(a)}="${a.value}"`);
    const reslot = slot !== undefined && (slot ?? undefined) !== attr(node, 'slot');
    if ((bad.length || reslot) && at?.startTag) {
      const attrs = node.attrs.filter((a) => !bad.includes(a) && !(reslot && a.name === 'slot'));
      if (reslot && slot !== null) attrs.push({ name: 'slot', value: slot });
      // Up to the tag's `>`, or its `/>` if the tokenizer saw one: the same closing, kept.
      const end = at.startTag.endOffset - (source.parsed.selfClosing.has(at.startTag.startOffset) ? 2 : 1);
      const written = attrs.map((a) => ` ${attrName(a)}="${escapeAttr(a.value)}"`).join('');
      edit(at.startTag.startOffset, end, `<${node.tagName}${written}`);
    }
    // The library's element that the prerenderer renders sanitises its own children; what a
    // <template> holds is inert, as in the browser.
    const library = TAGS.includes(node.tagName) && node.namespaceURI === markup.NS.HTML;
    if ((library && SANITISING.includes(node.tagName)) || node.tagName === 'template') return undefined;
    return node.childNodes.filter((child): child is Element => isElement(child) && !(library && own(child)));
  };
  /** Cleans an entry and everything in it, in document order, with a stack of its own (no nesting is too deep). */
  const cleanAll = (entry: Element, what: string[], slot: string | null): void => {
    const stack = [...(clean(entry, what, slot) ?? [])].reverse();
    for (let node = stack.pop(); node; node = stack.pop()) stack.push(...[...(clean(node, what) ?? [])].reverse());
  };
  const inChild = new Set<(typeof source.parsed.pageTags)[number]>();
  for (const child of children) {
    const what: string[] = [];
    const slot = entries.find((entry) => entry.child.node === child)?.id ?? kept(attr(child, 'slot') ?? null, spec);
    cleanAll(child, what, slot ?? null);
    // An <html>, <head> or <body> start tag inside it would hand its attributes to the page's own.
    const at = child.sourceCodeLocation;
    for (const tag of source.parsed.pageTags) {
      if (!at || tag.start < at.startOffset || tag.end > at.endOffset) continue;
      inChild.add(tag);
      if (unsafe(child)) continue;
      what.push(`<${tag.tag}>`);
      edit(tag.start, tag.end, '');
    }
    // What it left open ends where it ends, said in the same warning.
    const ended = (source.parsed.closingsOf.get(child) ?? []).flatMap((c) => endLeftOpen(source, c, edit));
    const name = describe(asChild(child), spec);
    const closed = ended.length
      ? `closed ${ended.map((el) => `<${el.tagName}>`).join(', ')} left open in ${name}, so that what follows it stays as written`
      : '';
    if (what.length) warn(element, `${closed ? `${closed}; ` : ''}${removal(name, what, unsafe(child))}`);
    else if (closed) warn(element, `${closed}.`);
  }
  // And one between the children, in none of them (`<body onload=…>` between two entries).
  const within = host.sourceCodeLocation;
  for (const tag of source.parsed.pageTags) {
    if (!within || inChild.has(tag) || tag.start < within.startOffset || tag.end > within.endOffset) continue;
    edit(tag.start, tag.end, '');
    warn(element, removal(`<${tag.tag}>`, [], true));
  }
  for (const message of messages) warn(element, message);
  return entries;
}

/**
 * One element's shadow root and JSON-LD, as HTML, in `locale` on a page in `page`, once
 * serverLoad() has settled for the two.
 */
function renderOne(node: Element, page: string, locale: string, source: Source, edit: Splice, ascii = false) {
  return renderLoaded(page, locale, () => {
    const renderer = new Renderer(node.tagName);
    for (const { name, value } of node.attrs) {
      renderer.element.setAttribute(name, value);
      renderer.attributeChangedCallback(name, null, value);
    }
    const element = renderer.element as MnElement;
    const entries: Entry[] | undefined = clinicChildren(source, node, element, edit);
    if (entries) element.entries!.take(entries);
    renderer.connectedCallback();
    const info: RenderInfo = {
      elementRenderers: [Renderer],
      customElementInstanceStack: [renderer],
      customElementHostStack: [renderer],
      eventTargetStack: [],
      slotStack: [],
      deferHydration: false,
    };
    let inner = collectResultSync(renderer.renderShadow(info));
    // Beyond ASCII only in text and attribute values (the styles and the state are ASCII).
    if (ascii) inner = inner.replace(/[^\0-\x7f]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);
    const shadow = `<template shadowrootmode="open">${inner}</template>`;
    const data = jsonLdOf(renderer.element);
    const jsonLd = data === undefined ? '' : `<script type="application/ld+json">${scriptJson(data, ascii)}</script>`;
    return { shadow, jsonLd, ownsJsonLd: hasJsonLd(renderer.element) };
  });
}

/** A splice of the source text: [start, end) becomes `text`; `order` keeps inserts at one offset in order. */
interface Edit {
  start: number;
  end: number;
  text: string;
  order: number;
}

/** The shipped locale for `tag`, or undefined with the browser's warning, given once per `warned`. */
function supportedLocale(tag: string, source: string, instead: string, warned = new Set<string>()): string | undefined {
  const match = matchLocale(tag);
  const message = `microneedling-elements: ${source} "${tag}" is not a supported locale (${LOCALES.join(', ')}); ${instead}.`;
  if (!match && !warned.has(message)) console.warn(message);
  warned.add(message);
  return match;
}

async function prerender(html: string, fragment: boolean, options: PrerenderOptions): Promise<string> {
  // The browser's warnings for a language it does not ship, once per page as in the browser.
  const warned = new Set<string>();
  const supported = (tag: string, source: string, instead: string) => supportedLocale(tag, source, instead, warned);
  const parsing = { sourceCodeLocationInfo: true };
  const parse = (text: string) => {
    const parser = fragment ? (Parse.getFragmentParser(null, parsing) as Parse) : new Parse(parsing);
    parser.text = text;
    parser.tokenizer.write(text, true);
    return parser;
  };
  let parsed = parse(html);
  /** One warning for each element of the clinic's left open, naming it and what was done. */
  const left = ({ entry, host }: { entry: Element; host: Element }, what: string) => {
    const named = describe({ tag: entry.tagName, attr: (name) => attr(entry, name) ?? null, text: () => '' }, LABELS);
    console.warn(`<${host.tagName}>: ${what} left open in ${named}, so that what follows it stays as written.`);
  };
  // What the parse could not end in place: the page is parsed again with it done (a few rounds
  // at most, each doing what the last uncovered).
  for (let round = 0; parsed.reparse.length && round < 8; round++) {
    const edits = parsed.reparse.map((change, order) => {
      if (change.what) left(change, change.what);
      return { ...change, order };
    });
    html = applyEdits(html, edits);
    parsed = parse(html);
  }
  const root = fragment ? parsed.getFragment() : parsed.document;
  const source: Source = { html, parsed, gone: new Set(), ended: new Set() };
  const htmlElement = fragment
    ? undefined
    : (root.childNodes.find((n) => isElement(n) && n.tagName === 'html') as Element);
  // The page's locale, as the browser will see it; a fragment has no page, so it is the one asked for.
  const declared = fragment ? options.lang : htmlElement && attr(htmlElement, 'lang');
  const page =
    (declared && supported(declared, fragment ? 'lang' : '<html lang>', `using ${LOCALES[0]}`)) || LOCALES[0];
  // The locale asked for, over the page's: written on each element as `lang`, so that the
  // browser shows what the HTML holds.
  const asked =
    fragment || options.lang === undefined ? page : (supported(options.lang, 'lang', `using ${page}`) ?? page);

  const edits: Edit[] = [];
  const edit = (start: number, end: number, text: string) => edits.push({ start, end, text, order: edits.length });
  // Depth first, in document order, with a stack of its own rather than recursion, so that no
  // nesting is too deep; each node carries the `lang` it is under and whether it lies inside an
  // element a clinic's child had that was taken out whole (not rendered).
  const stack: [Node, string | undefined, boolean][] = [...root.childNodes]
    .reverse()
    .map((child): [Node, string | undefined, boolean] => [child, undefined, false]);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, inherited, inGone] = item;
    if (!isElement(node)) continue;
    const removed = inGone || source.gone.has(node);
    if (removed) continue;
    const own = attr(node, 'lang');
    // The `lang` an element is under, below <html>; "" says no language (the page's).
    const lang = own === undefined || node === htmlElement ? inherited : own;
    if (TAGS.includes(node.tagName) && node.namespaceURI === markup.NS.HTML && node.sourceCodeLocation?.startTag) {
      const locale =
        lang === undefined ? asked : (lang && supported(lang, 'lang', `following the page (${page})`)) || page;
      await serverLoad(page, locale);
      const { shadow, jsonLd, ownsJsonLd } = renderOne(node, page, locale, source, edit, options.ascii);
      const location = node.sourceCodeLocation;
      const afterStart = location.startTag!.endOffset;
      // A page prerendered before: its shadow root is replaced, not doubled, and so is the
      // JSON-LD of an element that writes some (as the browser rewrites it); a block of the
      // clinic's own in any other element stays.
      for (const child of node.childNodes) {
        const old =
          isElement(child) &&
          ((child.tagName === 'template' && attr(child, 'shadowrootmode') !== undefined) ||
            (ownsJsonLd && child.tagName === 'script' && attr(child, 'type') === 'application/ld+json'));
        if (old && child.sourceCodeLocation) {
          edit(child.sourceCodeLocation.startOffset, child.sourceCodeLocation.endOffset, '');
        }
      }
      // Tells the browser, which may define the element before it parses what follows the start
      // tag (a script in <head>), to wait for the shadow root below.
      const tagEnd = afterStart - 1;
      if (attr(node, 'prerendered') === undefined) edit(tagEnd, tagEnd, ' prerendered');
      if (lang === undefined && locale !== page) edit(tagEnd, tagEnd, ` lang="${locale}"`);
      // After the clinic's introduction, if it comes first: slotted above the element's own
      // content, it would otherwise arrive after that content, and a browser that paints while
      // it parses would move all of it down when it came. Before the shadow root, it shows
      // where it will be shown.
      let shadowAt = afterStart;
      for (const child of node.childNodes) {
        if (isElement(child) && attr(child, 'slot') !== 'intro') break;
        if (isElement(child) && child.sourceCodeLocation) shadowAt = child.sourceCodeLocation.endOffset;
      }
      edit(shadowAt, shadowAt, shadow);
      // Where the browser puts it: the host's last child.
      const beforeEnd = location.endTag?.startOffset ?? afterStart;
      if (jsonLd) edit(beforeEnd, beforeEnd, jsonLd);
    }
    // Not into a <template>: its content is inert (and an earlier prerender's is replaced).
    if (node.tagName !== 'template') {
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push([node.childNodes[i], lang, false]);
    }
  }

  // What the clinic's children left open that their host did not say (ended at the host's own
  // end tag, or in an entry inside an entry).
  for (const closing of parsed.closings) {
    if (source.ended.has(closing)) continue;
    const written = endLeftOpen(source, closing, edit);
    if (written.length) left(closing, `closed ${written.map((el) => `<${el.tagName}>`).join(', ')}`);
  }
  return applyEdits(html, edits);
}

/**
 * The source text with the edits made, in one pass from the start (linear in the page and the
 * edits, so that a page of any size and with any number of elements is quick): at one offset,
 * the inserts in the order they were made, then what replaces the text there. What falls inside
 * a piece taken out whole (an element inside a removed <object>, rendered or cleaned) goes with
 * it, except inserts at its very ends; the same edit made twice is made once.
 */
function applyEdits(html: string, edits: readonly Edit[]): string {
  const removals = edits.filter((e) => e.end > e.start && !e.text).sort((a, b) => a.start - b.start || b.end - a.end);
  // For the removals starting before an offset, the furthest end (a prefix maximum).
  const furthest: number[] = [];
  for (const [i, r] of removals.entries()) furthest.push(Math.max(r.end, furthest[i - 1] ?? -1));
  /** The furthest end of the removals that start before `offset` (or at it, with `orAt`). */
  const reach = (offset: number, orAt: boolean): number => {
    let low = 0;
    let high = removals.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (removals[middle].start < offset || (orAt && removals[middle].start === offset)) low = middle + 1;
      else high = middle;
    }
    return low ? furthest[low - 1] : -1;
  };
  const seen = new Set<string>();
  const applied = edits.filter(({ start, end, text }) => {
    const key = `${start} ${end} ${text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    // An insert inside a removal goes; one at its ends stays. A range goes inside another one.
    if (start === end) return reach(start, false) <= start;
    return reach(start, false) < end && reach(start, true) <= end;
  });
  applied.sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start) || a.order - b.order);
  const parts: string[] = [];
  let at = 0;
  for (const { start, end, text } of applied) {
    parts.push(html.slice(at, Math.max(at, start)), text);
    at = Math.max(at, end);
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/**
 * A whole page with every `<mn-*>` element prerendered, in the page's language (`<html lang>`)
 * or in `options.lang`, which is then written on each element as its `lang` so that the browser
 * shows the same; an element's own `lang`, or an ancestor's below `<html>`, wins. A page without
 * one comes back unchanged.
 */
export const renderPage = (html: string, options: PrerenderOptions = {}): Promise<string> =>
  prerender(html, false, options);

/**
 * A piece of HTML (one element's markup, say `<mn-faq-card structured-data></mn-faq-card>`)
 * with its elements prerendered for a page in `options.lang` (English by default).
 */
export const renderElement = (html: string, options: PrerenderOptions = {}): Promise<string> =>
  prerender(html, true, options);

/** One host as a component framework renders it on a server: its attributes and what goes inside. */
export interface RenderedHost {
  /** The attributes given, and `prerendered`. */
  attributes: Record<string, string>;
  /** The declarative shadow root, then the JSON-LD block if the element writes one. */
  html: string;
}

/**
 * @internal For the React wrappers (`microneedling-elements/react`) on a server: one element
 * without children, from its attributes, in its own `lang` or else in English. Synchronous once
 * that language's translations are loaded (English always is); until then, the promise of the
 * same result, which React waits for (`use`).
 */
export function renderHost(
  tag: string,
  attributes: Readonly<Record<string, string>>,
): RenderedHost | Promise<RenderedHost> {
  const written = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeAttr(value)}"`);
  const source: Source = {
    html: `<${tag}${written.join('')}></${tag}>`,
    parsed: Parse.getFragmentParser(null) as Parse,
    gone: new Set(),
    ended: new Set(),
  };
  source.parsed.tokenizer.write(source.html, true);
  const node = source.parsed.getFragment().childNodes.find(isElement);
  const page = LOCALES[0];
  const own = attributes.lang;
  const locale = (own && supportedLocale(own, 'lang', `following the page (${page})`)) || page;
  const render = (): RenderedHost => {
    const { shadow, jsonLd } = renderOne(node!, page, locale, source, () => {});
    return { attributes: { ...attributes, prerendered: '' }, html: shadow + jsonLd };
  };
  const loading = serverLoad(page, locale);
  return loading ? loading.then(render) : render();
}
