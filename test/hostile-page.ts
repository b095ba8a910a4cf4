/**
 * The hostile pages of test/pages/ (hostile.html, hostile-corpus.html, hostile-unclosed.html),
 * opened in frames by URL, so that the test server's headers and placements apply (`?csp=`,
 * `?library=head|end`; /plain/ as written, /prerendered-source/ as the source's prerenderer
 * writes it). Each handler in them would push its name to `ran`.
 */

/** What the page's record.js and its own script after the card leave on its window. */
export interface HostilePage extends Window {
  ran: string[];
  errors: string[];
  violations: string[];
  pageScriptRan?: boolean;
}

const frames: HTMLIFrameElement[] = [];

/** Opens `url` in a frame and resolves once it has loaded: every image, object and frame in it done. */
export async function openPage(url: string): Promise<HostilePage> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as unknown as HostilePage;
}

/** Removes the frames opened. */
export const closePages = (): void => frames.splice(0).forEach((frame) => frame.remove());

/** The page's card, once defined and rendered. */
export async function cardOf(page: HostilePage): Promise<HTMLElement> {
  await page.customElements.whenDefined('mn-faq-card');
  const card = page.document.querySelector('mn-faq-card') as HTMLElement & { updateComplete: Promise<boolean> };
  await card.updateComplete;
  return card;
}

/** An element as the tests name it: its tag, and its id or its script's file. */
export const named = (el: Element): string =>
  `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('src') ? ` ${el.getAttribute('src')}` : ''}`;

/** The children of a hostile page's <body> as written, with the library's script after them if `library` is 'end'. */
export const bodyAsWritten = (library: string): string[] => [
  'p#before',
  'mn-faq-card',
  'p#after',
  'script hostile-page.js',
  ...(library === 'end' ? ['script /source-script.js'] : []),
];
