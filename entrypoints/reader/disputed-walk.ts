// Moving between the disputed figures of a page with the keyboard (the manifest's commands):
// next and previous in page order, wrapping around at either end.
import type { TimeVerdict } from '../../engine/claimset/types';

/**
 * The index of the disputed figure after (`direction` 1) or before (-1) the figure at `current`
 * among `verdicts`, which are in page order; with no current figure (-1), the first or the last.
 * Null when no figure is disputed.
 */
export function nextDisputed(verdicts: readonly TimeVerdict[], current: number, direction: 1 | -1): number | null {
  const n = verdicts.length;
  for (let step = 1; step <= n; step++) {
    const i = current < 0 ? (direction === 1 ? step - 1 : n - step) : (((current + direction * step) % n) + n) % n;
    if (verdicts[i] === 'disputed') return i;
  }
  return null;
}
