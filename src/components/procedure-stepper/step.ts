import { HTMLElementBase } from '../../internal/define.js';

/**
 * One step of the clinic's own, inside `<mn-procedure-stepper>`: what it holds is the step's text,
 * in the page's light DOM as the clinic wrote it, shown in the stepper's panel while it is the
 * current step (and in the checklist on paper); anything that could run code is taken out.
 *
 * Its `id` is its id for `steps`, `goTo()` and `mn-step-change`; without one, it is made from the label ("numbing-cream").
 *
 * @tagname mn-step
 * @summary A step of the clinic's, with its text, inside `<mn-procedure-stepper>`.
 *
 * @slot - The step's text.
 */
export class MnStep extends HTMLElementBase {
  /**
   * The entry's id, for `steps`, `goTo()` and `mn-step-change`; without one, it is made from the label.
   * @attr id
   */
  declare id: string;

  /**
   * The step's title, on its button and above its text. An entry without one is skipped, with a warning.
   * @attr label
   */
  get label(): string {
    return this.getAttribute('label') ?? '';
  }

  set label(value: string) {
    this.setAttribute('label', value);
  }
}
