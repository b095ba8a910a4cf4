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
 * A schema.org MedicalProcedure: its names, what it is, and how it is performed, step by step
 * as shown (the article's steps and the clinic's), each as "Title: text".
 */
export const medicalProcedure = (
  name: string,
  alternateName: string,
  description: string,
  steps: readonly { title: string; body: string }[],
  followup?: string,
) => ({
  '@type': 'MedicalProcedure',
  name,
  alternateName,
  description,
  howPerformed: steps.map(({ title, body }) => `${title}: ${body}`).join(' '),
  ...(followup && { followup }),
});

/**
 * JSON that is safe inside a `<script>` element even once the page is serialised and parsed
 * again: `<`, `>` and `&` are escaped, so no string can close the element or open another.
 */
export const scriptJson = (data: unknown, ascii = false): string =>
  JSON.stringify(data).replace(
    ascii ? /[<>&\u2028\u2029]|[^\0-\x7f]/g : /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** The name of the library's Trusted Types policy, for a page's `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY = 'microneedling-elements';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScript: (input: string) => string },
  ): { createScript(input: string): unknown };
}
let policy: { createScript(input: string): unknown } | null | undefined;

/**
 * The JSON as a script element's text may take it: on a page with Trusted Types, through the
 * library's own policy (it only passes JSON that scriptJson() made inert). A page whose CSP does
 * not allow the policy gets one warning and no JSON-LD; nothing throws.
 */
function trusted(json: string): unknown {
  const types = (window as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!types) return json;
  if (policy === undefined) {
    try {
      policy = types.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (input) => input });
    } catch {
      policy = null;
      console.warn(
        `microneedling-elements: the Content-Security-Policy does not allow the Trusted Types policy "${TRUSTED_TYPES_POLICY}"; add it to trusted-types to get the structured data (JSON-LD).`,
      );
    }
  }
  return policy?.createScript(json);
}

/**
 * Keeps one `<script type="application/ld+json">` in the host's own light DOM (where search
 * engines read it, unlike the shadow root) with `data` as its text; `undefined` removes it.
 */
export function syncJsonLd(host: HTMLElement, data: unknown): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
  if (data === undefined) return void script?.remove();
  const json = scriptJson(data);
  if (script?.textContent === json) return;
  const text = trusted(json);
  if (text === undefined) return void script?.remove();
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    host.append(script);
  }
  script.textContent = text as string;
}

/** Each host's data, for the prerenderer, which writes the block into the page's HTML. */
const sources = new WeakMap<object, () => unknown>();

/** Whether a host writes structured data at all (with `structured-data` on). */
export const hasJsonLd = (host: object): boolean => sources.has(host);

/** The structured data a host would write now (undefined: none). */
export const jsonLdOf = (host: object): unknown => sources.get(host)?.();

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
    sources.set(host, data);
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
