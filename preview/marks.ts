import { END, INDEX_BASE, START_ENGLISH } from './translation.js';
import { SOURCES } from './sources.js';

const ids = [...SOURCES.keys()];
const MARKER = /[\uE000\uE001][\uE100-\uE7FF]|\uE002/g;
const hasMarker = (text: string | null) => !!text && /[\uE000-\uE002]/.test(text);

/** The attribute that names the units whose text an element holds, and the one for its attributes' text. */
export const UNIT = 'data-mn-unit';
export const ATTRIBUTE_UNIT = 'data-mn-attribute-unit';
/** Set where the preview made an element's text English (lang="en"), so that it can undo it. */
const STAND_IN = 'data-mn-english';

/** The units a marked text holds, outermost first, whether the outermost is English, and the text without markers. */
function read(text: string): { units: string[]; english: boolean; clean: string } {
  const units: string[] = [];
  let english = false;
  for (const [marker] of text.matchAll(MARKER)) {
    if (marker === END) continue;
    if (!units.length) english = marker[0] === START_ENGLISH;
    const id = ids[marker.charCodeAt(1) - INDEX_BASE];
    if (id && !units.includes(id)) units.push(id);
  }
  return { units, english, clean: text.replace(MARKER, '') };
}

/**
 * Strips the markers from every text and attribute under `root`, shadow roots included, and
 * tags what held them: the element around a text gets `data-mn-unit` (and lang="en", with
 * dir="ltr" in a right-to-left page, where English stands in for a translation); an element
 * with a marked attribute (an accessible name) gets `data-mn-attribute-unit`. Calls `onRoot`
 * for every shadow root met, so that the caller can watch it.
 */
export function mark(root: Node, rtl: boolean, onRoot: (root: ShadowRoot) => void): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      markText(node as Text, rtl);
      continue;
    }
    if (!(node instanceof Element)) continue; // the shadow root itself
    const element = node;
    const named: string[] = [];
    for (const attribute of [...element.attributes]) {
      if (!hasMarker(attribute.value)) continue;
      const { units, clean } = read(attribute.value);
      named.push(...units);
      element.setAttribute(attribute.name, clean);
    }
    if (named.length) element.setAttribute(ATTRIBUTE_UNIT, named.join(' '));
    if (element.shadowRoot) {
      onRoot(element.shadowRoot);
      mark(element.shadowRoot, rtl, onRoot);
    }
  }
}

function markText(text: Text, rtl: boolean): void {
  if (!hasMarker(text.data)) return;
  const { units, english, clean } = read(text.data);
  text.data = clean;
  const holder = text.parentElement;
  // A JSON-LD block's text says its language as a whole; only its markers go.
  if (!holder || holder.localName === 'script') return;
  holder.setAttribute(UNIT, units.join(' '));
  if (english) {
    holder.setAttribute('lang', 'en');
    if (rtl) holder.setAttribute('dir', 'ltr');
    holder.setAttribute(STAND_IN, '');
  } else unmark(holder, false);
}

/**
 * After a text without markers replaced a marked one (a step marked done no longer, say): its
 * element holds no unit any more, and loses what the preview set on it.
 */
export function unmark(holder: Element, unit = true): void {
  if (unit) holder.removeAttribute(UNIT);
  if (!holder.hasAttribute(STAND_IN)) return;
  holder.removeAttribute('lang');
  holder.removeAttribute('dir');
  holder.removeAttribute(STAND_IN);
}

/** Whether a text still carries markers (for the watcher: a text the page wrote afresh). */
export { hasMarker };
