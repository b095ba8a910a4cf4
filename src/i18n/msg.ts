import { joinStringsAndValues, type MsgFn, type StrResult, type TemplateMap } from '@lit/localize';

let templates: TemplateMap | undefined;

/** Switches the translations msg() reads; undefined means the source (English) text. */
export function useTemplates(next: TemplateMap | undefined): void {
  templates = next;
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
