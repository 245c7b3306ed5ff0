// The popup's lists: the page's figures grouped by quantity, conflicts first; or, for a page
// with none, the stored events and their conflicts.
import type { ClaimSet, TimeVerdict, Verdict } from '../engine/claimset/types';
import type { PageFigure } from '../engine/match/page-figure';
import { h } from './dom';
import { formatDay } from './format-date';
import type { FigureView } from './figure-view';

/** Performance mark the popup sets once its list of the page's figures is on screen: the time
 *  from opening to a useful popup, read by the benchmark (and visible in DevTools). */
export const POPUP_LISTED_MARK = 'crosscount:popup-listed';

export interface QuantityOnPage {
  groupId: string;
  verdict: Verdict;
  /** Disputed when any of the page's figures for it is, else revised when one is. */
  timeVerdict: TimeVerdict;
  view: FigureView;
  /** This page's figures for the quantity, as written, each once. */
  pageTexts: string[];
  /** For each competing claim, the page figures it agrees with (a page may give several). */
  agreesWith: Map<string, string[]>;
  /** Index (in the page's figure list) of the first figure, to reveal it. */
  first: number;
}

const ORDER: Verdict[] = ['conflict', 'agree', 'single'];

/** The page's figures by quantity; `views[i]` is the view of `figures[i]`. */
export function quantitiesOnPage(figures: readonly PageFigure[], views: readonly FigureView[]): QuantityOnPage[] {
  const byGroup = new Map<string, QuantityOnPage>();
  figures.forEach((figure, index) => {
    let q = byGroup.get(figure.groupId);
    if (!q) {
      q = { groupId: figure.groupId, verdict: figure.verdict, timeVerdict: views[index].timeVerdict, view: views[index], pageTexts: [], agreesWith: new Map(), first: index };
      byGroup.set(figure.groupId, q);
    }
    // One figure of the page in conflict puts the quantity in conflict.
    if (figure.verdict === 'conflict') q.verdict = 'conflict';
    if (views[index].timeVerdict === 'disputed' || (views[index].timeVerdict === 'revised' && q.timeVerdict !== 'disputed')) q.timeVerdict = views[index].timeVerdict;
    if (!q.pageTexts.includes(figure.text)) q.pageTexts.push(figure.text);
    for (const id of figure.agreeing) {
      const texts = q.agreesWith.get(id) ?? [];
      if (!texts.includes(figure.text)) q.agreesWith.set(id, [...texts, figure.text]);
    }
  });
  return [...byGroup.values()].sort((a, b) => ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) || a.first - b.first);
}

export function renderQuantity(doc: Document, q: QuantityOnPage, onReveal: (index: number) => void): HTMLElement {
  const button = h(
    doc,
    'button',
    // Named by what it shows (axe: a name must contain the visible text); what it does, and the
    // verdict its colour gives, in its description.
    { type: 'button', class: 'reveal', title: 'Show on the page', 'aria-description': `Show on the page. ${q.view.summary}` },
    h(doc, 'span', { class: 'label' }, q.view.label),
    h(doc, 'span', { class: 'page-figure' }, 'This page: ', h(doc, 'strong', {}, q.pageTexts.join(', '))),
  );
  button.addEventListener('click', () => onReveal(q.first));
  // In the order they were published, as the popover lists them.
  const others = q.view.competitors.map((c) => {
    const agreed = q.agreesWith.get(c.claimId) ?? [];
    const tag = agreed.length === 0 ? null : q.pageTexts.length === 1 ? ' (agrees)' : ` (agrees with ${agreed.join(', ')})`;
    return h(
      doc,
      'li',
      { class: agreed.length > 0 ? 'agrees' : 'differs' },
      h(doc, 'strong', {}, c.text),
      ` — ${[c.outlet, c.date && formatDay(c.date)].filter(Boolean).join(', ')}`,
      c.latest && h(doc, 'span', { class: 'latest' }, ' · latest'),
      tag && h(doc, 'span', { class: 'tag' }, tag),
    );
  });
  const { revision, range } = q.view;
  return h(
    doc,
    'li',
    { class: `quantity ${q.verdict} ${q.timeVerdict}`, 'data-group': q.groupId },
    button,
    revision
      ? h(doc, 'div', { class: 'range revision' }, `Revised over time: ${revision.counts.join(' → ')}${revision.span ? `, ${revision.span}` : ''}`)
      : range && h(doc, 'div', { class: 'range' }, `${range[0].toUpperCase()}${range.slice(1)}`),
    others.length > 0 && h(doc, 'ol', { class: 'others' }, ...others),
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
    h(doc, 'div', { class: 'range' }, `${set.sources.length} articles · ${conflictCount(conflicts)}`),
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
            g.timeVerdict === 'revised' ? ' (revised over time) — ' : ' — ',
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

/** "2 disputed, 1 revised", or "no conflicts". */
function conflictCount(conflicts: ClaimSet['groups']): string {
  const disputed = conflicts.filter((g) => g.timeVerdict === 'disputed').length;
  const revised = conflicts.length - disputed;
  const parts = [disputed > 0 && `${disputed} disputed`, revised > 0 && `${revised} revised`].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no conflicts';
}
