// The Theme toolbar: the page a story is shown on (its background, text colour and colour
// scheme) and, for the clinic presets, the one brand colour a clinic sets. A preset sets only
// `--mn-accent`: the elements derive every other colour from it and from the page. Tokens set in
// Controls go on the element itself, so they still win over the page's.

export interface Theme {
  /** What the toolbar calls it. */
  title: string;
  background: string;
  text: string;
  scheme: 'light' | 'dark';
  /** The clinic's brand colour, if the theme sets one. */
  accent?: string;
}

export const THEMES = {
  light: { title: 'Light page', background: '#ffffff', text: '#1f2328', scheme: 'light' },
  dark: { title: 'Dark page', background: '#121212', text: '#ececec', scheme: 'dark' },
  'high-contrast': {
    title: 'High contrast (black, yellow accent)',
    background: '#000000',
    text: '#ffffff',
    scheme: 'dark',
    accent: '#ffff00',
  },
  rose: { title: 'Clinic: rose (#f4a7b9)', background: '#ffffff', text: '#1f2328', scheme: 'light', accent: '#f4a7b9' },
  sun: { title: 'Clinic: sun (#facc15)', background: '#ffffff', text: '#1f2328', scheme: 'light', accent: '#facc15' },
  sage: { title: 'Clinic: sage (#84cc16)', background: '#ffffff', text: '#1f2328', scheme: 'light', accent: '#84cc16' },
  navy: { title: 'Clinic: navy (#1e3a8a)', background: '#ffffff', text: '#1f2328', scheme: 'light', accent: '#1e3a8a' },
  'navy-dark': {
    title: 'Clinic: navy on a dark page',
    background: '#121212',
    text: '#ececec',
    scheme: 'dark',
    accent: '#1e3a8a',
  },
} satisfies Record<string, Theme>;

export type ThemeName = keyof typeof THEMES;

export const themeOf = (name: unknown): Theme => THEMES[name as ThemeName] ?? THEMES.light;

/** The font every story is shown in, rather than the browser's default serif. */
export const PREVIEW_FONT = 'system-ui, sans-serif';

/** The page's inline style for `theme`, as a `styleMap` takes it: no brand colour, no `--mn-accent`. */
export const pageStyle = (theme: Theme): Record<string, string | undefined> => ({
  'background-color': theme.background,
  color: theme.text,
  'color-scheme': theme.scheme,
  'font-family': PREVIEW_FONT,
  '--mn-accent': theme.accent,
});

/** Paints `target` as the page of `theme` (the canvas's body, or a story's wrapper again). */
export function paintPage(target: HTMLElement, theme: Theme): void {
  for (const [name, value] of Object.entries(pageStyle(theme))) {
    if (value === undefined) target.style.removeProperty(name);
    else target.style.setProperty(name, value);
  }
}
