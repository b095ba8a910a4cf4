import { define } from '../../internal/define.js';
import { MnStep } from './step.js';
import { MnProcedureStepper } from './procedure-stepper.js';
import type { StepChangeDetail } from './procedure-stepper.types.js';

define('mn-procedure-stepper', MnProcedureStepper);
define('mn-step', MnStep);

export { MnProcedureStepper, MnStep };

declare global {
  interface HTMLElementTagNameMap {
    'mn-step': MnStep;
    'mn-procedure-stepper': MnProcedureStepper;
  }
  interface GlobalEventHandlersEventMap {
    'mn-step-change': CustomEvent<StepChangeDetail>;
  }
}
