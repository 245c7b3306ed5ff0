// Qualifiers turn a written number into the interval the writer committed to.
import type { Interval } from '../claimset/types';

export type Bound = 'above' | 'atLeast' | 'atMost' | 'below' | 'about' | 'nearly' | 'exact';

// Longest phrases first so "no more than" is not read as "more than".
const PHRASES: [string, Bound][] = [
  ['no fewer than', 'atLeast'], ['no less than', 'atLeast'], ['not less than', 'atLeast'],
  ['no more than', 'atMost'], ['not more than', 'atMost'],
  ['in excess of', 'above'], ['upwards of', 'atLeast'], ['upward of', 'atLeast'],
  ['a minimum of', 'atLeast'], ['a maximum of', 'atMost'],
  ['more than', 'above'], ['greater than', 'above'], ['higher than', 'above'], ['just over', 'above'],
  ['fewer than', 'below'], ['less than', 'below'], ['just under', 'below'],
  ['at least', 'atLeast'], ['at most', 'atMost'], ['as many as', 'atMost'], ['as much as', 'atMost'],
  ['as high as', 'atMost'], ['as few as', 'exact'], ['as low as', 'exact'], ['up to', 'atMost'],
  ['an estimated', 'about'], ['an approximate', 'about'], ['approximately', 'about'],
  ['close to', 'nearly'], ['nearly', 'nearly'], ['almost', 'nearly'], ['roughly', 'about'],
  ['around', 'about'], ['about', 'about'], ['some', 'about'], ['circa', 'about'], ['estimated', 'about'],
  ['over', 'above'], ['under', 'below'], ['below', 'below'], ['above', 'above'],
];

// Compound-modifier style joins the words with hyphens too: "the more-than 40 countries".
const QUALIFIER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${PHRASES.map(([p]) => p.replace(/ /g, '(?:\\s+|-)')).join('|')})\\s+$`,
  'iu',
);
const BOUND_OF = new Map(PHRASES);

/** The qualifier that ends `left` (the text just before a number), if any. */
export function qualifierBefore(left: string): { phrase: string; bound: Bound; length: number } | null {
  const m = QUALIFIER_BEFORE.exec(left);
  if (!m) return null;
  const phrase = m[1].toLowerCase().replace(/\s+|-/g, ' ');
  return { phrase: m[1], bound: BOUND_OF.get(phrase)!, length: left.length - (m.index + m[0].indexOf(m[1])) };
}

/** "200 or more", "200-plus", "200 or so" */
export const QUALIFIER_AFTER = /^(?:\s+or\s+(more|fewer|less|so)|-?(plus)|\+)/i;

// Approximations allow eight percent either way (about 120 is 110-130, not 100 or 140), and
// at least one unit for small numbers.
const APPROX = 0.08;

export function applyBound(bound: Bound, low: number, high: number): Interval {
  const step = Number.isInteger(low) ? 1 : 0;
  switch (bound) {
    case 'exact': return { low, high };
    case 'above': return { low: low + step, high: null };
    case 'atLeast': return { low, high: null };
    case 'atMost': return { low: null, high };
    case 'below': return { low: null, high: high - step };
    case 'nearly': return { low: roundTo(low * (1 - APPROX)), high };
    case 'about': {
      const slack = Math.max(low * APPROX, Number.isInteger(low) ? 1 : 0);
      return { low: roundTo(low - slack), high: roundTo(high + slack) };
    }
  }
}

function roundTo(x: number): number {
  return Math.round(x * 1000) / 1000;
}
