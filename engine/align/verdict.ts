import type { Interval, Verdict } from '../claimset/types';
import { allHold } from './intervals';

/** conflict when the figures cannot all hold, agree when they can and two or more outlets gave them. */
export function verdictOf(figures: { source: string; value: Interval }[]): Verdict {
  if (new Set(figures.map((f) => f.source)).size < 2) return 'single';
  return allHold(figures.map((f) => f.value)) ? 'agree' : 'conflict';
}
