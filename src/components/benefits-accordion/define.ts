import type { ToggleDetail } from '../../internal/disclosure.js';
import { define } from '../../internal/define.js';
import { MnBenefit } from './benefit.js';
import { MnBenefitsAccordion } from './benefits-accordion.js';

define('mn-benefits-accordion', MnBenefitsAccordion);
define('mn-benefit', MnBenefit);

export { MnBenefitsAccordion, MnBenefit };

declare global {
  interface HTMLElementTagNameMap {
    'mn-benefit': MnBenefit;
    'mn-benefits-accordion': MnBenefitsAccordion;
  }
  interface GlobalEventHandlersEventMap {
    'mn-toggle': CustomEvent<ToggleDetail>;
  }
}
