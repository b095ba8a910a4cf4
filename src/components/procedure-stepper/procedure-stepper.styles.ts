import { css, unsafeCSS } from 'lit';
import { STEP_IDS } from '../../content/steps.js';

/** Width a step needs side by side with the others. */
const STEP_WIDTH = 6.5;

/**
 * A horizontal stepper lies its steps in a row only while its container is wide enough for all
 * of them, so the rule is written once per step count (a container query cannot read a count).
 * Each rule only switches a few private properties; the layout itself is written once below.
 */
const rows = unsafeCSS(
  // The article's steps and up to five of the clinic's.
  Array.from(
    { length: STEP_IDS.length + 5 },
    (_, i) =>
      `@container (min-width: ${(i + 1) * STEP_WIDTH}rem) { .horizontal[data-count='${i + 1}'] { flex-direction: row; gap: 0; --_row: 1; --_stack: column; --_align: center; } }`,
  ).join('\n'),
);

export const styles = css`
  :host {
    container-type: inline-size;
  }
  /* Read by screen readers, not shown: "(completed)" and the live region. */
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A step not yet completed has nothing to add: no box at all, rather than hundreds of empty ones. */
  .vh:empty {
    display: none;
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
    /* 1 while the steps lie in a row (the container rules above), 0 while they stack. */
    --_row: 0;
    --_pad: var(--_space-xs);
  }
  ${rows}
  .step {
    position: relative;
    flex: 1 1 0;
    min-inline-size: 0;
  }
  /* The line from a step to the next, drawn once, as a border (which forced colours keep):
     across, between the markers' centres, while the steps lie in a row; down, from one marker
     to the next, while they stack. */
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_row) * (50% + 1.25rem) + (1 - var(--_row)) * (var(--_pad) + 1rem - 1px));
    inset-block-start: calc(var(--_row) * (var(--_pad) + 1rem - 1px) + (1 - var(--_row)) * (var(--_pad) + 2.25rem));
    inline-size: calc(var(--_row) * (100% - 2.5rem));
    block-size: calc((1 - var(--_row)) * (100% + var(--_space-xs) - 2.5rem));
    border: 0 solid var(--_line);
    border-block-start-width: calc(var(--_row) * 2px);
    border-inline-start-width: calc((1 - var(--_row)) * 2px);
    pointer-events: none;
  }
  .step.done::after {
    border-color: var(--_ink);
  }
  .step-button {
    display: flex;
    flex-direction: var(--_stack, row);
    align-items: var(--_align, flex-start);
    gap: var(--_space-s);
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_control);
    padding: var(--_pad);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    text-align: var(--_align, start);
  }
  .step-button:hover {
    background: var(--_hover);
  }
  .step-button:active {
    background: var(--_active);
  }
  .marker {
    flex: none;
    display: grid;
    place-items: center;
    box-sizing: border-box;
    inline-size: 2rem;
    block-size: 2rem;
    border: 2px solid var(--_line);
    border-radius: 50%;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .label {
    min-inline-size: 0;
    /* One line of text centred on the 2rem marker beside it. */
    padding-block: calc((2rem - 1.5em) / 2);
    overflow-wrap: anywhere;
  }
  /* Ringed in the accent's ink, which the page sets off; filled, with the check in the fill's text colour. */
  .done .marker {
    border-color: var(--_ink);
    background: var(--_fill);
  }
  .current .marker {
    border-color: var(--_ink);
    color: var(--_ink);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_ink) 25%, transparent);
  }
  .current .label {
    font-weight: 600;
  }
  /* The check mark of a completed step, drawn with two borders. */
  .done .marker::before {
    content: '';
    box-sizing: border-box;
    inline-size: 0.45rem;
    block-size: 0.8rem;
    margin-block-end: 0.15rem;
    border: solid var(--_on-fill);
    border-width: 0 0.17rem 0.17rem 0;
    transform: rotate(45deg);
  }
  .panel {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .progress {
    color: var(--_muted);
    font-size: var(--_text-s);
  }
  [part='title'] {
    margin-block: var(--_space-xs) var(--_space-s);
  }
  .body {
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-s);
    margin-block-start: var(--_space);
  }
  .actions button {
    min-block-size: var(--_control);
    min-inline-size: 6rem;
    padding: var(--_space-s) var(--_space);
    border: 2px solid var(--_ink);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_ink);
    font-weight: 600;
  }
  .actions .previous:not([aria-disabled='true']):hover {
    background: var(--_hover);
  }
  .actions .previous:not([aria-disabled='true']):active {
    background: var(--_active);
  }
  .actions .next {
    border-color: var(--_fill);
    background: var(--_fill);
    color: var(--_on-fill);
  }
  .actions .next:not([aria-disabled='true']):hover,
  .actions .next:not([aria-disabled='true']):active {
    background: var(--_fill-hover);
  }
  .actions .next:not([aria-disabled='true']):active {
    box-shadow: inset 0 2px 0 rgb(0 0 0 / 0.25);
  }
  /* The filled button is ringed inside, in its text colour: 4.5:1 on its own fill, whatever the page. */
  .actions .next:not([aria-disabled='true']):focus-visible {
    outline: 2px solid var(--_on-fill);
    outline-offset: -5px;
  }
  /* At either end: dashed, faded, no fill and no hover, so it reads as unavailable. */
  .actions [aria-disabled='true'] {
    border-style: dashed;
    border-color: var(--_border);
    background: transparent;
    color: color-mix(in srgb, currentColor 55%, transparent);
    cursor: not-allowed;
  }
  /* Every step, in order: on paper (as a checklist) and for readers without JavaScript. */
  .print {
    display: none;
  }
  /* A clinic's step: its own markup, in the page's light DOM. */
  ::slotted(*) {
    display: block;
  }
  @media print, (scripting: none) {
    .list,
    .panel {
      display: none;
    }
    .print {
      display: block;
      padding-inline-start: 1.5rem;
    }
    .print li + li {
      margin-block-start: 0.5rem;
    }
    .print li::marker {
      font-weight: 600;
    }
  }
  @media print {
    .print h2,
    .print h3,
    .print h4,
    .print h5,
    .print h6 {
      display: inline;
    }
    .print h2::before,
    .print h3::before,
    .print h4::before,
    .print h5::before,
    .print h6::before {
      /* ☐, escaped: the stylesheet stays ASCII in a page of any encoding. */
      content: '\\2610  ';
    }
  }
  @media (forced-colors: active) {
    .marker,
    .panel,
    .step::after {
      border-color: CanvasText;
    }
    /* Done: a filled marker and a line in Highlight. Current: a Highlight ring outside the
       marker too, so it differs by more than the weight of its label. */
    .step.done::after,
    .current .marker {
      border-color: Highlight;
    }
    .current .marker {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
    .done .marker {
      background: Highlight;
      border-color: Highlight;
    }
    .done .marker::before {
      border-color: HighlightText;
    }
    .step-button:hover,
    .actions .previous:not([aria-disabled='true']):hover {
      background: Canvas;
      color: Highlight;
    }
    .actions button,
    .actions .next {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .actions .next:not([aria-disabled='true']):focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    .actions [aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
