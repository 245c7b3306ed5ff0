import type { Interval } from '../claimset/types';

const lowOf = (i: Interval) => i.low ?? -Infinity;
const highOf = (i: Interval) => i.high ?? Infinity;

export function overlaps(a: Interval, b: Interval): boolean {
  return lowOf(a) <= highOf(b) && lowOf(b) <= highOf(a);
}

/** Whether every interval can hold at once: some value lies in all of them. */
export function allHold(intervals: Interval[]): boolean {
  return Math.max(...intervals.map(lowOf)) <= Math.min(...intervals.map(highOf));
}

/** Lowest low to highest high; null where any side is open. */
export function spanOf(intervals: Interval[]): Interval {
  const low = Math.min(...intervals.map(lowOf));
  const high = Math.max(...intervals.map(highOf));
  return { low: Number.isFinite(low) ? low : null, high: Number.isFinite(high) ? high : null };
}

/** The number a figure names, for "same figure" tests: the value of "55", "about 55", "55-plus". */
export function centre(i: Interval): number | null {
  if (i.low !== null && i.high !== null) return (i.low + i.high) / 2;
  return i.low ?? i.high;
}

/** How many times the lower of two intervals would have to grow to reach the other: 1 when they
 *  overlap or either is open on the side that faces the other. */
export function gapRatio(a: Interval, b: Interval): number {
  if (overlaps(a, b)) return 1;
  const [lower, upper] = highOf(a) < lowOf(b) ? [a, b] : [b, a];
  const top = highOf(lower), bottom = lowOf(upper);
  return top > 0 && Number.isFinite(bottom) ? bottom / top : 1;
}
