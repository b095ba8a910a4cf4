/**
 * The React wrappers' server half. `microneedling-elements/react` imports it as
 * `#server-render`, which package.json maps here where the `node` condition holds (a framework's
 * server bundle, Node) and to ./react.browser.js in a browser's bundle, so that no byte of the
 * server renderer reaches a page. A wrapper without children renders, on the server, its
 * element's declarative shadow root and JSON-LD into the HTML, from the same attributes the
 * browser's element then reads, so that the element takes that DOM over in place.
 */
import { defaultConverter, type PropertyDeclaration, type ReactiveElement } from 'lit';
import { renderHost, type RenderedHost } from './index.js';

/** The host's props for React.createElement. */
export type HostProps = Record<string, unknown>;

/** A property's attribute and its value there, as the element would write it (null: none). */
function asAttribute(name: string, value: unknown, options: PropertyDeclaration): [string, string | null] | undefined {
  if (options.attribute === false) return undefined;
  const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
  const converter = typeof options.converter === 'object' ? options.converter : undefined;
  const written = (converter?.toAttribute ?? defaultConverter.toAttribute!)(value, options.type);
  return [attribute, written == null ? null : String(written)];
}

/**
 * The host's props on a server: every prop React would write as an attribute, each element
 * property as its attribute (`bookingUrl` → `booking-url`), event props left out; inside, what
 * the element renders. A promise of the same while the element's language loads.
 */
export function serverRender(
  tag: string,
  elementClass: typeof ReactiveElement,
  props: Readonly<Record<string, unknown>>,
  events: ReadonlySet<string>,
): HostProps | Promise<HostProps> {
  void elementClass.observedAttributes; // which finalizes the class: its properties are then known
  const properties = elementClass.elementProperties;
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(props)) {
    if (events.has(name) || value == null || typeof value === 'function') continue;
    const property = properties.get(name);
    if (property) {
      const [attribute, written] = asAttribute(name, value, property) ?? [];
      if (attribute && written !== null && written !== undefined) attributes[attribute] = written;
    } else if (typeof value === 'string' || typeof value === 'number' || value === true) {
      attributes[name === 'className' ? 'class' : name] = value === true ? '' : String(value);
    }
  }
  const host = ({ attributes, html }: RenderedHost): HostProps => ({
    ...attributes,
    style: props.style,
    // React leaves what is inside alone: the shadow root, which the element takes over, and the JSON-LD.
    suppressHydrationWarning: true,
    dangerouslySetInnerHTML: { __html: html },
  });
  const rendered = renderHost(tag, attributes);
  return rendered instanceof Promise ? rendered.then(host) : host(rendered);
}
