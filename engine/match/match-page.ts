// Finds the figures on a page that report a quantity stored in a claim set, and the competing
// figures other outlets gave for it. The page is read as one more article by the builder's own
// claim reader, and its figures join the stored groups by the builder's own merging
// (joinGroups), so a page and the claim set agree on what a figure is and which figures of one
// article are one quantity.
//
// A page that is itself one of a set's sources (its address names the source) already has its
// figures in the set: they are found again by their quotes (anchor-quote.ts) and shown with
// the groups the set gave them, without reading the page. That is the common case — a reader
// on one of the articles the set was built from — and costs a few string searches instead of
// the grammar and the claim reader. When any of the source's figures can no longer be found
// (the article was edited), the page is read like any other.
import { bucketKey, joinGroups } from '../align/group-claims';
import { overlaps } from '../align/intervals';
import { verdictOf } from '../align/verdict';
import { claimsOfDrafts, presentYearOf } from '../claimset/build';
import { extractClaimsInSteps, runToEnd } from '../claims/extract-claims';
import { findFigures } from '../figures/find-figures';
import type { Claim, ClaimSet, Group, Source } from '../claimset/types';
import type { PageFigure } from './page-figure';
import { anchorQuote } from './anchor-quote';
import { sameArticle } from './article-url';
import { eventNames, pageConcernsEvent } from './relevance';
import { byCodeUnit } from '../text/compare';

interface SetIndex {
  claims: Map<string, Claim>;
  groupsByBucket: Map<string, Group[]>;
  /** The group of each claim that counts something (the groups a page can join). */
  groupOf: Map<string, Group>;
}

const indexes = new WeakMap<ClaimSet, SetIndex>();

function indexOf(set: ClaimSet): SetIndex {
  let index = indexes.get(set);
  if (index) return index;
  const claims = new Map(set.claims.map((c) => [c.id, c]));
  const groupsByBucket = new Map<string, Group[]>();
  const groupOf = new Map<string, Group>();
  for (const g of set.groups) {
    const first = claims.get(g.claims[0]);
    const key = first && bucketKey(first);
    if (!key) continue;
    if (!groupsByBucket.has(key)) groupsByBucket.set(key, []);
    groupsByBucket.get(key)!.push(g);
    for (const id of g.claims) groupOf.set(id, g);
  }
  indexes.set(set, (index = { claims, groupsByBucket, groupOf }));
  return index;
}

const PAGE_SOURCE = '\u0000page';

/** The page's own figures when the page is one of the set's sources: its stored claims, found
 *  again by their quotes; null when any of them is no longer on the page. */
function anchorOwnClaims(text: string, set: ClaimSet, own: Set<string>): PageFigure[] | null {
  const index = indexOf(set);
  const figures: PageFigure[] = [];
  for (const claim of set.claims) {
    if (!own.has(claim.source)) continue;
    const places = anchorQuote(text, claim.selector);
    if (!places.length) return null;
    const group = index.groupOf.get(claim.id);
    const competitors = group?.claims.map((id) => index.claims.get(id)!).filter((c) => !own.has(c.source)) ?? [];
    if (!group || !competitors.length) continue;
    for (const at of places) figures.push(pageFigure(set, group, { ...claim, ...at, text: text.slice(at.start, at.end) }, competitors));
  }
  return figures;
}

/** The page's claims that join one of the set's groups, by the builder's own merging. */
function joinSet(set: ClaimSet, own: Set<string>, pageClaims: Claim[]): PageFigure[] {
  const index = indexOf(set);
  const figures: PageFigure[] = [];
  const byBucket = new Map<string, Claim[]>();
  for (const c of pageClaims) {
    const key = bucketKey(c);
    if (!key || !index.groupsByBucket.has(key)) continue;
    if (!byBucket.has(key)) byBucket.set(key, []);
    byBucket.get(key)!.push(c);
  }
  for (const [key, added] of byBucket) {
    // The page stands in for its own article when it is one of the sources.
    const groups = index.groupsByBucket.get(key)!
      .map((g) => ({ group: g, claims: g.claims.map((id) => index.claims.get(id)!).filter((c) => !own.has(c.source)) }))
      .filter((g) => g.claims.length);
    if (!groups.length) continue;
    const joined = joinGroups(groups.map((g) => g.claims), added);
    added.forEach((c, i) => {
      if (joined[i] < 0) return;
      const { group, claims: competitors } = groups[joined[i]];
      figures.push(pageFigure(set, group, c, competitors));
    });
  }
  return figures;
}

function pageFigure(set: ClaimSet, group: Group, c: Pick<Claim, 'start' | 'end' | 'text' | 'value' | 'source'>, competitors: Claim[]): PageFigure {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    value: c.value,
    eventId: set.event.id,
    groupId: group.id,
    label: group.label,
    verdict: verdictOf([c, ...competitors]),
    competitors: competitors.map((x) => x.id),
    agreeing: competitors.filter((x) => overlaps(x.value, c.value)).map((x) => x.id),
  };
}

export function matchPage(text: string, sets: readonly ClaimSet[], options: { pageUrl?: string } = {}): PageFigure[] {
  return runToEnd(matchPageInSteps(text, sets, options, Infinity));
}

/** The same matching, pausing (yielding) every `sentencesPerStep` sentences of the page, so
 *  the content script can spread a long page over short tasks. */
export function* matchPageInSteps(
  text: string,
  sets: readonly ClaimSet[],
  options: { pageUrl?: string },
  sentencesPerStep: number,
): Generator<void, PageFigure[], void> {
  const figures: PageFigure[] = [];
  const toRead: { set: ClaimSet; own: Set<string> }[] = [];
  for (const set of sets) {
    const own = new Set(set.sources.filter((s) => options.pageUrl && sameArticle(s.url, options.pageUrl)).map((s) => s.id));
    // A page where every figure of its source is found again by its quote is that article: it
    // concerns the event without its words being counted. Any other page must show enough of
    // the event's terms in its visible text before it is read.
    const anchored = own.size ? anchorOwnClaims(text, set, own) : null;
    if (anchored) figures.push(...anchored);
    else if (pageConcernsEvent(text, set.terms, eventNames(set))) toRead.push({ set, own });
  }
  if (toRead.length) {
    const page: Source = { id: PAGE_SOURCE, file: '', outlet: 'this page', url: options.pageUrl ?? '', title: '', published: '' };
    const figuresOnPage = findFigures(text);
    yield;
    const drafts = yield* extractClaimsInSteps(text, figuresOnPage, sentencesPerStep);
    for (const { set, own } of toRead) figures.push(...joinSet(set, own, claimsOfDrafts({ source: page, text }, drafts, presentYearOf(set.sources))));
  }
  return figures.sort((a, b) => a.start - b.start || byCodeUnit(a.eventId, b.eventId));
}
