import { css } from 'lit';

export const styles = css`
  /* Slots take no room while the clinic leaves them empty. */
  article > :not(slot) ~ :not(slot) {
    margin-block-start: calc(var(--_space) * 2);
  }
  ::slotted([slot='intro']) {
    display: block;
    margin-block-end: calc(var(--_space) * 2);
  }
  ::slotted([slot='closing']) {
    display: block;
    margin-block-start: calc(var(--_space) * 2);
  }
  [part='heading'] {
    margin-block-end: calc(var(--_space) * 0.75);
    font-size: 1.35em;
    line-height: 1.25;
  }
  [part='byline'] {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part='intro'] {
    overflow-wrap: anywhere;
  }
  .cta {
    margin-block-start: var(--_space);
  }
  [part='booking'] {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: none;
  }
  [part='booking']:hover {
    text-decoration: underline;
  }
  @media print {
    .cta {
      display: none;
    }
  }
  @media (forced-colors: active) {
    [part='booking'] {
      border: 2px solid LinkText;
      background: Canvas;
      color: LinkText;
    }
  }
`;
