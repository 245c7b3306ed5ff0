import { describe, expect, it } from 'vitest';
import { announceReader, readerPresent } from './reader-present';

describe('one reader per page', () => {
  it('knows a reader is present once one has announced itself in the isolated world', () => {
    expect(readerPresent()).toBe(false);
    announceReader();
    expect(readerPresent()).toBe(true);
  });
});
