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
      `@container (min-width: ${(i + 1) * STEP_WIDTH}rem) { .horizontal[data-count='${i + 1}'] { flex-direction: row; gap: 0; --_stack: column; --_align: center; --_lines: calc(50% - 1.25rem) 2px, calc(50% - 1.25rem) 2px; } }`,
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
    gap: 0.25rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  ${rows}
  .step {
    flex: 1 1 0;
    min-inline-size: 0;
    /* The line to the previous and to the next step, in a row: two background gradients, not
       two more boxes per step. Accent where the steps it joins are done. */
    --_before: var(--_border);
    --_after: var(--_border);
    background: linear-gradient(var(--_before), var(--_before)), linear-gradient(var(--_after), var(--_after));
    background-repeat: no-repeat;
    background-position: 0 1.4rem, 100% 1.4rem;
    background-size: var(--_lines, 0 0, 0 0);
  }
  .step:dir(rtl) {
    background-image: linear-gradient(var(--_after), var(--_after)), linear-gradient(var(--_before), var(--_before));
  }
  .done {
    --_before: var(--_accent);
    --_after: var(--_accent);
  }
  .current {
    --_before: var(--_accent);
  }
  .step:first-child {
    --_before: transparent;
  }
  .step:last-child {
    --_after: transparent;
  }
  .step-button {
    display: flex;
    flex-direction: var(--_stack, row);
    align-items: center;
    gap: 0.5rem;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.4rem;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    text-align: var(--_align, start);
  }
  .marker {
    flex: none;
    display: grid;
    place-items: center;
    box-sizing: border-box;
    inline-size: 2rem;
    block-size: 2rem;
    border: 2px solid var(--_border);
    border-radius: 50%;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .label {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .done .marker {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .current .marker {
    border-color: var(--_accent);
    color: var(--_accent);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 25%, transparent);
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
    border: solid currentColor;
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
    font-size: 0.875em;
  }
  [part='title'] {
    margin-block: 0.25rem 0.5rem;
    font-size: 1.2em;
  }
  .body {
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-start: var(--_space);
  }
  .actions button {
    min-block-size: 2.75rem;
    min-inline-size: 6rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
  }
  .actions .next {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .actions [aria-disabled='true'] {
    border-color: var(--_border);
    background: transparent;
    color: var(--_muted);
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
      content: '☐ ';
    }
  }
  @media (forced-colors: active) {
    .marker,
    .panel {
      border-color: CanvasText;
    }
    .step {
      --_before: CanvasText;
      --_after: CanvasText;
    }
    .done,
    .current {
      --_before: Highlight;
    }
    .done {
      --_after: Highlight;
    }
    .done .marker {
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .actions button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .actions [aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
