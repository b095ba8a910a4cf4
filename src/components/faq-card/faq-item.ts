import { HTMLElementBase } from '../../internal/define.js';

/**
 * One question of the clinic's own, inside `<mn-faq-card>`: what it holds is the answer, in the
 * page's light DOM as the clinic wrote it (paragraphs, lists, links, emphasis), shown in the
 * card's panel for it; anything that could run code is taken out, with a warning.
 *
 * Its `id` is its id for `questions`, `open`, the methods and `mn-toggle`; without one, it is made from the question ("how-much-does-a-session-cost").
 *
 * @tagname mn-faq-item
 * @summary A question of the clinic's, with its answer, inside `<mn-faq-card>`.
 *
 * @slot - The answer.
 */
export class MnFaqItem extends HTMLElementBase {
  /**
   * The entry's id, for `questions`, `open`, the methods and `mn-toggle`; without one, it is made from the question.
   * @attr id
   */
  declare id: string;

  /**
   * The question: the button's text and the FAQPage JSON-LD's `name`. An entry without one is skipped, with a warning.
   * @attr question
   */
  get question(): string {
    return this.getAttribute('question') ?? '';
  }

  set question(value: string) {
    this.setAttribute('question', value);
  }
}
