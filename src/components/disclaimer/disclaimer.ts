import { css, html, svg } from 'lit';
import { disclaimer } from '../../content/article.js';
import { MnElement } from '../../internal/mn-element.js';
import { theme } from '../../internal/theme.styles.js';

const info = svg`<svg class="icon" part="icon" viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M10 9v5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><circle cx="10" cy="6" r="1.2" fill="currentColor"/></svg>`;

/**
 * The article's closing caution: individual experiences and results vary, and a qualified
 * professional should be consulted before micro-needling.
 *
 * @tagname mn-disclaimer
 * @summary The article's caution that results vary and a professional must be consulted.
 *
 * @csspart note - The note (role="note").
 * @csspart icon - The information icon.
 * @csspart text - The caution's text.
 *
 * @cssprop [--mn-accent=#0b6e69] - The clinic's brand colour: the one input every accent colour below is derived from, with WCAG AA contrast on a light or a dark page.
 * @cssprop [--mn-accent-ink=derived] - The accent as text, icon or line on the page (chevrons, icons, current and completed steps, Previous): at least 4.5:1 against the page, light or dark.
 * @cssprop [--mn-text=inherit] - Text colour; inherits the page's by default (and tells the elements whether the page is light or dark).
 * @cssprop [--mn-surface=transparent] - Background of the note.
 * @cssprop [--mn-border-color=derived] - Decorative borders and dividers of the note; the text colour at 25%.
 * @cssprop [--mn-radius=0.5rem] - Corner radius.
 * @cssprop [--mn-space=1rem] - The spacing unit every gap and padding is a multiple of.
 * @cssprop [--mn-font=inherit] - Font family; inherits the page's by default.
 */
export class MnDisclaimer extends MnElement {
  static override styles = [
    theme,
    css`
      .note {
        display: flex;
        gap: var(--_space-m);
        align-items: flex-start;
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-inline-start: 4px solid var(--_ink);
        border-radius: var(--_radius);
        /* The accent edge stays straight at any radius: only the other side is rounded. */
        border-start-start-radius: 0;
        border-end-start-radius: 0;
        background: var(--_surface);
      }
      .icon {
        margin-block-start: 0.15em;
      }
      .text {
        overflow-wrap: anywhere;
      }
      @media print {
        .note {
          break-inside: avoid;
        }
      }
      @media (forced-colors: active) {
        .note {
          border-color: CanvasText;
        }
      }
    `,
  ];

  protected override render() {
    return html`<div part="note" class="note" role="note" lang=${this.textLang} dir=${this.textDir}>
      ${info}
      <p part="text" class="text">${disclaimer()}</p>
    </div>`;
  }
}
