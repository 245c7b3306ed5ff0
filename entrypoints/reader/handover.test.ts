import { describe, expect, it, vi } from 'vitest';
import { announceReader, leaveForReader, readerPresent, takeHandover, whenReaderArrives } from './handover';

describe('handover between the gate and the reader', () => {
  it('gives the reader what the background left, once', () => {
    expect(takeHandover()).toBeNull();
    // As the background runs it: from its source text, with nothing of this module in scope.
    const serialised = new Function('handover', `(${leaveForReader.toString()})(handover)`);
    serialised({ terms: ['fallujah'], sets: [] });
    expect(takeHandover()).toEqual({ terms: ['fallujah'], sets: [] });
    expect(takeHandover()).toBeNull();
  });

  it('stops the gate the moment the reader announces itself', () => {
    const stop = vi.fn();
    whenReaderArrives(stop);
    expect(readerPresent()).toBe(false);
    announceReader();
    expect(readerPresent()).toBe(true);
    expect(stop).toHaveBeenCalledOnce();
    announceReader();
    expect(stop).toHaveBeenCalledOnce();
  });
});
