// Wraps the matcher's figures in <mark> elements with mark.js, fed with the matcher's own
// ranges (markRanges), never with keyword searches: only what the engine found is marked.
import Mark from 'mark.js';
import type { PageFigure } from '../engine/match/page-figure';
import type { TextPiece, VisibleText } from './visible-text';

export const MARK_CLASS = 'crosscount-mark';
export const MARK_SELECTOR = `mark.${MARK_CLASS}`;

/** A figure on the page and the <mark> elements around its text (one per text node it spans). */
export interface Highlight<F extends PageFigure = PageFigure> {
  figure: F;
  marks: HTMLElement[];
}

// Inline, !important styles: the page's own CSS for <mark> (often a yellow background and black
// text) must not change the look, and no stylesheet needs to be added to the page. The underline
// style tells verdicts apart without relying on colour; the tint is translucent so it reads on
// dark and light pages alike. Nothing here changes layout.
const LOOK: Record<PageFigure['verdict'], Record<string, string>> = {
  conflict: {
    'background-color': 'rgba(255, 99, 71, 0.28)',
    'text-decoration': 'underline wavy rgb(220, 50, 30)',
  },
  agree: {
    'background-color': 'rgba(60, 180, 90, 0.22)',
    'text-decoration': 'underline solid rgb(40, 150, 70)',
  },
  single: {
    'background-color': 'transparent',
    'text-decoration': 'underline dotted rgb(128, 128, 128)',
  },
};

// One style attribute per verdict, written once: a page may get dozens of marks.
const STYLE = Object.fromEntries(
  Object.entries(LOOK).map(([verdict, look]) => [
    verdict,
    Object.entries({ ...look, color: 'inherit', 'text-decoration-skip-ink': 'none', cursor: 'pointer' })
      .map(([name, value]) => `${name}: ${value} !important;`)
      .join(' '),
  ]),
) as Record<PageFigure['verdict'], string>;

// mark.js counts offsets over the text nodes of its contexts, one context after another, except
// nodes directly inside script, style, title, head and html; the same walk gives each node's
// offset in that string.
function markjsOffsets(contexts: readonly Element[]): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const excluded = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);
  let at = 0;
  for (const context of contexts) {
    const iterator = context.ownerDocument.createNodeIterator(context, 4 /* SHOW_TEXT */);
    for (let node = iterator.nextNode(); node; node = iterator.nextNode()) {
      if (excluded.has(node.parentElement?.tagName ?? '')) continue;
      offsets.set(node as Text, at);
      at += (node as Text).data.length;
    }
  }
  return offsets;
}

/** The elements among `elements` that no other of them contains, in document order: mark.js
 *  would walk a context inside another twice. */
function outermost(elements: Iterable<Element>): Element[] {
  const sorted = [...elements].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  const kept: Element[] = [];
  // In document order a descendant follows its ancestor, and kept elements do not overlap, so
  // only the last one kept can contain the next.
  for (const element of sorted) if (!kept.at(-1)?.contains(element)) kept.push(element);
  return kept;
}

const markOf = (node: Node) => node.parentElement?.closest<HTMLElement>(MARK_SELECTOR) ?? null;

interface Job extends Mark.Range {
  index: number;
}

// Marks of one figure share a number, so the figure can be read back from the page (tests, and
// a figure split over several text nodes).
let figureSerial = 0;

/**
 * Marks each figure's text under `context` (the element `visible` was read from). A figure, or
 * part of one, already inside a Crosscount mark is not marked again, so calling this again after
 * a re-scan only adds what is new. Returns, for each figure in order, its marks (old and new).
 * `visible` is stale afterwards (text nodes are split); read the text again before reusing it.
 */
export function highlightFigures<F extends PageFigure>(context: Element, visible: VisibleText, figures: readonly F[]): Highlight<F>[] {
  const highlights: Highlight<F>[] = figures.map((figure) => ({ figure, marks: [] }));
  // mark.js walks every text node of the elements it is given; given the elements around the
  // figures' text rather than the whole page, marking costs what the figures cost, not what the
  // page does. One instance for all of them: each instance has its own set-up and walk.
  const parents = new Set<Element>();
  const pending: { piece: TextPiece; index: number }[] = [];
  figures.forEach((figure, index) => {
    for (const piece of visible.pieces(figure.start, figure.end)) {
      const existing = markOf(piece.node);
      if (existing) {
        if (!highlights[index].marks.includes(existing)) highlights[index].marks.push(existing);
        continue;
      }
      parents.add(piece.node.parentElement ?? context);
      pending.push({ piece, index });
    }
  });
  const serial = figureSerial;
  figureSerial += figures.length;
  const contexts = outermost(parents);
  const offsets = markjsOffsets(contexts);
  const jobs: Job[] = [];
  for (const { piece, index } of pending) {
    const base = offsets.get(piece.node);
    if (base !== undefined) jobs.push({ start: base + piece.start, length: piece.end - piece.start, index });
  }
  if (jobs.length > 0) {
    new Mark(contexts as HTMLElement[]).markRanges(jobs, {
      element: 'mark',
      className: MARK_CLASS,
      iframes: false,
      each(element, range) {
        const { index } = range as Job;
        const mark = element as HTMLElement;
        const { figure } = highlights[index];
        mark.className = `${MARK_CLASS} crosscount-${figure.verdict}`;
        mark.setAttribute('data-crosscount-group', figure.groupId);
        mark.setAttribute('data-crosscount-verdict', figure.verdict);
        mark.setAttribute('data-crosscount-figure', String(serial + index));
        mark.setAttribute('style', STYLE[figure.verdict]);
        highlights[index].marks.push(mark);
      },
    });
  }
  for (const h of highlights) {
    h.marks.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
  }
  return highlights;
}

/** Removes every Crosscount mark under `context`, leaving the page's text nodes as they were. */
export function unhighlight(context: Element): void {
  for (const mark of context.querySelectorAll(MARK_SELECTOR)) {
    const parent = mark.parentNode!;
    const before = mark.previousSibling;
    const after = mark.nextSibling;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
    // Re-join the text node that marking split in two (or three).
    mergeText(before, before?.nextSibling ?? null);
    mergeText(after?.previousSibling ?? null, after);
  }
}

function mergeText(first: Node | null, second: Node | null) {
  if (first?.nodeType === 3 && second?.nodeType === 3 && first !== second) {
    (first as Text).appendData((second as Text).data);
    second.parentNode!.removeChild(second);
  }
}
