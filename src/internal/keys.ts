/**
 * Moves focus among `items` for the arrow keys of a composite pattern: `previous`/`next` step
 * and wrap around, Home and End go to the ends. Other keys pass through untouched.
 */
export function moveFocus(event: KeyboardEvent, items: HTMLElement[], previous: string, next: string): void {
  const index = items.indexOf(event.target as HTMLElement);
  if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  const last = items.length - 1;
  const to =
    event.key === previous ? (index ? index - 1 : last)
    : event.key === next ? (index === last ? 0 : index + 1)
    : event.key === 'Home' ? 0
    : event.key === 'End' ? last
    : -1;
  if (to < 0) return;
  event.preventDefault();
  items[to].focus();
}
