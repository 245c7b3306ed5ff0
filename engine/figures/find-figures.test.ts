import { describe, expect, it } from 'vitest';
import { findFigures } from './find-figures';

const only = (text: string) => {
  const figures = findFigures(text);
  expect(figures).toHaveLength(1);
  return figures[0];
};
const reported = (text: string) => findFigures(text).filter((f) => f.reported);

describe('number forms', () => {
  it.each([
    ['killed 1,800 militants', 1800],
    ['a 3.1 percent rise', 3.1],
    ['a $2.7 billion loan', 2.7e9],
    ['2.7 billion people', 2.7e9],
    ['seven people died', 7],
    ['twenty-five people died', 25],
    ['one hundred and twenty trucks', 120],
    ['a dozen trucks', 12],
  ])('reads %s', (text, value) => {
    const f = reported(text)[0];
    expect(f.value.low).toBe(value);
    expect(f.value.high).toBe(value);
  });

  it('keeps the currency sign and the percent word in the figure', () => {
    expect(only('a $2.7 billion loan').text).toBe('$2.7 billion');
    expect(only('control 14 percent of the land')).toMatchObject({ text: '14 percent', kind: 'percent' });
  });

  it.each([
    ['dozens of vehicles', 24, 99],
    ['killing “tens” of terrorists', 20, 99],
    ['hundreds of fighters', 200, 999],
    ['Hundreds Of IS Vehicles Destroyed', 200, 999],
    ['scores of people', 40, 99],
    ['tens of thousands of displaced persons', 20000, 99999],
  ])('reads the vague quantity in %s as a range', (text, low, high) => {
    const f = reported(text)[0];
    expect(f).toMatchObject({ vague: true, value: { low, high } });
  });

  it('reads a range as one figure', () => {
    expect(only('is between 19,000 and 25,000, according to')).toMatchObject({ text: '19,000 and 25,000', value: { low: 19000, high: 25000 } });
  });

  it('reads fractions of something', () => {
    expect(reported('controlled almost a third of Iraq')[0]).toMatchObject({ text: 'almost a third', qualifier: 'almost' });
    expect(reported('in the second half')).toHaveLength(0);
  });
});

describe('qualifiers', () => {
  it.each([
    ['more than 200 vehicles', 201, null],
    ['at least 250 fighters', 250, null],
    ['upward of 120 vehicles', 120, null],
    ['as many as 250 fighters', null, 250],
    ['up to 700 vehicles', null, 700],
    ['fewer than 30 people', null, 29],
    ['nearly 100 people', 92, 100],
    ['almost 100 people', 92, 100],
    ['about 175 vehicles', 161, 189],
    ['approximately 120 vehicles', 110.4, 129.6],
    ['around 50 people', 46, 54],
    ['some 50 people', 46, 54],
    ['an estimated 50 people', 46, 54],
    ['200 or more people', 200, null],
  ])('turns %s into an interval', (text, low, high) => {
    expect(reported(text)[0].value).toEqual({ low, high });
  });

  it('includes the qualifier in the figure text', () => {
    expect(reported('destroying more than 130 vehicles')[0].text).toBe('more than 130');
  });

  it('marks additive figures and totals', () => {
    expect(reported('destroyed another 60 vehicles')[0].additive).toBe(true);
    expect(reported('destroyed a total of 750 vehicles')[0].total).toBe(true);
  });
});

describe('figures that are not reported quantities', () => {
  it.each([
    ['moving out at 1:20 a.m. Wednesday', 'time'],
    ['with Iraqi F-16s', 'model'],
    ['in a five-week battle', 'duration'],
    ['in the summer of 2014, militants', 'year'],
    ['five kilometers [3.1 miles] south', 'measure'],
    ['Route 66 was closed', 'model'],
    ['on June 28 officials', 'date'],
    ['the 101st Airborne', 'ordinal'],
  ])('%s is context (%s), never a claim', (text, kind) => {
    const figures = findFigures(text);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => !f.reported)).toBe(true);
    expect(figures.map((f) => f.kind)).toContain(kind);
  });

  it('does not report "one of" or anaphoric small numbers', () => {
    expect(reported('one of the most deadly strikes')).toHaveLength(0);
    expect(reported('in the two convoys')).toHaveLength(0);
  });

  it('keeps every offset inside the text', () => {
    const text = 'A convoy of more than 700 vehicles; about 175 destroyed, “tens” killed.';
    for (const f of findFigures(text)) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });
});
