import { executeServerCommand } from '@web/test-runner-commands';

/** Collects console.warn calls for one test; restore() puts console.warn back. */
export function captureWarnings(): { messages: string[]; restore(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/** Resolves when every animation in a shadow root has finished. */
export async function animationsDone(root: ShadowRoot): Promise<void> {
  await Promise.all(root.getAnimations().map((animation) => animation.finished));
}

/**
 * The elements that start a Web Animation while `action` runs, noted as each starts: a 200 ms
 * animation a key press starts may be over by the time sendKeys() is back from the test server.
 */
export async function animatedBy(action: () => Promise<unknown>): Promise<Element[]> {
  const original = Element.prototype.animate;
  const started: Element[] = [];
  Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
    started.push(this);
    return original.apply(this, args);
  };
  try {
    await action();
  } finally {
    Element.prototype.animate = original;
  }
  return started;
}

/** The visible text of an element, with white space folded. */
export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for the next frame to be painted. */
export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Media emulation (reduced motion, print, forced colours) goes through the Chrome DevTools
 * Protocol; Firefox under WebDriver BiDi has no such command, so tests that need it run in
 * Chromium and are reported as skipped in Firefox.
 */
export const canEmulateMedia = navigator.userAgent.includes('Chrome/');

/** Turns the emulation of forced-colours mode (Windows High Contrast) on or off. */
export const forcedColors = (active: boolean) => executeServerCommand('forced-colors', { active });

/** Loads a script the way a clinic site does: a plain, classic script tag. */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}: run "npm run build" first`));
    document.head.append(script);
  });
}

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** A CSS colour as the browser paints it on white, `[r, g, b]`, read back from a 1 × 1 canvas. */
export function painted(color: string): number[] {
  canvas.fillStyle = '#fff';
  canvas.fillRect(0, 0, 1, 1);
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

const luminance = (color: string): number => {
  const [r, g, b] = painted(color).map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** The WCAG 2 contrast ratio of two CSS colours, as painted. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
