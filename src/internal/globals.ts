/**
 * Lit's globals, made safe before Lit reads them. An element of the page with `id` (or an
 * image with `name`) "reactiveElementVersions", say, is what `window.reactiveElementVersions`
 * gives while no script has set it (DOM clobbering), and Lit would throw on it when it loads: the
 * library would not load at all. Where a global is not what Lit puts there, an own property of
 * `window` set here takes its place; what another copy of Lit set is kept. Imported first by
 * every entry point (through define.ts), so it runs before Lit does.
 */
const scope = globalThis as unknown as Record<string, unknown>;
for (const name of ['reactiveElementVersions', 'litHtmlVersions', 'litElementVersions']) {
  if (scope[name] && !Array.isArray(scope[name])) scope[name] = [];
}
for (const name of ['litElementHydrateSupport', 'litHtmlPolyfillSupport', 'reactiveElementPolyfillSupport']) {
  if (scope[name] && typeof scope[name] !== 'function') scope[name] = undefined;
}
if (scope.litPropertyMetadata && !(scope.litPropertyMetadata instanceof WeakMap)) scope.litPropertyMetadata = undefined;
// Where the browser has no Trusted Types, an element named so would be taken for them.
if (scope.trustedTypes && typeof (scope.trustedTypes as { createPolicy?: unknown }).createPolicy !== 'function') {
  scope.trustedTypes = undefined;
}

// The document's methods cannot be given back the same way (a name on the page wins over them),
// and Lit calls one as it loads (document.createTreeWalker): a clinic's entry already in the page
// (the script at the end of <body>) that names an image or a form after one of them loses that
// name here, before Lit loads, as the entries' sanitiser would take it out.
if (typeof document === 'object' && document.querySelectorAll) {
  for (const named of document.querySelectorAll(':is(mn-faq-item,mn-step,mn-benefit) [name]')) {
    const name = named.getAttribute('name')!;
    if (!(name in Document.prototype)) continue;
    named.removeAttribute('name');
    console.warn(
      `<${named.closest('mn-faq-item,mn-step,mn-benefit')!.localName}>: removed name="${name}" from an entry before the library loaded: it stood in for document.${name}.`,
    );
  }
}
