import { afterEach, describe, expect, it, vi } from 'vitest';

// The module remembers whether timings are on from its first timed task, so each case loads it afresh.
const load = async () => {
  vi.resetModules();
  return import('./task-timing');
};

afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
});

describe('in-page task timings', () => {
  it('leaves nothing on the page timeline unless the page is marked for timings', async () => {
    const { timed, TASK_MEASURE } = await load();
    expect(timed(() => 42)).toBe(42);
    expect(performance.getEntriesByName(TASK_MEASURE)).toHaveLength(0);
  });

  it('records one measure per outermost timed task when the page is marked', async () => {
    const { timed, TASK_MEASURE, TIMINGS_MARK } = await load();
    performance.mark(TIMINGS_MARK);
    timed(() => timed(() => 1));
    timed(() => 2);
    expect(performance.getEntriesByName(TASK_MEASURE)).toHaveLength(2);
  });
});
