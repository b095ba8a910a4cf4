// First, before any module imports Lit: a page's elements cannot stand in for Lit's globals.
import './globals.js';

/**
 * Registers a custom element only when its tag is still free, so that a page which loads the
 * library twice (two script tags, or the script tag beside the npm build) keeps the first,
 * working definition instead of throwing. Where there is no registry at all (a server bundle
 * with no DOM shim), nothing is defined and nothing throws.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (registry && !registry.get(tag)) registry.define(tag, ctor);
}

/**
 * The base of the clinic's entries (`<mn-step>` and the others): HTMLElement, or, where a module
 * is imported with no DOM (Node, a framework's server bundle), an empty class, so that importing
 * the library there never throws. Lit's own classes do the same on a server.
 */
export const HTMLElementBase: typeof HTMLElement =
  globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);
