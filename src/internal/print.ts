import type { ReactiveElement } from 'lit';

/** Elements that render something only on paper. */
const hosts = new Set<ReactiveElement>();
let printing = false;
let watching = false;

function set(on: boolean): void {
  if (printing === on) return;
  printing = on;
  for (const host of hosts) host.requestUpdate();
}

/**
 * Print-only content is rendered only while printing, not on every page view. beforeprint
 * fires before the browser lays the page out for paper, and Lit's update runs in the microtask
 * right after it, so the content is there in time; the print media query covers emulated print.
 */
export function watchPrint(host: ReactiveElement, connected: boolean): void {
  if (!connected) return void hosts.delete(host);
  hosts.add(host);
  if (watching) return;
  watching = true;
  const media = matchMedia('print');
  printing = media.matches;
  media.addEventListener('change', () => set(media.matches));
  addEventListener('beforeprint', () => set(true));
  addEventListener('afterprint', () => set(media.matches));
}

/** Whether the page is being printed (or previewed for printing). */
export const isPrinting = (): boolean => printing;
