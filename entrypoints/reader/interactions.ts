// How a reader reaches the popover: hover, keyboard focus or click on a highlight opens it;
// Esc, a click elsewhere, or scrolling the figure out of view closes it. Listeners sit on the
// document in the capture phase, so page scripts that stop propagation do not break them.
import type { FigureView } from '../../components/figure-view';
import type { FigureOnPage } from '../../components/messages';
import type { Popover } from '../../components/popover/popover';
import { MARK_SELECTOR, type Highlight } from '../../page/highlight';
import { guard } from '../../content/guard';
import type { Lifetime } from './lifetime';
import type { Scanner } from './scanner';

/** How the popover was opened decides what closes it. */
type Mode = 'hover' | 'focus' | 'pinned';
const RANK: Record<Mode, number> = { hover: 0, focus: 1, pinned: 2 };

const HOVER_DELAY = 120;
const LEAVE_DELAY = 350;

export function wireInteractions(
  life: Lifetime,
  doc: Document,
  scanner: Scanner,
  viewOf: (figure: FigureOnPage) => Promise<FigureView | null>,
  popover: () => Popover,
) {
  let mode: Mode | null = null;
  // A figure's first opening waits for its view from the background. `pending` is that opening,
  // so what would close the popover also calls it off; each opening and closing takes a turn,
  // and a view that arrives after a later turn is not shown.
  let pending: { how: Mode; lead: HTMLElement; focus: boolean } | null = null;
  let turn = 0;
  const current = () => mode ?? pending?.how ?? null;
  let timer: number | undefined;
  // Focus given back to a figure when its popover closes must not open the popover again.
  let refocused: HTMLElement | null = null;
  const later = (fn: () => unknown, ms: number) => {
    life.clearTimeout(timer);
    timer = life.setTimeout(guard(fn), ms);
  };

  const markAt = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(MARK_SELECTOR) : null;
  // The first mark of a figure is the one a reader tabs to and the popover points at.
  const leadOf = (mark: HTMLElement): [HTMLElement, Highlight<FigureOnPage>] | null => {
    const h = scanner.highlightOf(mark);
    return h ? [h.marks[0], h] : null;
  };

  const open = guard(async (mark: HTMLElement, how: Mode, focus: boolean = false) => {
    const found = leadOf(mark);
    if (!found) return;
    const [lead, highlight] = found;
    // A hover that lands while the reader's Enter or click on the same figure still waits for its
    // view would otherwise take that opening's turn, and with it the pin and the focus.
    if (pending?.lead === lead && RANK[pending.how] >= RANK[how] && (pending.focus || !focus)) return;
    const mine = ++turn;
    pending = { how, lead, focus };
    const view = await viewOf(highlight.figure);
    if (mine !== turn) return;
    pending = null;
    if (!view || !lead.isConnected) return;
    const p = popover();
    // A hover or focus never downgrades a popover the reader pinned open on this figure.
    if (p.anchor === lead && mode === 'pinned' && how !== 'pinned') return;
    if (p.anchor !== lead || focus) p.show(lead, view, { focus });
    mode = how;
    startFollowing();
  });

  // Both ask nothing of a popover that is not open, so a page that is only read and clicked
  // never gets one made.
  function close(returnFocus = false) {
    turn++;
    pending = null;
    if (mode) popover().hide({ returnFocus });
  }

  const isInside = (target: EventTarget | null) => mode !== null && target === popover().host;

  const on = <K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void) =>
    life.listen(doc, type, guard(listener) as (event: Event) => void, { capture: true, passive: type !== 'keydown' });

  on('mouseover', (event) => {
    const mark = markAt(event.target);
    if (mark) later(() => open(mark, mode === 'pinned' ? 'pinned' : 'hover'), HOVER_DELAY);
    else if (current() === 'hover') {
      if (isInside(event.target)) life.clearTimeout(timer);
      else later(() => close(), LEAVE_DELAY);
    }
  });

  on('focusin', (event) => {
    const mark = markAt(event.target);
    if (mark && mark === refocused) refocused = null;
    else if (mark) open(mark, 'focus');
    else if (current() === 'focus' && !isInside(event.target)) close();
  });

  on('click', (event) => {
    const mark = markAt(event.target);
    if (mark) open(mark, 'pinned');
    else if (!isInside(event.target)) close();
  });

  on('keydown', (event) => {
    const mark = markAt(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      open(mark, 'pinned', true);
    } else if (event.key === 'Escape' && current()) {
      // Focus goes back to the figure when it was on the figure or in the popover.
      close(mark !== null || isInside(event.target));
    }
  });

  const follow = guard(() => {
    if (!mode) return;
    const p = popover();
    if (!p.anchor) return;
    const r = p.anchor.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) close();
    else p.place();
  });
  // Scrolling and resizing matter only while a popover is open, so their listeners are added
  // when one opens and removed when it closes: a page that is only read pays for neither.
  let following: AbortController | null = null;
  const startFollowing = () => {
    if (following || !life.isValid) return;
    following = new AbortController();
    const { signal } = following;
    window.addEventListener('scroll', follow, { capture: true, passive: true, signal });
    window.addEventListener('resize', follow, { passive: true, signal });
  };
  const stopFollowing = () => {
    following?.abort();
    following = null;
  };
  life.onEnd(stopFollowing);

  return {
    /** Scrolls to the index-th figure and opens its popover (from the popup). */
    reveal(index: number): boolean {
      const highlight = scanner.highlights[index];
      if (!highlight) return false;
      const lead = highlight.marks[0];
      // Closed first: the scroll would otherwise close the popover open on another figure once
      // that figure leaves the view, and with it this opening, still waiting for its view.
      close();
      lead.scrollIntoView({ block: 'center', inline: 'nearest' });
      lead.focus({ preventScroll: true });
      open(lead, 'pinned');
      return true;
    },
    close,
    /** Called by the popover whenever it closes, however it was closed. */
    hidden(anchor: HTMLElement | null, returnFocus: boolean) {
      life.clearTimeout(timer);
      stopFollowing();
      mode = null;
      refocused = returnFocus ? anchor : null;
    },
  };
}
