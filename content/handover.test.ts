import { describe, expect, it, vi } from 'vitest';
import { announceReader, readerPresent, whenReaderArrives } from './handover';

describe('handover from the gate to the reader', () => {
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
