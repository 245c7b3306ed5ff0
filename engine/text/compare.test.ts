import { describe, expect, it } from 'vitest';
import { byCodeUnit } from './compare';

describe('byCodeUnit', () => {
  it('orders ISO days, with "\\uffff" (no day) last', () => {
    expect(['2016-07-01', '\uffff', '2016-06-30<', '2016-06-30='].sort(byCodeUnit)).toEqual(['2016-06-30<', '2016-06-30=', '2016-07-01', '\uffff']);
  });

  it('orders by code unit whatever the locale: capitals before lower case', () => {
    expect(['b', 'a', 'B'].sort(byCodeUnit)).toEqual(['B', 'a', 'b']);
    expect(byCodeUnit('same', 'same')).toBe(0);
  });
});
