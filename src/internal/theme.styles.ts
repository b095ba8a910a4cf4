import { css } from 'lit';

/**
 * The one theming surface every element shares. Public `--mn-*` properties are read here, once,
 * into private `--_*` ones with their defaults; element styles use only the private ones.
 *
 * Colour by role, from one brand colour (`--mn-accent`) and the page, in CSS alone: every colour
 * an element paints is derived here so that it meets WCAG 2.2 AA against what is behind it, for
 * any brand colour, on a light page and on a dark one. Font and text colour inherit the page's.
 *
 * How the page is read: `currentColor` is the page's text colour, and a page whose text is light
 * is a dark page. Relative colour syntax reads one colour's channels at a time, so the accent and
 * the page are mixed into one colour first (`--_both`): its lightness is 0.4 × the accent's on a
 * light page (below 0.4) and 0.6 more on a dark one (above 0.6), its a and b 0.4 × the accent's.
 * The `--_is-*` switches are 0 or 1, written as a clamp so steep that nothing lies between.
 */
export const theme = css`
  :host {
    --_accent: var(--mn-accent, #0b6e69);
    --_both: color-mix(in oklab, var(--_accent) 40%, oklab(from currentColor clamp(0, (l - 0.6) * 1000, 1) 0 0));
    --_is-dark-page: clamp(0, (l - 0.5) * 1000, 1);
    --_is-light-fill: clamp(0, (l - 0.575) * 1000, 1);
    /* The accent as text, icon, line or ring on the page: no lighter than L 0.48 on a light
       page, no darker than L 0.84 on a dark one (4.5:1 against white or #333 at the worst
       chroma, measured in both browsers), its hue and chroma kept. */
    --_ink: var(
      --mn-accent-ink,
      oklab(
        from var(--_both) calc(min(2.5 * l, 0.48) + var(--_is-dark-page) * (max(2.5 * l - 1.5, 0.84) - 0.48))
          calc(2.5 * a) calc(2.5 * b)
      )
    );
    /* The accent as a fill (Next, the booking link, completed steps): a dark accent takes white
       text and is kept at L 0.5 or darker, a light one black text at L 0.66 or lighter. */
    --_fill: var(
      --mn-accent-fill,
      oklch(from var(--_accent) calc(min(l, 0.5) + var(--_is-light-fill) * (max(l, 0.66) - 0.5)) c h)
    );
    --_on-fill: var(--mn-accent-text, oklch(from var(--_fill) calc(1 - var(--_is-light-fill)) 0 0));
    /* Hovered, the fill moves further from its text. */
    --_fill-hover: oklch(from var(--_fill) calc(l + (2 * var(--_is-light-fill) - 1) * 0.08) c h);
    --_ring: var(--mn-focus-ring, var(--_ink));
    --_hover: var(--mn-hover-surface, color-mix(in srgb, var(--_ink) 8%, transparent));
    --_active: color-mix(in srgb, var(--_ink) 16%, transparent);
    --_text: var(--mn-text);
    --_muted: var(--mn-muted-text, color-mix(in srgb, currentColor 78%, transparent));
    --_surface: var(--mn-surface, transparent);
    /* Decorative borders, and the lines that carry meaning (3:1: connectors, step markers). */
    --_border: var(--mn-border-color, color-mix(in srgb, currentColor 25%, transparent));
    --_line: var(--mn-line-color, color-mix(in srgb, currentColor 62%, transparent));
    --_radius: var(--mn-radius, 0.5rem);
    --_shadow: var(--mn-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
    --_font: var(--mn-font);
    --_heading-font: var(--mn-heading-font);
    /* One spacing scale and one type scale for every element. */
    --_space: var(--mn-space, 1rem);
    --_space-xs: calc(var(--_space) * 0.25);
    --_space-s: calc(var(--_space) * 0.5);
    --_space-m: calc(var(--_space) * 0.75);
    --_space-l: calc(var(--_space) * 2);
    --_control: 3rem;
    --_text-s: 0.875em;
    --_text-l: 1.25em;
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
  /* A section's heading: the article's, the FAQ card's and the stepper's step title alike. */
  [part='heading'],
  [part='title'] {
    font-family: var(--_heading-font);
    font-size: var(--_text-l);
    line-height: 1.25;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_ring);
    outline-offset: 2px;
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    color: var(--_ink);
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
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    .icon {
      color: ButtonText;
    }
  }
`;
