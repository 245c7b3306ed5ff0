// The conflict map: a slim bar at the right edge of the viewport with one mark per highlighted
// figure, at the figure's height in the page and coloured by its verdict with time, so a reader
// sees at a glance where a long article's disputes are. Clicking a mark goes to its figure.
//
// Like the popover it lives in a shadow root of its own element, last in the document, so the
// page's CSS cannot reach it and it adds nothing to the page's text. The bar itself lets clicks
// through to the page; only its marks take them. It is hidden on narrow screens, where it would
// sit on the text, and in print.
import type { TimeVerdict } from '../../engine/claimset/types';
import css from './conflict-map.css?inline';
import { shadowHost } from '../shadow-host';

export interface MapFigure {
  /** The highlight's first mark, whose place in the page the map shows. */
  lead: HTMLElement;
  timeVerdict: TimeVerdict;
  /** What the mark says to a screen reader: the figure's summary. */
  summary: string;
}

export interface ConflictMap {
  readonly host: HTMLElement;
  /** Draws one mark per figure, in the order given, replacing the last drawing. */
  draw(figures: readonly MapFigure[]): void;
  /** Takes the map off the page. */
  remove(): void;
}

/** `onPick(index)` runs when the mark of `figures[index]` is clicked. */
export function createConflictMap(doc: Document, onPick: (index: number) => void): ConflictMap {
  const { host, shadow } = shadowHost(doc, 'crosscount-map', css);
  const bar = doc.createElement('nav');
  bar.className = 'bar';
  bar.setAttribute('aria-label', 'Crosscount: where the figures other outlets reported are on this page');
  shadow.append(bar);
  bar.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('button[data-index]');
    if (mark) onPick(Number(mark.dataset.index));
  });

  let drawn: readonly MapFigure[] = [];
  // Every place is read before any mark moves: a read after a move makes the browser lay the
  // page out again, once per mark.
  const position = () => {
    const view = doc.defaultView;
    const height = Math.max(doc.documentElement.scrollHeight, doc.body?.scrollHeight ?? 0, 1);
    const scrollY = view?.scrollY ?? 0;
    const marks = [...bar.querySelectorAll<HTMLElement>('button[data-index]')];
    const tops = marks.map((mark) => drawn[Number(mark.dataset.index)].lead.getBoundingClientRect().top + scrollY);
    marks.forEach((mark, i) => {
      mark.style.top = `${Math.min(100, Math.max(0, (tops[i] / height) * 100))}%`;
    });
  };
  // Positions depend on the page's layout, which a resize changes; scrolling does not.
  const resized = () => position();

  const remove = () => {
    doc.defaultView?.removeEventListener('resize', resized);
    host.remove();
  };

  return {
    host,
    draw(figures) {
      drawn = figures;
      if (figures.length === 0) return remove();
      if (!host.isConnected) {
        doc.documentElement.append(host);
        doc.defaultView?.addEventListener('resize', resized, { passive: true });
      }
      bar.replaceChildren(
        ...figures.map((figure, index) => {
          const mark = doc.createElement('button');
          mark.type = 'button';
          mark.className = `mark ${figure.timeVerdict}`;
          mark.dataset.index = String(index);
          mark.dataset.verdict = figure.timeVerdict;
          // The page's own marks are reached with Tab and the shortcut; the map is for the pointer.
          mark.tabIndex = -1;
          mark.setAttribute('aria-label', figure.summary);
          mark.title = figure.summary;
          return mark;
        }),
      );
      position();
    },
    remove,
  };
}
