/**
 * One step of the clinic's own, inside `<mn-procedure-stepper>`: what it holds is the step's text,
 * in the page's light DOM as the clinic wrote it, shown in the stepper's panel while it is the
 * current step (and in the checklist on paper); anything that could run code is taken out.
 *
 * @tagname mn-step
 * @summary A step of the clinic's, with its text, inside `<mn-procedure-stepper>`.
 *
 * @attr {string} label - The step's title, on its button and above its text. An entry without one is skipped, with a warning.
 * @attr {string} id - Its id for `steps`, `goTo()` and `mn-step-change`; without one, it is made from the label ("numbing-cream").
 *
 * @slot - The step's text.
 */
export class MnStep extends HTMLElement {}
