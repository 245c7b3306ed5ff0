// Every stretch of main-thread work the content script does is recorded as one performance
// measure named `crosscount:task`, so its whole cost can be read off the page's own timeline
// (the benchmark does; so can DevTools). A timed stretch inside another is part of it and not
// recorded again. Capped, so a page that mutates for hours does not fill its performance buffer.
export const TASK_MEASURE = 'crosscount:task';

const MAX_MEASURES = 2000;
let recorded = 0;
let depth = 0;

/** Runs fn as one task of the script; `start` may be earlier than now when the task began
 *  before fn (the script's own evaluation, see script-start.ts). */
export function timed<T>(fn: () => T, start = performance.now()): T {
  depth++;
  try {
    return fn();
  } finally {
    depth--;
    if (depth === 0 && recorded < MAX_MEASURES) {
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
