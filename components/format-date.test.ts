import { describe, expect, it } from 'vitest';
import { formatDay, formatDaySpan } from './format-date';

describe('formatDay', () => {
  it('writes a calendar day out, and leaves anything else as given', () => {
    expect(formatDay('2015-09-26')).toBe('26 September 2015');
    expect(formatDay('2016-06-30T10:00:00Z')).toBe('30 June 2016');
    expect(formatDay('last week')).toBe('last week');
    expect(formatDay('2015-13-01')).toBe('2015-13-01');
  });
});

describe('formatDaySpan', () => {
  it('names the month and year once where the days share them', () => {
    expect(formatDaySpan('2015-09-25', '2015-09-26')).toBe('25–26 September 2015');
    expect(formatDaySpan('2015-09-26', '2015-10-19')).toBe('26 September – 19 October 2015');
    expect(formatDaySpan('2015-12-30', '2016-01-02')).toBe('30 December 2015 – 2 January 2016');
    expect(formatDaySpan('2015-09-26', '2015-09-26')).toBe('26 September 2015');
    expect(formatDaySpan(null, '2015-09-26')).toBe('');
  });
});
