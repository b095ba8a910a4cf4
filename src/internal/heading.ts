import { html, nothing, type TemplateResult } from 'lit';

/**
 * A real `<h2>`…`<h6>` around `content`. Lit cannot bind a tag name, and a switch over five
 * static templates costs less than `lit/static-html.js`.
 */
export function heading(level: number, name: string, content: unknown): TemplateResult {
  const part = name || nothing;
  switch (level) {
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part}>${content}</h6>`;
    default:
      return html`<h3 part=${part}>${content}</h3>`;
  }
}
