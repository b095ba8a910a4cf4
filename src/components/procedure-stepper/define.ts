import { define } from '../../internal/define.js';
import { MnProcedureStepper } from './procedure-stepper.js';
import type { StepChangeDetail } from './procedure-stepper.types.js';

define('mn-procedure-stepper', MnProcedureStepper);

export { MnProcedureStepper };

declare global {
  interface HTMLElementTagNameMap {
    'mn-procedure-stepper': MnProcedureStepper;
  }
  interface GlobalEventHandlersEventMap {
    'mn-step-change': CustomEvent<StepChangeDetail>;
  }
}
