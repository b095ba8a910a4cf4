/**
 * Registers a custom element only when its tag is still free, so that a page which loads the
 * library twice (two script tags, or the script tag beside the npm build) keeps the first,
 * working definition instead of throwing.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
