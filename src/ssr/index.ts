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
  type Tree,
} from '../internal/clinic.js';
import type { MnElement } from '../internal/mn-element.js';
import { warn } from '../internal/tokens.js';
import { hasJsonLd, jsonLdOf, scriptJson } from '../internal/structured-data.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/**
 * parse5's parser, noting what the tree does not keep: which start tags closed themselves (`/>`,
 * which makes an SVG or MathML element empty), and every `<html>`, `<head>` and `<body>` start
 * tag, whose attributes the parser adds to the page's own elements wherever the tag stands.
 */
class Parse extends Parser<DefaultTreeAdapterMap> {
  readonly selfClosing = new Set<number>();
  readonly pageTags: { start: number; end: number; tag: string }[] = [];

  override onStartTag(token: Token.TagToken): void {
    const at = token.location;
    if (at && token.selfClosing) this.selfClosing.add(at.startOffset);
    if (at && /^(?:html|head|body)$/.test(token.tagName)) {
      this.pageTags.push({ start: at.startOffset, end: at.endOffset, tag: token.tagName });
    }
    super.onStartTag(token);
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

/** The library's elements that sanitise their own children: the prerenderer leaves those to them. */
const SANITISING = ['mn-benefits-accordion', 'mn-procedure-stepper', 'mn-faq-card', 'mn-article'];

type Splice = (start: number, end: number, text: string) => void;

/** The page's text, its parse, and the elements taken out whole (nothing inside them is rendered). */
interface Source {
  html: string;
  parsed: Parse;
  gone: Set<Node>;
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
  const unsafe = (node: Element) => unsafeElement(node.tagName) || shadowTemplate(node.tagName, has(node));
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
      if (at) edit(at.startOffset, at.endOffset, '');
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
  for (const child of children) {
    const what: string[] = [];
    const slot = entries.find((entry) => entry.child.node === child)?.id ?? kept(attr(child, 'slot') ?? null, spec);
    cleanAll(child, what, slot ?? null);
    // An <html>, <head> or <body> start tag inside it would hand its attributes to the page's own.
    const at = child.sourceCodeLocation;
    for (const tag of source.parsed.pageTags) {
      if (!at || unsafe(child) || tag.start < at.startOffset || tag.end > at.endOffset) continue;
      what.push(`<${tag.tag}>`);
      edit(tag.start, tag.end, '');
    }
    if (what.length) warn(element, removal(describe(asChild(child), spec), what, unsafe(child)));
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
  let parsed: Parse;
  let root: DefaultTreeAdapterMap['document'] | DefaultTreeAdapterMap['documentFragment'];
  if (fragment) {
    parsed = Parse.getFragmentParser(null, parsing) as Parse;
    parsed.tokenizer.write(html, true);
    root = parsed.getFragment();
  } else {
    parsed = new Parse(parsing);
    parsed.tokenizer.write(html, true);
    root = parsed.document;
  }
  const source: Source = { html, parsed, gone: new Set() };
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
