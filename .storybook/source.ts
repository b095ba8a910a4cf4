// "Show code" on a Docs page: the HTML a clinic pastes into its page. Storybook hands over the
// story's markup as one line (lit's comment markers removed); this writes it again one element a
// line, children indented, attribute values quoted so that no `&quot;` is needed, and without
// what the elements add to themselves (the JSON-LD block) or what the preview wraps around them.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
const INDENT = '  ';

const text = (value: string): string =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\u00a0/g, '&nbsp;');

function attribute({ name, value }: Attr): string {
  if (value === '') return name;
  if (!value.includes('"')) return `${name}="${value.replace(/&/g, '&amp;')}"`;
  if (!value.includes("'")) return `${name}='${value.replace(/&/g, '&amp;')}'`;
  return `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

/**
 * What the preview, a story's layout or an element adds, which is no part of the clinic's markup:
 * the wrappers are left out with their contents kept; a story's own labels and notes
 * (`data-story-note`) and the JSON-LD an element writes are left out altogether.
 */
const wrapper = (element: Element): boolean =>
  element.classList.contains('mn-story') ||
  element.classList.contains('mn-phone') ||
  element.hasAttribute('data-story-layout');
const dropped = (element: Element): boolean =>
  element.hasAttribute('data-story-note') ||
  (element.localName === 'script' && element.getAttribute('type') === 'application/ld+json');

function lines(node: Node, depth: number): string[] {
  const pad = INDENT.repeat(depth);
  if (node.nodeType === Node.TEXT_NODE) {
    const words = node.textContent!.replace(/\s+/g, ' ').trim();
    return words ? [pad + text(words)] : [];
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  if (dropped(element)) return [];
  if (wrapper(element)) return [...element.childNodes].flatMap((child) => lines(child, depth));
  const open = `<${[element.localName, ...[...element.attributes].map(attribute)].join(' ')}>`;
  if (VOID.has(element.localName)) return [pad + open];
  const close = `</${element.localName}>`;
  const inner = [...element.childNodes].flatMap((child) => lines(child, depth + 1));
  if (!inner.length) return [pad + open + close];
  // A short run of text stays on its element's line: `<p>From 150 € a session.</p>`.
  const onlyText = [...element.childNodes].every((child) => child.nodeType !== Node.ELEMENT_NODE);
  if (onlyText && inner.length === 1 && pad.length + open.length + inner[0].trim().length + close.length <= 100) {
    return [pad + open + inner[0].trim() + close];
  }
  return [pad + open, ...inner, pad + close];
}

/** `parameters.docs.source.transform`: the story's markup, one element a line. */
export function cleanSource(code: string): string {
  const template = document.createElement('template');
  template.innerHTML = code;
  return [...template.content.childNodes].flatMap((node) => lines(node, 0)).join('\n');
}
