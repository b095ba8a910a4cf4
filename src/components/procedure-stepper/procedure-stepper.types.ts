/** Layouts of `<mn-procedure-stepper>`. */
export const ORIENTATIONS = ['horizontal', 'vertical'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** `detail` of the `mn-step-change` event. */
export interface StepChangeDetail {
  /** The 0-based index of the step now shown. */
  index: number;
  /** Its id. */
  id: string;
  /** The index shown before. */
  previousIndex: number;
}
