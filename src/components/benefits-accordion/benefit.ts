import { HTMLElementBase } from '../../internal/define.js';

/**
 * One point of the clinic's own, inside `<mn-benefits-accordion>`: what it holds is the point's
 * text, in the page's light DOM as the clinic wrote it, shown in the accordion's panel for it;
 * anything that could run code is taken out, with a warning.
 *
 * Its `id` is its id for `items`, `open`, the methods and `mn-toggle`; without one, it is made from the label.
 *
 * @tagname mn-benefit
 * @summary A point of the clinic's, with its text, inside `<mn-benefits-accordion>`.
 *
 * @slot - The point's text.
 */
export class MnBenefit extends HTMLElementBase {
  /**
   * The entry's id, for `items`, `open`, the methods and `mn-toggle`; without one, it is made from the label.
   * @attr id
   */
  declare id: string;

  /**
   * The point's title, on its header button. An entry without one is skipped, with a warning.
   * @attr label
   */
  get label(): string {
    return this.getAttribute('label') ?? '';
  }

  set label(value: string) {
    this.setAttribute('label', value);
  }
}
