import { css } from 'lit';

export const styles = css`
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  [part='heading'] {
    margin-block-end: 0.5rem;
    font-size: 1.25em;
  }
  .question + .question {
    border-block-start: 1px solid var(--_border);
  }
  button {
    display: flex;
    align-items: center;
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
    justify-content: space-between;
    overflow-wrap: anywhere;
  }
  /* No padding here: a hidden="until-found" answer keeps its box, only its content is skipped. */
  .answer {
    overflow: hidden;
  }
  .answer p {
    padding: 0 0.25rem 0.75rem;
    overflow-wrap: anywhere;
  }
  @media print {
    .card {
      box-shadow: none;
    }
    .answer {
      display: block;
      content-visibility: visible;
    }
  }
  @media (forced-colors: active) {
    .card,
    .question + .question {
      border-color: CanvasText;
    }
  }
`;
