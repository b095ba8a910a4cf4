import { css } from 'lit';

export const styles = css`
  [part='heading'] {
    margin-block-end: var(--_space-m);
  }
  .card {
    box-shadow: var(--_shadow);
  }
  @media print {
    .card {
      box-shadow: none;
    }
  }
`;
