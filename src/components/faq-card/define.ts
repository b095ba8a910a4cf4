import { define } from '../../internal/define.js';
import { MnFaqCard } from './faq-card.js';

define('mn-faq-card', MnFaqCard);

export { MnFaqCard };

declare global {
  interface HTMLElementTagNameMap {
    'mn-faq-card': MnFaqCard;
  }
}
