import { css } from 'lit';

/**
 * The one theming surface every element shares. Public `--mn-*` properties are read here, once,
 * into private `--_*` ones with their defaults; element styles use only the private ones.
 * Colour and font are left unset by default so they inherit the host page's.
 */
export const theme = css`
  :host {
    --_accent: var(--mn-accent, #0b6e69);
    --_accent-text: var(--mn-accent-text, #fff);
    --_text: var(--mn-text);
    --_muted: var(--mn-muted-text, color-mix(in srgb, currentColor 78%, transparent));
    --_surface: var(--mn-surface, transparent);
    --_border: var(--mn-border-color, color-mix(in srgb, currentColor 25%, transparent));
    --_radius: var(--mn-radius, 0.5rem);
    --_space: var(--mn-space, 1rem);
    --_shadow: var(--mn-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
    --_font: var(--mn-font);
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  /* Korean breaks between words, as it is written; Chinese and Japanese between characters,
     by the stricter rules for punctuation. No text is ever set in italics, which CJK fonts lack. */
  :lang(ko) {
    word-break: keep-all;
  }
  :lang(ja),
  :lang(zh) {
    line-break: strict;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p {
    margin: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: inherit;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    color: var(--_accent);
  }
  /* The disclosure chevron, drawn with two borders in currentColor: one element, no SVG. */
  .chevron {
    box-sizing: border-box;
    inline-size: 0.6em;
    block-size: 0.6em;
    margin-inline: 0.4em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: translateY(-25%) rotate(45deg);
    transition: transform 0.2s ease-in-out;
  }
  [aria-expanded='true'] .chevron {
    transform: translateY(25%) rotate(225deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media print, (scripting: none) {
    .chevron {
      display: none;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .icon {
      color: ButtonText;
    }
  }
`;
