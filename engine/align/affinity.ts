// How strongly two figures read as the same quantity, for figures that already count the same
// thing with the same outcome (same concept and action). Positive is evidence for, negative
// against; zero means nothing tells them apart, and such figures are grouped: outlets that
// report "vehicles destroyed" in one event usually report the same destruction.
import type { Claim } from '../claimset/types';
import { placeKey } from '../claims/scope';
import { DAY } from '../claims/scope';
import { centre, overlaps } from './intervals';

type Comparable = Pick<Claim, 'value' | 'vague' | 'scope' | 'nearby' | 'agents'>;

const MARKERS = new Set(['in total', 'another', 'separate', 'other', 'nationwide', 'disputed']);
const YEAR = /^\d{4}$/;
const PART = /^part:/;
const OWNER = /^owner:/;
const HOUR = /^time:/;
/** A part against the whole ("46 Norwegian passengers", "120 passengers") is evidence against one
 *  quantity, not proof: "2,975 Americans" died may be every death there was. */
const PART_OF_WHOLE_COST = 1.5;

const DATED_COST = 1.5;
const OTHER_COST = 2;
/** Two numbers this close (a share of the larger) are the same count told twice. */
const NEAR = 0.01;

/** The places a figure's sentence names, as spelling-tolerant keys. */
export function placesOf(c: Pick<Claim, 'scope'>): Set<string> {
  return new Set(c.scope.filter((s) => !MARKERS.has(s) && !DAY.test(s) && !YEAR.test(s) && !PART.test(s) && !OWNER.test(s) && !HOUR.test(s)).map(placeKey));
}

/** Figures of two different parts or owners are different quantities: one country's dead and
 *  another's, one candidate's votes and another's. */
export function differentParts(a: Pick<Claim, 'scope'>, b: Pick<Claim, 'scope'>): boolean {
  const pa = a.scope.find((s) => PART.test(s)), pb = b.scope.find((s) => PART.test(s));
  const oa = a.scope.find((s) => OWNER.test(s)), ob = b.scope.find((s) => OWNER.test(s));
  return (!!pa && !!pb && pa !== pb) || (!!oa && !!ob && oa !== ob);
}

/** Figures dated to different years are different quantities (this year's crowd, 2009's). */
export function differentYears(a: Pick<Claim, 'scope'>, b: Pick<Claim, 'scope'>): boolean {
  const ya = a.scope.find((s) => YEAR.test(s)), yb = b.scope.find((s) => YEAR.test(s));
  return !!ya && !!yb && ya !== yb;
}

/** Counts up to different hours of the day are different quantities (see extract-claims). */
export function differentHours(a: Pick<Claim, 'scope'>, b: Pick<Claim, 'scope'>): boolean {
  const ha = a.scope.find((s) => HOUR.test(s)), hb = b.scope.find((s) => HOUR.test(s));
  return !!ha && !!hb && ha !== hb;
}

export function affinity(a: Comparable, b: Comparable): number {
  let score = 0;
  const ca = centre(a.value), cb = centre(b.value);
  // The same number from two outlets is the strongest sign of one quantity.
  if (!a.vague && !b.vague && ca !== null && ca === cb) score += 3;
  // 312 and 313, 3,140 and 3,171: one count, told a day apart or rounded differently.
  else if (!a.vague && !b.vague && ca !== null && cb !== null && ca > 0 && cb > 0 && Math.abs(ca - cb) <= NEAR * Math.max(ca, cb)) score += 2;
  if (overlaps(a.value, b.value)) score += 1;
  const pa = placesOf(a), pb = placesOf(b);
  const na = new Set(a.nearby.map(placeKey)), nb = new Set(b.nearby.map(placeKey));
  let shared = 0, sharedNearby = 0;
  for (const p of pa) if (pb.has(p)) shared++; else if (nb.has(p)) sharedNearby++;
  for (const p of pb) if (!pa.has(p) && na.has(p)) sharedNearby++;
  // Two places named apart are no evidence against one quantity: outlets place one event at
  // different grains ("in Riverton", "in the valley", "in the province").
  score += 1.5 * shared + 0.5 * sharedNearby;
  const partA = a.scope.some((s) => PART.test(s)), partB = b.scope.some((s) => PART.test(s));
  if (partA !== partB) score -= PART_OF_WHOLE_COST;
  // A nationwide count beside one that names no such span: usually the whole beside a place's part.
  if (a.scope.includes('nationwide') !== b.scope.includes('nationwide')) score -= PART_OF_WHOLE_COST;
  // A figure dated to a year beside one that is not: often another year's count ("the 1987
  // flood that killed 1,130"), sometimes this one's written with its year.
  if (a.scope.some((s) => YEAR.test(s)) !== b.scope.some((s) => YEAR.test(s))) score -= DATED_COST;
  // A count up to an hour beside one that names none: usually the day's count.
  if (a.scope.some((s) => HOUR.test(s)) !== b.scope.some((s) => HOUR.test(s))) score -= DATED_COST;
  const da = a.scope.find((s) => DAY.test(s))?.toLowerCase();
  const db = b.scope.find((s) => DAY.test(s))?.toLowerCase();
  if (da && da === db) score += 0.5;
  const ta = a.scope.includes('in total'), tb = b.scope.includes('in total');
  // A total is defined by what it sums over: totals by different actors are different totals.
  if (ta && tb) score += sameActors(a.agents, b.agents) ? 2 : -1;
  else if (ta !== tb) score -= 1;
  // "another 60": an increment on what was already told, not the same quantity retold.
  // ("A separate set of strikes" only sets a figure apart inside its own article.)
  if ((a.scope.includes('another') || b.scope.includes('another')) && ca !== cb) score -= 2;
  // "310 other buildings" counts the rest beside a count already told, not that count.
  if (a.scope.includes('other') !== b.scope.includes('other')) score -= OTHER_COST;
  return score;
}

function sameActors(a: string[], b: string[]): boolean {
  return !a.length || !b.length || (a.length === b.length && a.every((x, i) => x === b[i]));
}
