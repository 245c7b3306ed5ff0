// One popover for the whole page, in the shadow root of an element of its own, placed next to the
// highlight it describes and kept inside the viewport.
import type { FigureView } from '../figure-view';
import { renderDetails } from './details';
import { isDarkBehind } from './theme';
import css from './popover.css?inline';
import { shadowHost } from '../shadow-host';

export interface Popover {
  /** The highlight the popover is open for, or null when closed. */
  readonly anchor: HTMLElement | null;
  readonly host: HTMLElement;
  show(anchor: HTMLElement, view: FigureView, options: { focus: boolean }): void;
  hide(options?: { returnFocus: boolean }): void;
  /** Follows the anchor after a scroll or resize. */
  place(): void;
  /** Takes the popover off the page (when the reader ends). */
  remove(): void;
}

const GAP = 6;
const MARGIN = 8;

// The host's own styles are reset, so the page's CSS for unknown elements (or for all of them)
// does not reach into the card through inherited properties.

/** onHide runs whenever the popover closes, before focus goes back to `anchor` (when it does).
 *  Nothing is added to the page until it is first shown. */
export function createPopover(doc: Document, onHide: (anchor: HTMLElement | null, returnFocus: boolean) => void): Popover {
  let anchor: HTMLElement | null = null;

  const { host, shadow } = shadowHost(doc, 'crosscount-popover', css);
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', 'crosscount-title');
  card.tabIndex = -1;
  card.hidden = true;
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Tab') keepFocusInside(event, card);
  });
  shadow.append(card);

  // Beside the figure, never over it: below when the card fits there or there is more room below,
  // above otherwise, and no taller than the room on its side (it scrolls inside), so the figure
  // the reader is asking about stays in view.
  function place() {
    if (!anchor || card.hidden) return;
    const target = anchor.getBoundingClientRect();
    const { innerWidth: width, innerHeight: height } = window;
    card.style.maxHeight = 'none';
    const box = card.getBoundingClientRect();
    const roomBelow = Math.max(0, height - target.bottom - GAP - MARGIN);
    const roomAbove = Math.max(0, target.top - GAP - MARGIN);
    const below = box.height <= roomBelow || roomBelow >= roomAbove;
    const room = below ? roomBelow : roomAbove;
    card.style.maxHeight = `${room}px`;
    const top = below ? target.bottom + GAP : target.top - GAP - Math.min(box.height, room);
    const left = Math.min(Math.max(MARGIN, target.left), Math.max(MARGIN, width - box.width - MARGIN));
    card.style.top = `${top}px`;
    card.style.left = `${left}px`;
  }
  const popover: Popover = {
    get anchor() {
      return anchor;
    },
    host,
    show(next, view, { focus }) {
      // Last in the document, after the body, as WXT's UIs were: the body's text stays the page's.
      if (!host.isConnected) doc.documentElement.append(host);
      anchor?.setAttribute('aria-expanded', 'false');
      anchor = next;
      anchor.setAttribute('aria-expanded', 'true');
      const close = card.ownerDocument.createElement('button');
      close.className = 'close';
      close.type = 'button';
      close.setAttribute('aria-label', 'Close');
      close.textContent = '×';
      close.addEventListener('click', () => popover.hide({ returnFocus: true }));
      card.replaceChildren(close, renderDetails(card.ownerDocument, view, 'crosscount-title'));
      card.dataset.theme = isDarkBehind(next) ? 'dark' : 'light';
      card.hidden = false;
      card.scrollTop = 0;
      place();
      if (focus) card.focus({ preventScroll: true });
    },
    hide(options) {
      if (card.hidden) return;
      card.hidden = true;
      const was = anchor;
      anchor = null;
      was?.setAttribute('aria-expanded', 'false');
      onHide(was, options?.returnFocus ?? false);
      if (options?.returnFocus) was?.focus({ preventScroll: true });
    },
    place,
    remove() {
      host.remove();
    },
  };
  return popover;
}

// The popover is a dialog: Tab and Shift+Tab cycle through its controls until Esc closes it.
function keepFocusInside(event: KeyboardEvent, card: HTMLElement) {
  const focusable = [...card.querySelectorAll<HTMLElement>('button, a[href], summary')].filter((el) => el.getClientRects().length > 0);
  if (focusable.length === 0) return;
  const root = card.getRootNode() as ShadowRoot;
  const active = root.activeElement;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && (active === first || active === card)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
