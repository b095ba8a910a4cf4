import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answer } from '../content/faq.js';

/** A schema.org FAQPage for the questions shown, in order, in the active locale. */
export const faqPage = (answers: readonly Answer[], inLanguage: string) => ({
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  inLanguage,
  mainEntity: answers.map(({ question, answer }) => ({
    '@type': 'Question',
    name: question,
    acceptedAnswer: { '@type': 'Answer', text: answer },
  })),
});

/**
 * JSON that is safe inside a `<script>` element even once the page is serialised and parsed
 * again: `<`, `>` and `&` are escaped, so no string can close the element or open another.
 */
export const scriptJson = (data: unknown): string =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Keeps one `<script type="application/ld+json">` in the host's own light DOM (where search
 * engines read it, unlike the shadow root) with `data` as its text; `undefined` removes it.
 */
export function syncJsonLd(host: HTMLElement, data: unknown): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
  if (data === undefined) return void script?.remove();
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    host.append(script);
  }
  const json = scriptJson(data);
  if (script.textContent !== json) script.textContent = json;
}

/**
 * Keeps a host's JSON-LD block in step with it: written after every update from `data()`
 * (undefined removes it), removed when the host leaves the page, put back when it returns.
 */
export class JsonLdController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly data: () => unknown,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    syncJsonLd(this.host, undefined);
  }

  hostUpdated(): void {
    syncJsonLd(this.host, this.data());
  }
}
