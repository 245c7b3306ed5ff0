// Every stretch of main-thread work the content script does can be recorded as one performance
// measure named `crosscount:task`, so its whole cost can be read off the page's own timeline
// (the in-page benchmarks do; so can DevTools). A timed stretch inside another is part of it and
// not recorded again. Capped, so a page that mutates for hours does not fill its performance buffer.
//
// Off unless the page's timeline carries the mark `crosscount:timings` when the script first
// times a task: the benchmarks add it with a script that runs before the page's own. The measures
// are entries on the page's own timeline, which its scripts can read: left on, they would tell
// every site that Crosscount is installed. Their cost is below the noise measured from outside
// (bench/RESULTS.md: the same browser with them on and off, pages about a stored event).
export const TASK_MEASURE = 'crosscount:task';
export const TIMINGS_MARK = 'crosscount:timings';

const MAX_MEASURES = 2000;
let recorded = 0;
let depth = 0;
let timingsOn: boolean | null = null;

/** Runs fn as one task of the script; `start` may be earlier than now when the task began
 *  before fn (the script's own evaluation, see script-start.ts). */
export function timed<T>(fn: () => T, start = performance.now()): T {
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    if (depth === 0 && recorded < MAX_MEASURES && (timingsOn ??= performance.getEntriesByName(TIMINGS_MARK, 'mark').length > 0)) {
      recorded++;
      try {
        performance.measure(TASK_MEASURE, { start, end: performance.now() });
      } catch {
        // A page without User Timing Level 3 loses the measure, never the work.
      }
    }
  }
}

/** Ends the current task: what follows runs in a new one, after whatever else is waiting. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
