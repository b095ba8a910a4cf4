import { css } from 'lit';

export const styles = css`
  .list {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  button {
    min-block-size: 3rem;
    padding: 0.75rem var(--_space);
  }
  .body {
    padding: 0 var(--_space) var(--_space);
  }
  @media (forced-colors: active) {
    .list {
      border-color: CanvasText;
    }
  }
`;
