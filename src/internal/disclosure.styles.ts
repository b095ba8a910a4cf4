import { css } from 'lit';

/** What the accordion and the FAQ card share: a bordered list of items, their header buttons and panels. */
export const disclosureStyles = css`
  .list {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item + .item {
    border-block-start: 1px solid var(--_border);
  }
  button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-m);
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_control);
    padding: var(--_space-m) var(--_space);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    font-weight: 600;
    text-align: start;
    overflow-wrap: anywhere;
  }
  button:hover {
    background: var(--_hover);
  }
  button:active {
    background: var(--_active);
  }
  /* No padding here: a hidden="until-found" panel keeps its box, only its content is skipped. */
  .panel {
    overflow: hidden;
  }
  .body {
    padding: 0 var(--_space) var(--_space);
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
    .list,
    .item + .item {
      border-color: CanvasText;
    }
    button:hover {
      background: Canvas;
      color: Highlight;
    }
  }
`;
