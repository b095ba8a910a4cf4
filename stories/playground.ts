// The theme playground of the Clinic page: one brand colour (`--mn-accent`) on a light or dark
// page, the whole article beneath, and the contrast of each colour the elements derive from it,
// read from what the browser computed for the rendered parts, never from the library's code.
import { contrast, paint, type Rgb } from './colour.js';
import { rendered } from './support.js';

/** The library's own default accent: what the playground starts from. */
export const DEFAULT_ACCENT = '#0b6e69';

export const PAGES = {
  light: { background: '#ffffff', text: '#1f2328', scheme: 'light' },
  dark: { background: '#121212', text: '#ececec', scheme: 'dark' },
} as const;
export type Page = keyof typeof PAGES;

/** The CSS a clinic copies: its brand colour, set once on the article. */
export const cssFor = (accent: string): string => `mn-article { --mn-accent: ${accent}; }`;

const hex = (rgb: Rgb): string => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** One readout: what is measured, its two colours as painted, the ratio and the ratio it needs. */
export interface Reading {
  what: string;
  fore?: Rgb;
  back?: Rgb;
  ratio?: number;
  needs: number;
}

/**
 * The focus ring's colour in `host`: the `outline` of the element's own `:focus-visible` rule,
 * resolved in its shadow root (by a probe that lives there for one synchronous read), so that no
 * button has to take the focus from the colour picker.
 */
function ringColour(host: Element): string | undefined {
  const root = host.shadowRoot;
  if (!root) return undefined;
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((style) => style.sheet!)];
  const rule = sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .find(
      (candidate): candidate is CSSStyleRule =>
        candidate instanceof CSSStyleRule && candidate.selectorText.includes(':focus-visible'),
    );
  if (!rule) return undefined;
  const probe = document.createElement('span');
  probe.style.outline =
    rule.style.getPropertyValue('outline') || `solid ${rule.style.getPropertyValue('outline-color')}`;
  root.append(probe);
  const colour = getComputedStyle(probe).outlineColor;
  probe.remove();
  return colour;
}

/** The five readouts for `article`, on a page painted `pageColour`. */
export function readings(article: Element, pageColour: string): Reading[] {
  const page = paint(pageColour) ?? [255, 255, 255];
  const inner = (tag: string) => article.shadowRoot?.querySelector(tag) ?? undefined;
  const part = (host: Element | undefined, selector: string) => host?.shadowRoot?.querySelector(selector) ?? undefined;

  /** Text on its own fill, the fill painted over the page. */
  const onFill = (what: string, element: Element | undefined, needs: number): Reading => {
    if (!element) return { what, needs };
    const style = getComputedStyle(element);
    const back = paint(style.backgroundColor, page);
    const fore = back && paint(style.color, back);
    return { what, fore, back, ratio: fore && back && contrast(fore, back), needs };
  };
  /** A colour straight on the page. */
  const onPage = (what: string, colour: string | undefined, needs: number): Reading => {
    const fore = colour ? paint(colour, page) : undefined;
    return { what, fore, back: page, ratio: fore && contrast(fore, page), needs };
  };

  const stepper = inner('mn-procedure-stepper');
  const accordion = inner('mn-benefits-accordion');
  const chevron = part(accordion, '[part="icon"]');
  const marker = part(stepper, '.current .marker');
  return [
    onFill('Booking link text on its fill', inner('[part="booking"]'), 4.5),
    onFill('Next button text on its fill', part(stepper, '[part="next"]'), 4.5),
    onPage(
      'Accent text and icons (the accordion’s chevron) on the page',
      chevron && getComputedStyle(chevron).color,
      3,
    ),
    onPage('Focus ring on the page', accordion && ringColour(accordion), 3),
    onPage('Current step’s marker border on the page', marker && getComputedStyle(marker).borderTopColor, 3),
  ];
}

const cell = (tag: 'td' | 'th', text: string): HTMLElement =>
  Object.assign(document.createElement(tag), { textContent: text });

function swatch(rgb: Rgb | undefined): HTMLElement {
  const td = document.createElement('td');
  if (!rgb) {
    td.textContent = 'not found';
    return td;
  }
  const chip = document.createElement('span');
  chip.setAttribute('aria-hidden', 'true');
  chip.style.cssText = `display: inline-block; inline-size: 1em; block-size: 1em; vertical-align: -0.15em; margin-inline-end: 0.35em; border: 1px solid #767676; background: ${hex(rgb)};`;
  td.append(chip, hex(rgb));
  return td;
}

/** A row of the readout table: its verdict says pass or fail in words, not only in colour. */
function row({ what, fore, back, ratio, needs }: Reading): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const verdict = ratio === undefined ? 'not measured' : ratio >= needs ? 'Pass' : 'Fail';
  tr.dataset.verdict = verdict;
  tr.append(
    cell('th', what),
    swatch(fore),
    swatch(back),
    cell('td', ratio === undefined ? '–' : `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`),
    cell('td', `${needs}:1`),
    cell('td', verdict === 'Pass' ? '✓ Pass' : verdict === 'Fail' ? '✗ Fail' : verdict),
  );
  tr.cells[0].setAttribute('scope', 'row');
  return tr;
}

/** The playground: controls and readouts in English, left to right; the article in the toolbar's language. */
export function playground(): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'theme-playground';
  wrapper.style.cssText = 'display: grid; gap: 1.5rem;';

  const controls = document.createElement('div');
  controls.lang = 'en';
  controls.dir = 'ltr';
  controls.style.cssText = 'display: grid; gap: 1rem; font-size: 0.9375rem;';
  controls.innerHTML = `
    <div style="display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center;">
      <label style="display: flex; gap: 0.5rem; align-items: center;">Brand colour (<code>--mn-accent</code>)
        <input type="color" name="accent" value="${DEFAULT_ACCENT}"></label>
      <fieldset style="display: flex; gap: 1rem; border: 0; padding: 0; margin: 0;">
        <legend style="float: inline-start; margin-inline-end: 0.75rem; padding: 0;">Page</legend>
        <label><input type="radio" name="page" value="light" checked> Light</label>
        <label><input type="radio" name="page" value="dark"> Dark</label>
      </fieldset>
      <button type="button" name="copy">Copy CSS</button>
      <code data-css></code>
      <output role="status" data-copied></output>
    </div>
    <table style="border-collapse: collapse; text-align: start;">
      <caption style="text-align: start; font-weight: 600; margin-block-end: 0.5rem;">Contrast (WCAG 2), measured on the rendered article</caption>
      <thead><tr><th scope="col">What</th><th scope="col">Colour</th><th scope="col">On</th><th scope="col">Ratio</th><th scope="col">Needs</th><th scope="col">Result</th></tr></thead>
      <tbody></tbody>
    </table>`;
  for (const th of controls.querySelectorAll<HTMLElement>('th, td'))
    th.style.cssText = 'padding: 0.25rem 0.75rem 0.25rem 0; text-align: start;';

  const page = document.createElement('div');
  page.className = 'playground-page';
  page.style.cssText = 'padding: 1.5rem; border-radius: 0.5rem; border: 1px solid #767676;';
  const article = document.createElement('mn-article');
  article.setAttribute('booking-url', '#book');
  page.append(article);
  wrapper.append(controls, page);

  const accentInput = controls.querySelector<HTMLInputElement>('input[name="accent"]')!;
  const tbody = controls.querySelector('tbody')!;
  const cssText = controls.querySelector<HTMLElement>('[data-css]')!;
  const copied = controls.querySelector<HTMLOutputElement>('[data-copied]')!;
  const pageChoice = (): Page =>
    (controls.querySelector<HTMLInputElement>('input[name="page"]:checked')?.value as Page) ?? 'light';

  const update = (): void => {
    const { background, text, scheme } = PAGES[pageChoice()];
    Object.assign(page.style, { backgroundColor: background, color: text, colorScheme: scheme });
    article.style.setProperty('--mn-accent', accentInput.value);
    cssText.textContent = cssFor(accentInput.value);
    copied.textContent = '';
    tbody.replaceChildren(...readings(article, getComputedStyle(page).backgroundColor).map(row));
    for (const td of tbody.querySelectorAll<HTMLElement>('th, td'))
      td.style.cssText = 'padding: 0.25rem 0.75rem 0.25rem 0; text-align: start; font-weight: normal;';
  };
  controls.addEventListener('input', update);
  controls.addEventListener('change', update);
  controls.querySelector('button[name="copy"]')!.addEventListener('click', async () => {
    const css = cssFor(accentInput.value);
    try {
      await navigator.clipboard.writeText(css);
      copied.textContent = `Copied: ${css}`;
    } catch {
      copied.textContent = 'The browser did not allow copying: select the CSS beside the button instead.';
    }
  });
  // Measured once the article and the elements inside it have rendered.
  void rendered(wrapper).then(update);
  return wrapper;
}
