import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { animate, reducedMotion } from './motion.js';
import { tokens, warn } from './tokens.js';

/** `detail` of the `mn-toggle` event. */
export interface ToggleDetail {
  /** The id of the item that opened or closed. */
  id: string;
  /** Whether it is open now. */
  open: boolean;
}

/** What an element gives the controller: its `open` attribute and the ids it shows. */
export interface DisclosureHost extends ReactiveControllerHost, HTMLElement {
  /** Space-separated ids of the expanded items; the controller writes it back as the user toggles. */
  open: string;
  /** The ids the element shows, in order. */
  readonly shown: readonly string[];
  /** Whether opening one item leaves the others open. */
  readonly multiple: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Open/closed state for a list of disclosures, shared by the accordion and the FAQ card so the
 * two cannot drift: the `open` attribute is the single source of truth, `mn-toggle` fires for
 * every item that changes, and panels animate their height unless the visitor asked for
 * reduced motion. A closed panel stays `hidden="until-found"` so find-in-page can reach it.
 *
 * Header buttons have the id `button-<item id>` and panels `panel-<item id>`, in the host's
 * shadow root; the host binds `onClick` and `onBeforeMatch` once, on the list around them.
 */
export class DisclosureController implements ReactiveController {
  // Allocated on the first animation only: a page may hold a hundred of these controllers.
  /** Ids whose closing animation is still running: their panels stay visible until it ends. */
  private closing?: Set<string>;
  private running?: Map<string, Animation>;
  /** The ids open at the last render; undefined before the first, which never animates. */
  private rendered?: Set<string>;

  constructor(private readonly host: DisclosureHost) {
    host.addController(this);
  }

  /** The ids, among those shown, that are open. */
  get expanded(): Set<string> {
    const open = tokens(this.host.open);
    return new Set(this.host.shown.filter((id) => open.includes(id)));
  }

  /** The value for a panel's `hidden` attribute. */
  hidden(id: string, expanded: Set<string>): 'until-found' | typeof nothing {
    return expanded.has(id) || this.closing?.has(id) ? nothing : 'until-found';
  }

  /** The list's one click listener: toggles the item whose header button was pressed. */
  readonly onClick = (event: Event): void => {
    const button = (event.target as Element).closest('button[id^="button-"]');
    // Only the host's own buttons: a click in a clinic's slotted text climbs the page's tree.
    if (button?.getRootNode() === this.host.renderRoot) this.toggle(button.id.slice('button-'.length));
  };

  /** beforematch fires on a hidden="until-found" panel when find-in-page finds text in it; it bubbles. */
  readonly onBeforeMatch = (event: Event): void => {
    const panel = (event.target as Element).closest('[id^="panel-"]');
    if (panel?.getRootNode() === this.host.renderRoot) this.set(panel.id.slice('panel-'.length), true);
  };

  toggle(id: string): void {
    this.set(id, !this.expanded.has(id));
  }

  /** Opens or closes one item; without `multiple`, opening it closes the others. */
  set(id: string, open: boolean): void {
    if (!this.host.shown.includes(id)) {
      warn(this.host, `no shown item has the id "${id}"; nothing to ${open ? 'open' : 'close'}.`);
      return;
    }
    const next = open && !this.host.multiple ? new Set<string>() : this.expanded;
    if (open) next.add(id);
    else next.delete(id);
    this.commit(next);
  }

  /** Opens every shown item, with or without `multiple`. */
  showAll(): void {
    this.commit(new Set(this.host.shown));
  }

  hideAll(): void {
    this.commit(new Set());
  }

  private commit(next: Set<string>): void {
    const before = this.expanded;
    this.host.open = this.host.shown.filter((id) => next.has(id)).join(' ');
    for (const id of this.host.shown) {
      if (before.has(id) === next.has(id)) continue;
      const detail: ToggleDetail = { id, open: next.has(id) };
      this.host.dispatchEvent(new CustomEvent('mn-toggle', { bubbles: true, composed: true, detail }));
    }
  }

  hostUpdate(): void {
    const now = this.expanded;
    if (!this.rendered) return;
    for (const id of this.rendered) if (!now.has(id) && !reducedMotion()) (this.closing ??= new Set()).add(id);
    for (const id of now) this.closing?.delete(id);
  }

  hostUpdated(): void {
    const now = this.expanded;
    const before = this.rendered;
    this.rendered = now;
    if (!before) return;
    for (const id of this.host.shown) {
      if (before.has(id) !== now.has(id)) this.animate(id, now.has(id));
    }
  }

  private animate(id: string, opening: boolean): void {
    const panel = (this.host.renderRoot as ShadowRoot).getElementById(`panel-${id}`);
    if (!panel) return;
    const running = (this.running ??= new Map());
    const from = running.has(id) ? panel.getBoundingClientRect().height : opening ? 0 : panel.scrollHeight;
    running.get(id)?.cancel();
    const to = opening ? panel.scrollHeight : 0;
    const animation = animate(panel, [{ height: `${from}px` }, { height: `${to}px` }]);
    if (!animation) return this.settle(id);
    running.set(id, animation);
    animation.finished.then(
      () => this.settle(id),
      () => {}, // cancelled by a newer toggle of the same item, which settles it instead
    );
  }

  private settle(id: string): void {
    this.running?.delete(id);
    if (this.closing?.delete(id)) this.host.requestUpdate();
  }
}
