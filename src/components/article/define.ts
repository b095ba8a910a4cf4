import '../benefits-accordion/define.js';
import '../disclaimer/define.js';
import '../faq-card/define.js';
import '../procedure-stepper/define.js';
import { define } from '../../internal/define.js';
import { MnArticle } from './article.js';
import type { BookDetail } from './article.types.js';

define('mn-article', MnArticle);

export { MnArticle };

declare global {
  interface HTMLElementTagNameMap {
    'mn-article': MnArticle;
  }
  interface GlobalEventHandlersEventMap {
    'mn-book': CustomEvent<BookDetail>;
  }
}
