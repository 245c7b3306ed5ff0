import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number';

const intl = new Intl.NumberFormat('en-US');

describe('formatNumber', () => {
  it('writes numbers as Intl en-US does: groups of three, at most three decimals', () => {
    const values = [0, 1, 7, 55, 175, 999, 1000, 1001, 12345, 123456, 688750, 1234567, 10_000_000, 2.5, 0.25, 1.0005, 1234.5678, 0.0004, -3, -1234.5, 3e15, 123456789012.345];
    for (const v of values) expect(formatNumber(v), String(v)).toBe(intl.format(v));
  });

  it('writes a negative number that rounds to zero as 0, not -0', () => {
    expect(formatNumber(-0.0001)).toBe('0');
  });

  it('agrees with Intl on random integers and decimals', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const v = Math.floor(random() * 10 ** Math.floor(random() * 12)) / 10 ** Math.floor(random() * 5);
      expect(formatNumber(v), String(v)).toBe(intl.format(v));
    }
  });
});
