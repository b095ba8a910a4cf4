// Colours as the browser paints them, and their WCAG 2 contrast: for the theme playground's
// readouts and for the tests that check the theme (test/theme.test.ts). No dependency, so both
// Storybook and the test runner load it.

export type Rgb = [number, number, number];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const pen = canvas.getContext('2d', { willReadFrequently: true })!;

/**
 * Any CSS colour (`rgb()`, `color(srgb …)`, `oklch()`, with transparency) as the sRGB pixel it
 * paints over `under`: drawn on a 1×1 canvas and read back. Undefined when the canvas cannot
 * parse it.
 */
export function paint(color: string, under: Rgb = [255, 255, 255]): Rgb | undefined {
  pen.globalCompositeOperation = 'copy';
  pen.fillStyle = `rgb(${under.join(' ')})`;
  pen.fillRect(0, 0, 1, 1);
  pen.globalCompositeOperation = 'source-over';
  const sentinel = '#010203';
  pen.fillStyle = sentinel;
  pen.fillStyle = color;
  if (pen.fillStyle === sentinel && color.replace(/\s/g, '').toLowerCase() !== sentinel) return undefined;
  pen.fillRect(0, 0, 1, 1);
  const [r, g, b] = pen.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/**
 * A computed colour as `rgb(r, g, b)`, whatever notation the browser computed it in (a colour
 * the library mixes computes to `oklab(…)` or `color(srgb …)`): compared by the pixel it paints.
 */
export function rgbOf(color: string): string {
  const rgb = paint(color);
  return rgb ? `rgb(${rgb.join(', ')})` : color;
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
