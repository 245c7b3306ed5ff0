// One popover for the whole page, in a shadow root (WXT createShadowRootUi), placed next to the
// highlight it describes and kept inside the viewport.
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FigureView } from '../figure-view';
import { renderDetails } from './details';
import { isDarkBehind } from './theme';
import css from './popover.css?inline';

export interface Popover {
  /** The highlight the popover is open for, or null when closed. */
  readonly anchor: HTMLElement | null;
  readonly host: HTMLElement;
  show(anchor: HTMLElement, view: FigureView, options: { focus: boolean }): void;
  hide(options?: { returnFocus: boolean }): void;
  /** Follows the anchor after a scroll or resize. */
  place(): void;
}

const GAP = 6;
const MARGIN = 8;

/** onHide runs whenever the popover closes, before focus goes back to `anchor` (when it does). */
export async function createPopover(
  ctx: ContentScriptContext,
  onHide: (anchor: HTMLElement | null, returnFocus: boolean) => void,
): Promise<Popover> {
  let card: HTMLDivElement | null = null;
  let anchor: HTMLElement | null = null;

  const ui = await createShadowRootUi(ctx, {
    name: 'crosscount-popover',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    css,
    onMount(container) {
      card = container.ownerDocument.createElement('div');
      card.className = 'card';
      card.setAttribute('role', 'dialog');
      card.setAttribute('aria-labelledby', 'crosscount-title');
      card.tabIndex = -1;
      card.hidden = true;
      card.addEventListener('keydown', (event) => {
        if (event.key === 'Tab') keepFocusInside(event, card!);
      });
      container.append(card);
      return card;
    },
  });

  function place() {
    if (!card || !anchor || card.hidden) return;
    const target = anchor.getBoundingClientRect();
    const { innerWidth: width, innerHeight: height } = window;
    const box = card.getBoundingClientRect();
    const below = target.bottom + GAP;
    const above = target.top - GAP - box.height;
    const top = below + box.height <= height - MARGIN || above < MARGIN ? below : above;
    const left = Math.min(Math.max(MARGIN, target.left), Math.max(MARGIN, width - box.width - MARGIN));
    card.style.top = `${Math.max(MARGIN, Math.min(top, height - box.height - MARGIN))}px`;
    card.style.left = `${left}px`;
  }

  const popover: Popover = {
    get anchor() {
      return anchor;
    },
    host: ui.shadowHost as HTMLElement,
    show(next, view, { focus }) {
      if (!ui.mounted) ui.mount();
      if (!card) return;
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
      if (!card || card.hidden) return;
      card.hidden = true;
      const was = anchor;
      anchor = null;
      was?.setAttribute('aria-expanded', 'false');
      onHide(was, options?.returnFocus ?? false);
      if (options?.returnFocus) was?.focus({ preventScroll: true });
    },
    place,
  };
  return popover;
}

// The popover is a dialog: Tab and Shift+Tab cycle through its controls until Esc closes it.
function keepFocusInside(event: KeyboardEvent, card: HTMLElement) {
  const focusable = [...card.querySelectorAll<HTMLElement>('button, a[href]')];
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
