import { joinStringsAndValues, type MsgFn, type StrResult, type TemplateMap } from '@lit/localize';

/** The page's translations (undefined: English), and the ones msg() reads right now. */
let page: TemplateMap | undefined;
let templates: TemplateMap | undefined;

/** Switches the page's translations, which msg() reads outside any element; undefined means English. */
export function useTemplates(next: TemplateMap | undefined): void {
  page = templates = next;
}

/** The page's translations, as useTemplates() last set them. */
export const pageTemplates = (): TemplateMap | undefined => page;

/**
 * Runs `render` with msg() reading `next`, then goes back to the page's translations. An element
 * whose `lang` differs from the page's renders, and writes its JSON-LD, inside this.
 */
export function withTemplates<T>(next: TemplateMap | undefined, render: () => T): T {
  const before = templates;
  templates = next;
  try {
    return render();
  } finally {
    templates = before;
  }
}

/**
 * This library's msg(). lit-localize's extractor knows it by its type, exactly as it knows
 * @lit/localize's own, so `npm run localize:extract` and the XLIFF files work unchanged. Its
 * lookups read translations private to this library: @lit/localize's runtime is a page-wide
 * singleton that throws when configured twice, and a clinic page may configure it for its own
 * components (or load this library twice). Every message has an explicit id.
 */
export const msg = ((template: string | StrResult, options?: { id?: string }): string => {
  const translated = options?.id === undefined ? undefined : templates?.[options.id];
  if (typeof template === 'string') return typeof translated === 'string' ? translated : template;
  const order = translated && typeof translated !== 'string' ? (translated as StrResult) : undefined;
  return order
    ? joinStringsAndValues(order.strings, template.values, order.values as number[])
    : joinStringsAndValues(template.strings, template.values);
}) as MsgFn;
