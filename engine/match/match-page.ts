// Finds the figures on a page that report a quantity stored in a claim set, and the competing
// figures other outlets gave for it. The page is read as one more article by the builder's own
// claim reader, and its figures join the stored groups by the builder's own merging
// (joinGroups), so a page and the claim set agree on what a figure is and which figures of one
// article are one quantity.
import { bucketKey, joinGroups } from '../align/group-claims';
import { overlaps } from '../align/intervals';
import { verdictOf } from '../align/verdict';
import { claimsOfDrafts } from '../claimset/build';
import { extractClaimsInSteps, runToEnd } from '../claims/extract-claims';
import { findFigures } from '../figures/find-figures';
import type { Claim, ClaimSet, Group, Source } from '../claimset/types';
import type { PageFigure } from './page-figure';
import { pageConcernsEvent } from './relevance';

interface SetIndex {
  claims: Map<string, Claim>;
  groupsByBucket: Map<string, Group[]>;
}

const indexes = new WeakMap<ClaimSet, SetIndex>();

function indexOf(set: ClaimSet): SetIndex {
  let index = indexes.get(set);
  if (index) return index;
  const claims = new Map(set.claims.map((c) => [c.id, c]));
  const groupsByBucket = new Map<string, Group[]>();
  for (const g of set.groups) {
    const first = claims.get(g.claims[0]);
    const key = first && bucketKey(first);
    if (!key) continue;
    if (!groupsByBucket.has(key)) groupsByBucket.set(key, []);
    groupsByBucket.get(key)!.push(g);
  }
  indexes.set(set, (index = { claims, groupsByBucket }));
  return index;
}

/** "https://www.example.com/a/b/?x#y" and "http://example.com/a/b" name the same article. */
function sameArticleUrl(a: string, b: string): boolean {
  const norm = (u: string) => u.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  return !!a && !!b && norm(a) === norm(b);
}

const PAGE_SOURCE = '\u0000page';

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
  const relevant = sets.filter((s) => pageConcernsEvent(text, s.terms));
  if (!relevant.length) return [];
  const page: Source = { id: PAGE_SOURCE, file: '', outlet: 'this page', url: options.pageUrl ?? '', title: '', published: '' };
  const figuresOnPage = findFigures(text);
  yield;
  const pageClaims = claimsOfDrafts({ source: page, text }, yield* extractClaimsInSteps(text, figuresOnPage, sentencesPerStep));
  const figures: PageFigure[] = [];
  for (const set of relevant) {
    const index = indexOf(set);
    const own = new Set(set.sources.filter((s) => options.pageUrl && sameArticleUrl(s.url, options.pageUrl)).map((s) => s.id));
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
        figures.push({
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
        });
      });
    }
  }
  return figures.sort((a, b) => a.start - b.start || a.eventId.localeCompare(b.eventId));
}
