import { css } from 'lit';

/** What the accordion and the FAQ card share: items, their header buttons and panels. */
export const disclosureStyles = css`
  .item + .item {
    border-block-start: 1px solid var(--_border);
  }
  button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.6rem 0.25rem;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    font-weight: 600;
    text-align: start;
    overflow-wrap: anywhere;
  }
  /* No padding here: a hidden="until-found" panel keeps its box, only its content is skipped. */
  .panel {
    overflow: hidden;
  }
  .body {
    padding: 0 0.25rem 0.75rem;
    overflow-wrap: anywhere;
  }
  /* A clinic's entry: its own markup, in the page's light DOM, in the panel's typography. */
  ::slotted(*) {
    display: block;
  }
  /* On paper and without JavaScript (a prerendered page), every panel is open. */
  @media print, (scripting: none) {
    .panel {
      display: block;
      content-visibility: visible;
    }
  }
  @media (forced-colors: active) {
    .item + .item {
      border-color: CanvasText;
    }
  }
`;
