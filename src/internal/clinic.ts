import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pickIds, warn } from './tokens.js';

/**
 * The clinic's own words beside the article's: entries written as children of an element, in
 * the page's light DOM (`<mn-faq-item question="…">…</mn-faq-item>` in `<mn-faq-card>`). They
 * stay the clinic's: each is slotted into the element's shadow root by its id, never parsed
 * again as markup; only what could run code is taken out, in place, with one warning.
 */

/** One entry of the clinic's: its tag, its id, its label (a question, a step's title) and its text as read. */
export interface Entry {
  tag: string;
  id: string;
  label: string;
  text: string;
}

/** Which children an element takes. */
export interface EntrySpec {
  /** The entries' tags, each with the attribute that holds its label (`mn-faq-item`: `question`). */
  tags?: Readonly<Record<string, string>>;
  /** The article's own ids, which no entry may take. */
  reserved?: readonly string[];
  /** Named slots for children that are not entries (the article's `intro` and `closing`). */
  slots?: readonly string[];
}

/** A light-DOM child as the rules need it, read from the DOM or, on the server, from parse5. */
export interface Child {
  tag: string;
  attr(name: string): string | null;
  /** Its text as a visitor reads it. */
  text(): string;
}

/** A tree to read text from: the DOM's, or parse5's on the server. */
export interface Tree<N> {
  children(node: N): Iterable<N>;
  /** A text node's text, else null. */
  data(node: N): string | null;
  /** An element's lower-case tag name, else null. */
  tag(node: N): string | null;
  has(node: N, attribute: string): boolean;
}

/**
 * Elements that run, load or redirect to code (SVG animation can set an href to javascript:), or
 * that reach beyond the entry: a `<style>` in the light DOM styles the whole page.
 */
const UNSAFE_ELEMENTS = /^(?:script|i?frame|frameset|object|embed|applet|base|meta|link|portal|style|set|animate\w*)$/i;

/**
 * Attributes that act beyond the entry: on a form or a popover of the page (`form` with
 * `formaction` posts the page's own form elsewhere), or focus on load.
 */
const REACHING = /^(?:autofocus|form|popovertarget|popovertargetaction|commandfor|command|interestfor)$/;

/**
 * Names a `name` or `id` must not take, since the element would stand in for what the library or
 * Lit reads under that name (DOM clobbering): the document's properties (all of them, in a
 * browser: `importNode`, `createElement`…), and Lit's globals on `window`.
 */
const CLOBBERING =
  /^(?:currentScript|readyState|documentElement|defaultView|body|head|baseURI|URL|location|cookie|domain|importNode|create\w+|addEventListener|removeEventListener|querySelector(?:All)?|getElementById|adoptedStyleSheets|activeElement|(?:reactiveElement|litHtml|litElement)Versions|litPropertyMetadata|lit\w*(?:Support|Warnings)|reactiveElementPolyfillSupport|trustedTypes)$/;
/** A `name` (of an image, a form…) stands in for any of the document's properties; an `id`, for a few. */
const clobbers = (attribute: string, value: string): boolean =>
  CLOBBERING.test(value) || (attribute === 'name' && typeof Document !== 'undefined' && value in Document.prototype);

/** The library's elements: their shadow roots and their own JSON-LD are the library's. */
export const LIBRARY = /^mn-(?:benefits-accordion|procedure-stepper|faq-card|disclaimer|article)$/;

/** Attributes that hold a URL. */
const URL_ATTRIBUTES = /^(?:href|src|action|formaction|poster|background|data|codebase)$/;

/** Elements whose content is not read as text. */
const SKIPPED = /^(?:style|template|noscript)$/;

/** Elements that end a line of text: text on either side of them is two words, not one. */
const BLOCKS =
  /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|ol|p|pre|section|table|td|th|tr|ul)$/;

export const unsafeElement = (tag: string): boolean => UNSAFE_ELEMENTS.test(tag);

/** A `<template shadowrootmode>`: the parser makes it a shadow root, which no observer of the light DOM sees. */
export const shadowTemplate = (tag: string, has: (name: string) => boolean): boolean =>
  tag === 'template' && (has('shadowrootmode') || has('shadowroot'));

/**
 * Whether an attribute (by its local name, without a namespace prefix) could run code or take
 * the page over: an event handler (`on…`), `srcdoc`, one that reaches beyond the entry
 * (`autofocus`, `form`, `popovertarget`…), a `name` or `id` that would clobber a document
 * property the library reads, or a URL with the javascript: or vbscript: scheme, or data:
 * anywhere but an image's source.
 */
export function unsafeAttribute(tag: string, name: string, value: string): boolean {
  const local = name.toLowerCase();
  if (local.startsWith('on') || local === 'srcdoc' || REACHING.test(local)) return true;
  if ((local === 'name' || local === 'id') && clobbers(local, value)) return true;
  if (!URL_ATTRIBUTES.test(local)) return false;
  // What the URL parser ignores: white space and control characters, anywhere.
  // eslint-disable-next-line no-control-regex
  const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(?:javascript|vbscript):/.test(url) || (url.startsWith('data:') && !/^(?:img|source)$/i.test(tag));
}

/** The text of a node as a visitor reads it: hidden and unsafe content left out, white space folded. */
export function textOf<N>(tree: Tree<N>, node: N): string {
  let out = '';
  // Depth first with a stack of its own, not recursion: an entry may nest deeper than the call
  // stack allows. An item without a node is the space that follows a block's text.
  const stack: { node?: N }[] = [];
  const push = (parent: N) => stack.push(...[...tree.children(parent)].reverse().map((child) => ({ node: child })));
  push(node);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const child = item.node;
    if (child === undefined) {
      out += ' ';
      continue;
    }
    const data = tree.data(child);
    if (data !== null) out += data;
    const tag = tree.tag(child);
    if (tag === null || SKIPPED.test(tag) || unsafeElement(tag) || tree.has(child, 'hidden')) continue;
    if (BLOCKS.test(tag)) {
      out += ' ';
      stack.push({});
    }
    push(child);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** A name for a warning: `<mn-faq-item id="price">`, or `<mn-faq-item question="…">` without an id. */
export function describe(child: Child, spec: EntrySpec): string {
  const id = child.attr('id');
  const attribute = spec.tags?.[child.tag];
  const label = attribute && child.attr(attribute);
  const named = id ? ` id="${id}"` : label ? ` ${attribute}="${label}"` : '';
  return `<${child.tag}${named}>`;
}

/** The warning for what was taken out of a child (`what`), or for the child itself, taken out whole. */
export const removal = (name: string, what: readonly string[], whole: boolean): string =>
  `removed ${whole ? `the child ${name}` : `${what.join(', ')} from ${name}`}: the clinic's content may not run code.`;

/** An id from a label: "How much does a session cost?" → how-much-does-a-session-cost. */
export const slug = (label: string): string =>
  label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/**
 * The entries among a host's children, in document order, each with its child, and one message
 * for each child skipped: an unknown element, an empty label, an id with white space, or an id
 * already taken (the article's or an earlier entry's). An id derived from a label that is taken
 * gets a number: "price", "price-2".
 */
export function entriesOf<C extends Child>(
  spec: EntrySpec,
  children: Iterable<C>,
  say: (message: string) => void,
): (Entry & { child: C })[] {
  const entries: (Entry & { child: C })[] = [];
  const taken = new Set(spec.reserved);
  const list = [...children];
  // The ids a clinic wrote come first: a label's id never takes one of them.
  const labels = spec.tags ?? {};
  const written = new Set(list.filter((c) => c.tag in labels).map((c) => c.attr('id')));
  for (const child of list) {
    if (skipped(child.tag, child.attr('type'))) continue;
    const attribute = labels[child.tag];
    if (!attribute) {
      const slot = child.attr('slot');
      if (!(slot && spec.slots?.includes(slot))) {
        const takes = [
          ...Object.keys(labels).map((tag) => `<${tag}>`),
          ...(spec.slots ?? []).map((s) => `slot="${s}"`),
        ];
        const last = takes.pop();
        say(
          `ignoring the child ${describe(child, spec)}: it takes only ${takes.length ? `${takes.join(', ')} or ` : ''}${last}.`,
        );
      }
      continue;
    }
    const label = (child.attr(attribute) ?? '').trim();
    const own = child.attr('id');
    // An entry the clinic hides is left out, as a hidden element is.
    if (child.attr('hidden') !== null) continue;
    if (!label) {
      say(`ignoring ${describe(child, spec)}: its ${attribute} is empty.`);
    } else if (own && /\s/.test(own)) {
      say(`ignoring ${describe(child, spec)}: an id cannot hold white space.`);
    } else if (own && taken.has(own)) {
      say(`ignoring ${describe(child, spec)}: the id "${own}" is already taken.`);
    } else {
      const base = own || slug(label) || 'entry';
      let id = base;
      for (let n = 2; taken.has(id) || (!own && written.has(id)); n++) id = `${base}-${n}`;
      taken.add(id);
      entries.push({ tag: child.tag, id, label, text: child.text(), child });
    }
  }
  return entries;
}

/**
 * Children that are no entries and no mistake: the element's own JSON-LD block, and a `<slot>`,
 * which hands down the entries of an element around it (`<mn-article>` to its FAQ card).
 */
const skipped = (tag: string, type: string | null): boolean =>
  tag === 'slot' || (tag === 'script' && type === 'application/ld+json');

/** The slot a child that is not an entry may keep: one of the element's named slots. */
export const kept = (slot: string | null, spec: EntrySpec): string | undefined =>
  slot !== null && spec.slots?.includes(slot) ? slot : undefined;

const DOM: Tree<Node> = {
  children: (node) => node.childNodes,
  data: (node) => (node.nodeType === Node.TEXT_NODE ? (node as Text).data : null),
  tag: (node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName : null),
  has: (node, attribute) => (node as Element).hasAttribute(attribute),
};

interface DomChild extends Child {
  el: Element;
}

const asChild = (el: Element): DomChild => ({
  el,
  tag: el.localName,
  attr: (name) => el.getAttribute(name),
  text: () => textOf(DOM, el),
});

/**
 * Takes out of a child, in place, whatever could run code: the child itself if it is such an
 * element, else what is in it, the open shadow roots of its elements included (a declarative one
 * from the page's HTML). Returns what it took, for the warning (`<script>`, `onerror="…"`).
 */
export function sanitise(child: Element): string[] {
  const removed: string[] = [];
  const clean = (el: Element, own: boolean): void => {
    const tag = el.localName;
    // What the library's own element holds of its own: its JSON-LD block.
    if (own && tag === 'script' && el.getAttribute('type') === 'application/ld+json') return;
    if (unsafeElement(tag) || shadowTemplate(tag, (name) => el.hasAttribute(name))) {
      // Disarmed before it goes: an image the parser put inside has its load under way, and
      // would still fire its onerror after the element around it is removed.
      for (const inner of [el, ...el.querySelectorAll('*')]) {
        for (const attr of [...inner.attributes]) {
          if (unsafeAttribute(inner.localName, attr.localName, attr.value)) inner.removeAttributeNode(attr);
        }
      }
      el.remove();
      removed.push(`<${tag}>`);
      return;
    }
    for (const attr of [...el.attributes]) {
      if (unsafeAttribute(tag, attr.localName, attr.value)) {
        el.removeAttributeNode(attr);
        removed.push(`${attr.name}="${attr.value}"`);
      }
    }
    const library = LIBRARY.test(tag);
    // Every open shadow root is looked into, the library's elements' too: inside an entry, one
    // may have come from the page's markup (a declarative shadow root), not from the library.
    const roots = el.shadowRoot ? [el, el.shadowRoot] : [el];
    for (const root of roots) for (const inner of [...root.children]) clean(inner, library && root === el);
  };
  clean(child, false);
  return removed;
}

/**
 * An element's entries from its children, kept in step with them: read when it connects and
 * again whenever a child, its attributes or its text change (a MutationObserver), each time
 * sanitised first. Every entry's element gets its id as its `slot`. The host updates when what
 * it shows changes; `version` tells it so. A problem is told once, not at every change.
 */
export class ClinicEntries implements ReactiveController {
  /** The entries, in document order. */
  list: readonly Entry[] = [];
  /** Changes whenever `list` does, and once more when the page is parsed. */
  version = 0;
  private observer?: MutationObserver;
  private read = '';
  private said?: Set<string>;
  private shownFor?: string;
  private shownIds: string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly spec: EntrySpec,
  ) {
    host.addController(this);
  }

  /**
   * The ids the element shows: those its list attribute asks for (`questions`, `items`, `steps`),
   * in that order, among the article's and the clinic's; all of them, the article's first, when it
   * asks for none. Unknown ids get one warning, once the page is parsed.
   */
  shown(requested: string, attribute: string): readonly string[] {
    this.sync();
    const key = `${requested}\n${this.version}`;
    if (this.shownFor !== key) {
      this.shownFor = key;
      const known = [...(this.spec.reserved ?? []), ...this.list.map((entry) => entry.id)];
      this.shownIds = pickIds(this.host, requested, known, attribute, this.parsing);
      // A list that names the entries to show leaves out any it does not name: say so, once per
      // entry and list, rather than let the clinic's words vanish.
      const left = this.list.filter((entry) => !this.shownIds.includes(entry.id)).map((entry) => entry.id);
      const list = `${attribute}="${requested}"`;
      for (const id of this.parsing ? [] : left) {
        if (this.left.has(`${id}\n${list}`)) continue;
        this.left.add(`${id}\n${list}`);
        warn(
          this.host,
          `the clinic's entry "${id}" is not in ${list}, so it is not shown; add its id to the list to show it.`,
        );
      }
    }
    return this.shownIds;
  }

  /** The entries left out of a list, and by which list, already told. */
  private readonly left = new Set<string>();

  /** The entry with an id, if the clinic wrote one. */
  get(id: string): Entry | undefined {
    return this.list.find((entry) => entry.id === id);
  }

  /**
   * Whether the page is still being parsed, so that children may still come: the host keeps
   * quiet about ids it does not know yet, until then.
   */
  get parsing(): boolean {
    return typeof document !== 'undefined' && document.readyState === 'loading';
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.update());
    this.observer.observe(this.host, { childList: true, subtree: true, attributes: true, characterData: true });
    this.update();
    if (this.parsing) {
      document.addEventListener('DOMContentLoaded', () => this.take(this.list, true), { once: true });
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /**
   * Reads changes to the children not read yet: the host calls it before it looks at its ids, so
   * that a list attribute and a child set in one go (`questions` and `append`) meet.
   */
  sync(): void {
    if (this.observer?.takeRecords().length) this.update();
  }

  /** Handed down by the element around the host (`<mn-article>`), the entries are its, not the children's. */
  private fed = false;

  /** Takes the entries an element around the host read and sanitised, in place of its children. */
  feed(entries: readonly Entry[]): void {
    this.fed = true;
    this.take(entries);
  }

  /** Sets the entries: from the children, or from the prerenderer's parse of the page. */
  take(entries: readonly Entry[], force = false): void {
    const list = entries.map(({ tag, id, label, text }) => ({ tag, id, label, text }));
    const read = JSON.stringify(list);
    if (read === this.read && !force) return;
    this.read = read;
    this.list = list;
    this.version++;
    this.host.requestUpdate();
  }

  private update(): void {
    const { host, spec } = this;
    // Most elements never have a child: nothing to allocate for them (a page may hold a hundred).
    if (this.fed || (!host.firstElementChild && !this.list.length)) return void (this.said = undefined);
    const messages: string[] = [];
    const children = [...host.children];
    for (const child of children) {
      // Its own JSON-LD is the element's; a <slot> is sanitised as any child is (its fallback content shows).
      if (child.localName === 'script' && child.getAttribute('type') === 'application/ld+json') continue;
      const name = describe(asChild(child), spec);
      const removed = sanitise(child);
      if (removed.length) messages.push(removal(name, removed, !child.isConnected));
    }
    const entries = entriesOf(spec, [...host.children].map(asChild), (m) => messages.push(m));
    for (const message of messages) if (!this.said?.has(message)) warn(host, message);
    this.said = new Set(messages);
    // Slotted by id; any other child (an entry skipped, a <p slot="price">) is shown nowhere.
    for (const child of host.children) {
      if (skipped(child.localName, child.getAttribute('type'))) continue;
      const slot = entries.find((entry) => entry.child.el === child)?.id ?? kept(child.getAttribute('slot'), spec);
      if (slot === undefined) child.removeAttribute('slot');
      else if (child.getAttribute('slot') !== slot) child.setAttribute('slot', slot);
    }
    this.take(entries);
  }
}
