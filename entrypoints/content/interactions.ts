// How a reader reaches the popover: hover, keyboard focus or click on a highlight opens it;
// Esc, a click elsewhere, or scrolling the figure out of view closes it. Listeners sit on the
// document in the capture phase, so page scripts that stop propagation do not break them.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { viewFigure } from '../../components/figure-view';
import type { Popover } from '../../components/popover/popover';
import { MARK_SELECTOR, type Highlight } from '../../page/highlight';
import { guard } from './guard';
import type { Scanner } from './scanner';

/** How the popover was opened decides what closes it. */
type Mode = 'hover' | 'focus' | 'pinned';

const HOVER_DELAY = 120;
const LEAVE_DELAY = 350;

export function wireInteractions(ctx: ContentScriptContext, doc: Document, scanner: Scanner, popover: () => Promise<Popover>) {
  let mode: Mode | null = null;
  let timer: number | undefined;
  // Focus given back to a figure when its popover closes must not open the popover again.
  let refocused: HTMLElement | null = null;
  const later = (fn: () => unknown, ms: number) => {
    clearTimeout(timer);
    timer = ctx.setTimeout(guard(fn), ms);
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
    startFollowing();
  }

  async function close(returnFocus = false) {
    (await popover()).hide({ returnFocus });
  }

  const isInside = async (target: EventTarget | null) => target === (await popover()).host;

  const on = <K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void) =>
    ctx.addEventListener(doc, type, guard(listener) as (event: Event) => void, { capture: true, passive: type !== 'keydown' });

  // Listeners return their promise so guard sees a failure in the asynchronous part too.
  on('mouseover', async (event) => {
    const mark = markAt(event.target);
    if (mark) later(() => open(mark, mode === 'pinned' ? 'pinned' : 'hover'), HOVER_DELAY);
    else if (mode === 'hover') {
      if (await isInside(event.target)) clearTimeout(timer);
      else later(() => close(), LEAVE_DELAY);
    }
  });

  on('focusin', async (event) => {
    const mark = markAt(event.target);
    if (mark && mark === refocused) refocused = null;
    else if (mark) await open(mark, 'focus');
    else if (mode === 'focus' && !(await isInside(event.target))) await close();
  });

  on('click', async (event) => {
    const mark = markAt(event.target);
    if (mark) await open(mark, 'pinned');
    else if (!(await isInside(event.target))) await close();
  });

  on('keydown', async (event) => {
    const mark = markAt(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      await open(mark, 'pinned', true);
    } else if (event.key === 'Escape' && mode) {
      // Focus goes back to the figure when it was on the figure or in the popover.
      await close(mark !== null || (await isInside(event.target)));
    }
  });

  const follow = guard(async () => {
    if (!mode) return;
    const p = await popover();
    if (!p.anchor) return;
    const r = p.anchor.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) await close();
    else p.place();
  });
  // Scrolling and resizing matter only while a popover is open, so their listeners are added
  // when one opens and removed when it closes: a page that is only read pays for neither.
  let following: AbortController | null = null;
  const startFollowing = () => {
    if (following || !ctx.isValid) return;
    following = new AbortController();
    const signal = AbortSignal.any([following.signal, ctx.signal]);
    window.addEventListener('scroll', follow, { capture: true, passive: true, signal });
    window.addEventListener('resize', follow, { passive: true, signal });
  };
  const stopFollowing = () => {
    following?.abort();
    following = null;
  };

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
    hidden(anchor: HTMLElement | null, returnFocus: boolean) {
      clearTimeout(timer);
      stopFollowing();
      mode = null;
      refocused = returnFocus ? anchor : null;
    },
  };
}
