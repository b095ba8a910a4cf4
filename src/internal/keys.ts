/**
 * Moves focus among `items` for the arrow keys of a composite pattern: `previous`/`next` step
 * and wrap around, Home and End go to the ends. Other keys pass through untouched.
 */
export function moveFocus(event: KeyboardEvent, items: HTMLElement[], previous: string, next: string): void {
  const index = items.indexOf(event.target as HTMLElement);
  if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  const last = items.length - 1;
  let to: number;
  switch (event.key) {
    case previous:
      to = index ? index - 1 : last;
      break;
    case next:
      to = index === last ? 0 : index + 1;
      break;
    case 'Home':
      to = 0;
      break;
    case 'End':
      to = last;
      break;
    default:
      return;
  }
  event.preventDefault();
  items[to].focus();
}
