import type { ToggleDetail } from '../../internal/disclosure.js';
import { define } from '../../internal/define.js';
import { MnBenefitsAccordion } from './benefits-accordion.js';

define('mn-benefits-accordion', MnBenefitsAccordion);

export { MnBenefitsAccordion };

declare global {
  interface HTMLElementTagNameMap {
    'mn-benefits-accordion': MnBenefitsAccordion;
  }
  interface GlobalEventHandlersEventMap {
    'mn-toggle': CustomEvent<ToggleDetail>;
  }
}
