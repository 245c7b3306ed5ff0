// Groups figures from different outlets that report the same quantity.
//
// Figures are first split by what they count (concept); inside a split, figures with different
// outcomes stay apart ("could have carried 250 fighters" never meets "250 fighters killed"), and
// a figure whose outcome is unsaid may join only the outcome its concept mostly has. Clusters
// are merged greedily by average affinity (see affinity.ts), under one constraint read from the
// article itself: when one article gives two figures that cannot both hold, placed apart, marked
// as additional ("a separate set of strikes", "another 60") or from one speaker, and not told as
// a change of count, they are two quantities, so their clusters never merge. That is how 55
// vehicles in one convoy stay apart from 120 in another when one outlet reports both, while a
// toll that "rose to 312 from 290" stays one.
import type { Claim } from '../claimset/types';
import { affinity, differentHours, differentParts, differentYears, placesOf } from './affinity';
import { gapRatio, overlaps } from './intervals';

/** Below this average link two clusters stay apart. */
const MERGE_THRESHOLD = 0;
// Two figures a hundredfold apart are not one quantity told twice: "thousands of fans crossed the
// bridge" does not dispute "3 million fans"; estimates of one quantity differ tenfold.
const MAGNITUDES_APART = 100;
const MAGNITUDES_APART_COST = 3;
/** A figure whose outcome is unsaid ("250,000 people", "5,000 barrels per day") needs positive
 *  evidence to join figures whose outcome is told: this much is taken from its links. */
const UNKNOWN_ACTION_COST = 2;
/** Outcomes of amounts are told with many verbs for one flow ("leaking", "spewing",
 *  "released"); two of them tell against one quantity without ruling it out. */
const OTHER_ACTION_COST = 1;
/** Two figures of one concept whose outcome is told and the same lean together a little: an
 *  event's outlets that report "barrels a day spilled" report one flow, however far apart their
 *  estimates (1,000 to 100,000), unless something tells them apart. */
const SAME_ACTION_PRIOR = 0.25;
/** Compatible figures of one article in one bucket lean together: an article usually tells one
 *  quantity per outcome unless it marks a second (which `distinctInOneArticle` catches). */
const SAME_ARTICLE_COHESION = 1.5;

/** Figures are compared only with figures that count the same concept. */
export function bucketKey(c: Pick<Claim, 'concept'>): string | null {
  return c.concept;
}

/**
 * What happens to a concept in an event, when one outcome dominates: two thirds or more of the
 * figures of that concept whose outcome is told. A figure of the concept with no outcome of its
 * own may join only figures of that outcome.
 */
function dominantActions(claims: readonly Claim[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const c of claims) {
    if (!c.concept || !c.action) continue;
    if (!counts.has(c.concept)) counts.set(c.concept, new Map());
    const m = counts.get(c.concept)!;
    m.set(c.action, (m.get(c.action) ?? 0) + 1);
  }
  const dominant = new Map<string, string>();
  for (const [concept, m] of counts) {
    const total = [...m.values()].reduce((x, y) => x + y, 0);
    for (const [action, n] of m) if (n * 3 >= total * 2) dominant.set(concept, action);
  }
  return dominant;
}

const isAmount = (c: Claim) => !!c.unit;

/** What two figures' outcomes say about their being one quantity: a little for one told
 *  outcome, nothing when both are unsaid, a cost, or -Infinity when they cannot be one. */
function actionLink(a: Claim, b: Claim, dominant: Map<string, string>): number {
  if (a.action === b.action) return a.action ? SAME_ACTION_PRIOR : 0;
  // An amount is pinned by its unit and rate; the verbs news uses for it vary more than it does.
  if (isAmount(a) && isAmount(b)) return a.action && b.action ? -OTHER_ACTION_COST : 0;
  if (a.action && b.action) return -Infinity;
  const told = (a.action ?? b.action)!;
  return dominant.get(a.concept!) === told ? -UNKNOWN_ACTION_COST : -Infinity;
}

// Two figures of one article that cannot both hold are two quantities, unless the article sets
// them against each other as two named sources' competing numbers ("X said 688 ... Y said 750").
// Headings and captions sum the story up rather than add a statement of their own.
const isHeading = (c: Claim) => !/[.!?"”’)]$/.test(c.sentence.trim());

// A figure told as a change of count ("rose to 312", "up from 290", "the previous toll",
// "revised downward to 85") or as one count among others ("the official toll", "a new count")
// is the same quantity at another time or by another counter, not a second quantity. "Previous"
// or "first" must qualify a count, and a count must be what "reached": "some previous mayors
// drew 2 million" and "coverage reached 20 million viewers" retell nothing.
export const RETOLD = /\b(?:rose|risen|rising|rises|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|increas(?:ed|es|ing)|soar(?:ed|s|ing)?|(?:number|count|total|tally|figure)\s+(?:\S+\s+){0,4}?reach(?:ed|es|ing)?|rais(?:ed|es|ing)|revis(?:ed|es|ing)|updat(?:ed|es|ing)|fell|fall(?:en|s|ing)?|dropp?(?:ed|s|ing)?|declin(?:ed|es|ing)|decreas(?:ed|es|ing)|down\s+from|up\s+from|previously|initially|originally|(?:previous|initial|original|earlier|first)\s+(?:\w+\s+)?(?:count|tally|toll|figure|estimate|total|number)s?|new\s+(?:count|tally|toll|figure)|(?:death\s+)?toll|tally|stands?\s+at|stood\s+at)\b/i;

function distinctInOneArticle(a: Claim, b: Claim): boolean {
  if (a.source !== b.source || isHeading(a) || isHeading(b)) return false;
  if ([a, b].some((c) => c.scope.includes('another') || c.scope.includes('separate'))) return true;
  // "310 other buildings" counts the rest beside the article's own count, whatever its value.
  if (a.scope.includes('other') !== b.scope.includes('other')) return true;
  if (overlaps(a.value, b.value)) return false;
  // "120 Ruritanians" beside "at least 900 people": a part beside the whole it tells.
  if (a.scope.some((x) => x.startsWith('part:')) !== b.scope.some((x) => x.startsWith('part:'))) return true;
  if (placedApart(a, b)) return true;
  if (RETOLD.test(a.sentence) || RETOLD.test(b.sentence)) return false;
  // The article says one of them is disputed or false (see extract-claims): it tells a conflict
  // of one quantity, not a second quantity.
  if (a.scope.includes('disputed') || b.scope.includes('disputed')) return false;
  // Two amounts in one unit and rate, unplaced, are one measure estimated twice ("5,000 barrels a
  // day", later "12,000 to 19,000"): an article does not measure two flows in one unit unmarked.
  if (isAmount(a) && isAmount(b)) return false;
  return !a.speaker || !b.speaker || a.speaker === b.speaker;
}

/** Whether the article places two figures apart: each in places of its own. */
function placedApart(a: Claim, b: Claim): boolean {
  const pa = placesOf(a), pb = placesOf(b);
  return pa.size > 0 && pb.size > 0 && ![...pa].some((p) => pb.has(p));
}

/** Returns clusters of claim ids, each cluster in article order, clusters in order of first claim. */
export function groupClaims(claims: Claim[]): Claim[][] {
  const buckets = new Map<string, Claim[]>();
  const groups: Claim[][] = [];
  for (const c of claims) {
    const key = bucketKey(c);
    if (!key) { groups.push([c]); continue; }
    if (!buckets.has(key)) buckets.set(key, []);
    buckets.get(key)!.push(c);
  }
  const dominant = dominantActions(claims);
  for (const bucket of buckets.values()) {
    for (const part of partitionByAction(bucket, dominant)) groups.push(...clusterBucket(part, dominant));
  }
  const order = new Map(claims.map((c, i) => [c.id, i]));
  for (const g of groups) g.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return groups.sort((a, b) => order.get(a[0].id)! - order.get(b[0].id)!);
}

/**
 * A concept's figures split by the outcome they can join (`actionLink`): their own, or for an
 * unsaid one the concept's dominant outcome. Figures of two such sets never link, so clustering
 * each set alone gives the same groups for a fraction of the comparisons. Amounts link across
 * outcomes, so a concept with any amount stays whole.
 */
function partitionByAction<T>(items: T[], dominant: Map<string, string>, claimOf: (item: T) => Claim = (x) => x as Claim): T[][] {
  if (items.some((x) => isAmount(claimOf(x)))) return [items];
  const parts = new Map<string, T[]>();
  for (const x of items) {
    const c = claimOf(x);
    const key = c.action ?? dominant.get(c.concept!) ?? '';
    if (!parts.has(key)) parts.set(key, []);
    parts.get(key)!.push(x);
  }
  return [...parts.values()];
}

function clusterBucket(bucket: Claim[], dominant: Map<string, string>): Claim[][] {
  return clusterIndices(bucket, dominant, bucket.map((_, i) => [i])).map((c) => c.map((i) => bucket[i]));
}

/**
 * Adds new figures (a page's) to groups already formed (a claim set's), by the same merging the
 * builder uses. Stored groups are kept apart from each other, so a page can join a group but
 * never fuse two. Returns, for each new figure, the index of the stored group it joined or -1.
 */
export function joinGroups(stored: Claim[][], added: Claim[]): number[] {
  const dominant = dominantActions([...stored.flat(), ...added]);
  type Item = { group: Claim[]; index: number; isAdded: boolean };
  const items: Item[] = [
    ...stored.map((group, index) => ({ group, index, isAdded: false })),
    ...added.map((c, index) => ({ group: [c], index, isAdded: true })),
  ];
  // A stored group joins the part of its members' told outcome.
  const representative = (x: Item) => x.group.find((c) => c.action) ?? x.group[0];
  const joined = new Array<number>(added.length).fill(-1);
  for (const part of partitionByAction(items, dominant, representative)) {
    const partStored = part.filter((x) => !x.isAdded);
    const partAdded = part.filter((x) => x.isAdded);
    if (!partStored.length || !partAdded.length) continue;
    const result = joinPart(partStored.map((x) => x.group), partAdded.map((x) => x.group[0]), dominant);
    result.forEach((g, i) => { if (g >= 0) joined[partAdded[i].index] = partStored[g].index; });
  }
  return joined;
}

function joinPart(stored: Claim[][], added: Claim[], dominant: Map<string, string>): number[] {
  const bucket = [...stored.flat(), ...added];
  const groupOf: number[] = stored.flatMap((g, gi) => g.map(() => gi));
  const initial: number[][] = [];
  let next = 0;
  for (const g of stored) initial.push(g.map(() => next++));
  for (let i = 0; i < added.length; i++) initial.push([next++]);
  const clusters = clusterIndices(bucket, dominant, initial, (i, j) =>
    i < groupOf.length && j < groupOf.length && groupOf[i] !== groupOf[j],
  );
  const joined = new Array<number>(added.length).fill(-1);
  for (const c of clusters) {
    const storedMember = c.find((i) => i < groupOf.length);
    if (storedMember === undefined) continue;
    for (const i of c) if (i >= groupOf.length) joined[i - groupOf.length] = groupOf[storedMember];
  }
  return joined;
}

function clusterIndices(
  bucket: Claim[],
  dominant: Map<string, string>,
  initial: number[][],
  keptApart: (i: number, j: number) => boolean = () => false,
): number[][] {
  // Pairs are scored when the merge loop first compares them, not all up front: when a page
  // joins a claim set, stored groups are kept apart, so the stored-by-stored pairs (most of the
  // n²) are never compared and their affinity would be wasted work on every page.
  const n = bucket.length;
  const memo = new Array<number | undefined>(n * n);
  // A figure whose outcome is unsaid takes the outcome of the group it joins: once "250 people"
  // has joined "250 people attended", it is an attendance and no longer holds its group back
  // from other attendances. So, outside amounts (whose told outcomes differ inside one bucket),
  // the outcome is weighed once per pair of clusters rather than averaged over their figures.
  const byCluster = !bucket.some(isAmount);
  const link = (i: number, j: number): number => {
    let s = memo[i * n + j];
    if (s === undefined) {
      const a = bucket[i], b = bucket[j];
      const outcome = actionLink(a, b, dominant);
      s = outcome === -Infinity || keptApart(i, j) || distinctInOneArticle(a, b) || differentYears(a, b) || differentHours(a, b) || differentParts(a, b)
        ? -Infinity
        : (byCluster ? 0 : outcome) + (a.source !== b.source ? affinity(a, b) : overlaps(a.value, b.value) ? SAME_ARTICLE_COHESION : 0)
          - ((a.vague || b.vague) && gapRatio(a.value, b.value) > MAGNITUDES_APART ? MAGNITUDES_APART_COST : 0);
      memo[i * n + j] = s;
    }
    return s;
  };
  const told = (x: number[]) => x.some((i) => bucket[i].action);
  const outcomeLink = (x: number[], y: number[]) => {
    if (!byCluster) return 0;
    const tx = told(x), ty = told(y);
    return tx && ty ? SAME_ACTION_PRIOR : tx !== ty ? -UNKNOWN_ACTION_COST : 0;
  };
  let clusters: number[][] = initial.map((c) => [...c]);
  for (;;) {
    let best = -Infinity, bi = -1, bj = -1;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const s = linkScore(clusters[i], clusters[j], link) + outcomeLink(clusters[i], clusters[j]);
        // Ties go to the earliest pair, which keeps the result independent of hash order.
        if (s > best) { best = s; bi = i; bj = j; }
      }
    }
    if (bi < 0 || best < MERGE_THRESHOLD) break;
    clusters = clusters.filter((_, k) => k !== bi && k !== bj).concat([[...clusters[bi], ...clusters[bj]]]);
    clusters.sort((x, y) => Math.min(...x) - Math.min(...y));
  }
  return clusters;
}

/** Average link between two clusters; -Infinity when any pair must stay apart. */
function linkScore(x: number[], y: number[], link: (i: number, j: number) => number): number {
  let sum = 0;
  for (const i of x) for (const j of y) {
    const s = link(i, j);
    if (s === -Infinity) return s;
    sum += s;
  }
  return sum / (x.length * y.length);
}
