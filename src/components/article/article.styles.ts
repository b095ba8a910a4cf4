import { css } from 'lit';

export const styles = css`
  /* Slots take no room while the clinic leaves them empty. */
  article > :not(slot) ~ :not(slot) {
    margin-block-start: var(--_space-l);
  }
  ::slotted([slot='intro']) {
    display: block;
    margin-block-end: var(--_space-l);
  }
  ::slotted([slot='closing']) {
    display: block;
    margin-block-start: var(--_space-l);
  }
  [part='heading'] {
    margin-block-end: var(--_space-m);
  }
  [part='byline'] {
    color: var(--_muted);
    font-size: var(--_text-s);
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
    box-sizing: border-box;
    min-block-size: var(--_control);
    padding: var(--_space-s) var(--_space);
    border-radius: var(--_radius);
    background: var(--_fill);
    color: var(--_on-fill);
    font-weight: 600;
    text-decoration: none;
  }
  [part='booking']:hover,
  [part='booking']:active {
    background: var(--_fill-hover);
    text-decoration: underline;
  }
  [part='booking']:active {
    box-shadow: inset 0 2px 0 rgb(0 0 0 / 0.25);
  }
  /* Ringed inside, in its text colour: 4.5:1 on its own fill, whatever the page. */
  [part='booking']:focus-visible {
    outline: 2px solid var(--_on-fill);
    outline-offset: -5px;
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
    [part='booking']:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
  }
`;
