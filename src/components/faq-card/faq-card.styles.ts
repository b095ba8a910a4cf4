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
  @media print {
    .card {
      box-shadow: none;
    }
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
