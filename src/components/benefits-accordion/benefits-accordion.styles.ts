import { css } from 'lit';

export const styles = css`
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
    gap: 0.75em;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 3rem;
    padding: 0.75rem var(--_space);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    font-weight: 600;
    text-align: start;
    justify-content: space-between;
    overflow-wrap: anywhere;
  }
  /* No padding here: a hidden="until-found" panel keeps its box, only its content is skipped. */
  .panel {
    overflow: hidden;
  }
  .body {
    padding: 0 var(--_space) var(--_space);
    overflow-wrap: anywhere;
  }
  @media print {
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
  }
`;
