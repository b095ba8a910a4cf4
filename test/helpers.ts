import { executeServerCommand } from '@web/test-runner-commands';
// The same colour arithmetic as Storybook's theme playground.
import { contrast as ratio, paint } from '../stories/colour.js';

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

/** A CSS colour as the browser paints it on white, `[r, g, b]`. */
export const painted = (color: string): number[] => paint(color) ?? [];

/** The WCAG 2 contrast ratio of two CSS colours, as painted. */
export const contrast = (a: string, b: string): number => ratio(paint(a)!, paint(b)!);
