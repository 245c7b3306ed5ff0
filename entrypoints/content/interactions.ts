// How a reader reaches the popover: hover, keyboard focus or click on a highlight opens it;
// Esc, a click elsewhere, or scrolling the figure out of view closes it. Listeners sit on the
// document in the capture phase, so page scripts that stop propagation do not break them.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { viewFigure } from '../../components/figure-view';
import type { Popover } from '../../components/popover/popover';
import { MARK_SELECTOR, type Highlight } from '../../page/highlight';
import type { Scanner } from './scanner';

/** How the popover was opened decides what closes it. */
type Mode = 'hover' | 'focus' | 'pinned';

const HOVER_DELAY = 120;
const LEAVE_DELAY = 350;

export function wireInteractions(ctx: ContentScriptContext, doc: Document, scanner: Scanner, popover: () => Promise<Popover>) {
  let mode: Mode | null = null;
  let timer: number | undefined;
  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = ctx.setTimeout(fn, ms);
  };

  const markAt = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(MARK_SELECTOR) : null;
  // The first mark of a figure is the one a reader tabs to and the popover points at.
  const leadOf = (mark: HTMLElement): [HTMLElement, Highlight] | null => {
    const h = scanner.highlightOf(mark);
    return h ? [h.marks[0], h] : null;
  };

  async function open(mark: HTMLElement, how: Mode, focus = false) {
    const found = leadOf(mark);
    if (!found) return;
    const [lead, highlight] = found;
    const p = await popover();
    // A hover or focus never downgrades a popover the reader pinned open on this figure.
    if (p.anchor === lead && mode === 'pinned' && how !== 'pinned') return;
    if (p.anchor !== lead || focus) p.show(lead, viewFigure(highlight.figure, scanner.sets), { focus });
    mode = how;
  }

  async function close(returnFocus = false) {
    (await popover()).hide({ returnFocus });
  }

  const isInside = async (target: EventTarget | null) => target === (await popover()).host;

  const on = <K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void) =>
    ctx.addEventListener(doc, type, listener as (event: Event) => void, { capture: true, passive: type !== 'keydown' && type !== 'click' });

  on('mouseover', (event) => {
    const mark = markAt(event.target);
    if (mark) later(() => void open(mark, mode === 'pinned' ? 'pinned' : 'hover'), HOVER_DELAY);
    else if (mode === 'hover') {
      void isInside(event.target).then((inside) => {
        if (inside) clearTimeout(timer);
        else later(() => void close(), LEAVE_DELAY);
      });
    }
  });

  on('focusin', (event) => {
    const mark = markAt(event.target);
    if (mark) void open(mark, 'focus');
    else if (mode === 'focus') void isInside(event.target).then((inside) => {
      if (!inside) void close();
    });
  });

  on('click', (event) => {
    const mark = markAt(event.target);
    if (mark) {
      void open(mark, 'pinned');
      return;
    }
    void isInside(event.target).then((inside) => {
      if (!inside) void close();
    });
  });

  on('keydown', (event) => {
    const mark = markAt(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      void open(mark, 'pinned', true);
    } else if (event.key === 'Escape' && mode) {
      // Focus goes back to the figure when it was on the figure or in the popover.
      void isInside(event.target).then((inside) => close(inside || mark !== null));
    }
  });

  const follow = () => {
    if (!mode) return;
    void popover().then((p) => {
      const anchor = p.anchor;
      if (!anchor) return;
      const r = anchor.getBoundingClientRect();
      if (r.bottom < 0 || r.top > window.innerHeight) void close();
      else p.place();
    });
  };
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });

  return {
    /** Scrolls to the index-th figure and opens its popover (from the popup). */
    async reveal(index: number) {
      const highlight = scanner.highlights[index];
      if (!highlight) return false;
      const lead = highlight.marks[0];
      lead.scrollIntoView({ block: 'center', inline: 'nearest' });
      lead.focus({ preventScroll: true });
      await open(lead, 'pinned');
      return true;
    },
    close,
    /** Called by the popover whenever it closes, however it was closed. */
    hidden() {
      clearTimeout(timer);
      mode = null;
    },
  };
}
