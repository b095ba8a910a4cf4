import { define } from '../../internal/define.js';
import { MnFaqItem } from './faq-item.js';
import { MnFaqCard } from './faq-card.js';

define('mn-faq-card', MnFaqCard);
define('mn-faq-item', MnFaqItem);

export { MnFaqCard, MnFaqItem };

declare global {
  interface HTMLElementTagNameMap {
    'mn-faq-item': MnFaqItem;
    'mn-faq-card': MnFaqCard;
  }
}
