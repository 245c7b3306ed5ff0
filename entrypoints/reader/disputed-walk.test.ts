import { describe, expect, it } from 'vitest';
import { nextDisputed } from './disputed-walk';

const page = ['agree', 'disputed', 'revised', 'disputed', 'single'] as const;

describe('nextDisputed', () => {
  it('goes to the next disputed figure in page order, skipping revised and agreeing ones, and wraps around', () => {
    expect(nextDisputed(page, -1, 1)).toBe(1);
    expect(nextDisputed(page, 1, 1)).toBe(3);
    expect(nextDisputed(page, 3, 1)).toBe(1);
    expect(nextDisputed(page, 2, 1)).toBe(3);
  });

  it('goes to the previous one, from the last when none is current, and wraps around', () => {
    expect(nextDisputed(page, -1, -1)).toBe(3);
    expect(nextDisputed(page, 3, -1)).toBe(1);
    expect(nextDisputed(page, 1, -1)).toBe(3);
  });

  it('stays on the only disputed figure, and finds none where there is none', () => {
    expect(nextDisputed(['agree', 'disputed'], 1, 1)).toBe(1);
    expect(nextDisputed(['agree', 'revised'], -1, 1)).toBeNull();
    expect(nextDisputed([], -1, -1)).toBeNull();
  });
});
