// Helpers the stories files share (not a stories file itself: Storybook loads only *.stories.ts).
import type { Decorator } from '@storybook/web-components-vite';
import type { ReactiveElement } from 'lit';
import { expect, waitFor } from 'storybook/test';

/** The smallest phone the elements support (320 × 568 CSS px), as the viewport toolbar names it. */
export const SMALL_PHONE = { viewport: { value: 'mobile1', isRotated: false } };

/** Every library element in `root`, including those inside the elements' shadow roots. */
function elementsIn(root: ParentNode): ReactiveElement[] {
  const found: ReactiveElement[] = [];
  for (const element of root.querySelectorAll<ReactiveElement>('*')) {
    if (!element.localName.startsWith('mn-')) continue;
    found.push(element);
    if (element.shadowRoot) found.push(...elementsIn(element.shadowRoot));
  }
  return found;
}

/**
 * Resolves once every library element in the story, and every element those render in turn
 * (`<mn-article>` renders the other four), has finished rendering.
 */
export async function rendered(root: ParentNode): Promise<void> {
  let waited = new Set<ReactiveElement>();
  for (;;) {
    const pending = elementsIn(root).filter((element) => !waited.has(element));
    if (!pending.length) return;
    await Promise.all(pending.map((element) => element.updateComplete));
    waited = new Set([...waited, ...pending]);
  }
}

/**
 * The story's element with that tag, once it and everything inside it have rendered. Fails,
 * rather than passing quietly, when the story has no such element or it rendered nothing.
 */
export async function theElement<T extends ReactiveElement = ReactiveElement>(
  canvasElement: HTMLElement,
  tag: string,
): Promise<T> {
  const element = canvasElement.querySelector<T>(tag);
  await expect(element, `the story has no <${tag}>`).not.toBeNull();
  await rendered(canvasElement);
  await expect(element!.shadowRoot?.childElementCount ?? 0, `<${tag}> rendered nothing`).toBeGreaterThan(0);
  return element!;
}

/** How an element is named in a failure message: `mn-faq-card > h3`, `span.label`. */
const describe = (element: Element): string => {
  const host = (element.getRootNode() as ShadowRoot).host;
  const name = `${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
  return host ? `${host.localName} > ${name}` : name;
};

/** The innermost elements, shadow roots included, that reach past the page's left or right edge. */
function overflowing(root: ParentNode, width: number): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width && (box.right > width + 0.5 || box.left < -0.5)) {
      const text = element.textContent?.trim().slice(0, 40) ?? '';
      found.push(`${describe(element)} (${Math.round(box.left)}–${Math.round(box.right)} px) "${text}"`);
    }
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const text = range.getBoundingClientRect();
      if (text.width && (text.right > width + 0.5 || text.left < -0.5)) {
        found.push(
          `text in ${describe(element)} (${Math.round(text.left)}–${Math.round(text.right)} px) "${node.textContent.trim().slice(0, 40)}"`,
        );
      }
    }
    if (element.shadowRoot) found.push(...overflowing(element.shadowRoot, width));
  }
  return found;
}

const page = (canvasElement: HTMLElement) => canvasElement.ownerDocument.documentElement;

/**
 * Resolves once the canvas is a small phone's width. The viewport toolbar resizes the canvas after
 * the story has started, so a play that measured at once would measure the desktop's width.
 */
export async function onSmallPhone(canvasElement: HTMLElement): Promise<void> {
  await waitFor(() => expect(page(canvasElement).clientWidth).toBeLessThanOrEqual(320), { timeout: 5000 });
}

/**
 * A small-phone story's play: once everything has rendered, nothing scrolls sideways. A failure
 * names the elements that stick out.
 */
export async function fitsTheScreen({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await rendered(canvasElement);
  // A story whose element went missing must not pass for fitting the screen.
  const shown = elementsIn(canvasElement).filter((element) => element.shadowRoot?.childElementCount);
  await expect(shown.length, 'no rendered library element in the story').toBeGreaterThan(0);
  await onSmallPhone(canvasElement);
  const { scrollWidth, clientWidth } = page(canvasElement);
  const wide = scrollWidth > clientWidth ? overflowing(canvasElement.ownerDocument, clientWidth).slice(-8) : [];
  await expect(scrollWidth, `Wider than the screen:\n${wide.join('\n')}`).toBeLessThanOrEqual(clientWidth);
}

/** The `<script type="application/ld+json">` an element keeps in its own light DOM. */
export const jsonLdOf = (element: Element | null | undefined): HTMLScriptElement | null =>
  element?.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]') ?? null;

/**
 * Shows, beside the story's element, the JSON-LD it keeps in its light DOM (what search engines
 * read), indented for reading and kept in step as the element, its args or the locale change.
 * Only ever inserted as text.
 */
export const withJsonLd: Decorator = (story) => {
  const element = story() as unknown as HTMLElement;
  const figure = document.createElement('figure');
  figure.className = 'json-ld';
  figure.style.cssText = 'margin: 0; min-inline-size: 0;';
  const caption = document.createElement('figcaption');
  caption.lang = 'en';
  caption.dir = 'ltr';
  caption.style.cssText = 'font: 600 0.875rem system-ui, sans-serif; margin-block-end: 0.5rem;';
  caption.textContent = 'JSON-LD kept in the element’s light DOM';
  const pre = document.createElement('pre');
  pre.dir = 'ltr';
  pre.style.cssText =
    'margin: 0; padding: 1rem; border-radius: 0.5rem; background: #f3f4f6; color: #1f2937; font-size: 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere;';
  figure.append(caption, pre);

  const show = (): void => {
    const json = jsonLdOf(element)?.textContent;
    pre.textContent = json ? JSON.stringify(JSON.parse(json), null, 2) : '(none)';
  };
  show();
  new MutationObserver(show).observe(element, { childList: true, subtree: true, characterData: true });

  const layout = document.createElement('div');
  layout.style.cssText =
    'display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); gap: 1.5rem; align-items: start;';
  layout.append(element, figure);
  return layout;
};

/** One labelled copy in an "All states" story: what it shows, and the element showing it. */
export interface State {
  label: string;
  element: HTMLElement;
}

/**
 * An "All states" story's page: a grid of labelled copies of one element, then notes on the
 * states a story cannot show. The labels and notes are the story's own words, in English, left to
 * right; the elements follow the toolbar's language.
 */
export function statesGrid(states: State[], notes: string[]): HTMLElement {
  // "Show code" leaves the layout, labels and notes out: what a clinic pastes is the elements.
  const page = document.createElement('div');
  page.dataset.storyLayout = '';
  const grid = document.createElement('div');
  grid.dataset.storyLayout = '';
  grid.style.cssText =
    'display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 2rem 1.5rem; align-items: start;';
  for (const { label, element } of states) {
    const figure = document.createElement('figure');
    figure.dataset.storyLayout = '';
    figure.style.cssText = 'margin: 0; min-inline-size: 0;';
    const caption = document.createElement('figcaption');
    caption.dataset.storyNote = '';
    caption.lang = 'en';
    caption.dir = 'ltr';
    caption.style.cssText = 'font-size: 0.875rem; font-weight: 600; margin-block-end: 0.5rem;';
    caption.textContent = label;
    figure.append(caption, element);
    grid.append(figure);
  }
  const list = document.createElement('ul');
  list.dataset.storyNote = '';
  list.lang = 'en';
  list.dir = 'ltr';
  list.style.cssText = 'font-size: 0.875rem; margin-block: 2rem 0; padding-inline-start: 1.25rem;';
  for (const note of notes) list.append(Object.assign(document.createElement('li'), { textContent: note }));
  page.append(grid, list);
  return page;
}

/** An element of `tag` with these attributes, as a clinic writes it. */
export function element(tag: string, attributes: Record<string, string | true> = {}): HTMLElement {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value === true ? '' : value);
  return created;
}

/**
 * Gives `target` keyboard focus, drawn as a keyboard user sees it (`:focus-visible`), and checks
 * that the browser drew it so.
 */
export async function focusVisibly(target: HTMLElement): Promise<void> {
  target.focus({ focusVisible: true, preventScroll: true } as FocusOptions);
  await expect(target.matches(':focus-visible'), 'the focus is drawn as for a keyboard user').toBe(true);
}

/** Notes every "All states" story shares: what a story cannot force, and where it is checked. */
export const STATE_NOTES = {
  hover:
    'Hover is not shown: a story cannot force :hover on the parts inside an element. Point at a button in the canvas to see it.',
  reducedMotion: 'With “reduce motion” set in the system, panels open and close, and chevrons turn, without animation.',
  forcedColors:
    'Forced colours (Windows high-contrast themes) are compared as pictures by the screenshot tests of every story.',
};
