// The popup's lists: the page's figures grouped by quantity, conflicts first; or, for a page
// with none, the stored events and their conflicts.
import type { ClaimSet, Verdict } from '../engine/claimset/types';
import type { PageFigure } from '../engine/match/page-figure';
import { h } from './dom';
import { formatInterval, viewFigure, type FigureView } from './figure-view';

export interface QuantityOnPage {
  groupId: string;
  verdict: Verdict;
  view: FigureView;
  /** This page's figures for the quantity, as written, each once. */
  pageTexts: string[];
  /** Index (in the page's figure list) of the first figure, to reveal it. */
  first: number;
}

const ORDER: Verdict[] = ['conflict', 'agree', 'single'];

export function quantitiesOnPage(figures: readonly PageFigure[], sets: readonly ClaimSet[]): QuantityOnPage[] {
  const byGroup = new Map<string, QuantityOnPage>();
  figures.forEach((figure, index) => {
    const known = byGroup.get(figure.groupId);
    if (known) {
      if (!known.pageTexts.includes(figure.text)) known.pageTexts.push(figure.text);
      return;
    }
    byGroup.set(figure.groupId, {
      groupId: figure.groupId,
      verdict: figure.verdict,
      view: viewFigure(figure, sets),
      pageTexts: [figure.text],
      first: index,
    });
  });
  return [...byGroup.values()].sort((a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) || a.first - b.first);
}

export function renderQuantity(doc: Document, q: QuantityOnPage, onReveal: (index: number) => void): HTMLElement {
  const button = h(
    doc,
    'button',
    { type: 'button', class: 'reveal', 'aria-label': `Show on the page: ${q.view.summary}` },
    h(doc, 'span', { class: 'label' }, q.view.label),
    h(doc, 'span', { class: 'page-figure' }, 'This page: ', h(doc, 'strong', {}, q.pageTexts.join(', '))),
  );
  button.addEventListener('click', () => onReveal(q.first));
  const others = q.view.competitors.map((c) =>
    h(doc, 'li', { class: c.agrees ? 'agrees' : 'differs' }, h(doc, 'strong', {}, c.text), ` — ${c.outlet}`, c.agrees && h(doc, 'span', { class: 'tag' }, ' (agrees)')),
  );
  return h(
    doc,
    'li',
    { class: `quantity ${q.verdict}`, 'data-group': q.groupId },
    button,
    q.view.range && h(doc, 'div', { class: 'range' }, `Reported range ${q.view.range}`),
    others.length > 0 && h(doc, 'ul', { class: 'others' }, ...others),
  );
}

/** A stored event with each of its conflicts: the quantity and every outlet's figure. */
export function renderStoredEvent(doc: Document, set: ClaimSet): HTMLElement {
  const claims = new Map(set.claims.map((c) => [c.id, c]));
  const outlets = new Map(set.sources.map((s) => [s.id, s.outlet]));
  const conflicts = set.groups.filter((g) => g.verdict === 'conflict');
  return h(
    doc,
    'li',
    { class: 'event' },
    h(doc, 'div', { class: 'event-title' }, set.event.title),
    h(doc, 'div', { class: 'range' }, `${set.sources.length} articles · ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}`),
    conflicts.length > 0 &&
      h(
        doc,
        'ul',
        { class: 'others' },
        ...conflicts.map((g) =>
          h(
            doc,
            'li',
            {},
            h(doc, 'strong', {}, g.label),
            `: ${formatInterval(g.range)} — `,
            g.claims
              .map((id) => claims.get(id))
              .map((c) => (c ? `${c.text} (${outlets.get(c.source) ?? c.source})` : ''))
              .filter(Boolean)
              .join(', '),
          ),
        ),
      ),
  );
}
