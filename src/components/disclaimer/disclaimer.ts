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
 * @cssprop [--mn-accent=#0b6e69] - Colour of the icon and the note's edge.
 * @cssprop [--mn-text] - Text colour; inherits the page's by default.
 * @cssprop [--mn-surface=transparent] - Background of the note.
 * @cssprop [--mn-radius=0.5rem] - Corner radius.
 * @cssprop [--mn-space=1rem] - Padding.
 * @cssprop [--mn-font] - Font family; inherits the page's by default.
 */
export class MnDisclaimer extends MnElement {
  static override styles = [
    theme,
    css`
      .note {
        display: flex;
        gap: 0.75rem;
        align-items: flex-start;
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-inline-start: 4px solid var(--_accent);
        border-radius: var(--_radius);
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
