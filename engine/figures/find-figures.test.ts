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
    ['several thousand rounds of ammunition', 3000, 9999],
    ['fired several hundred shots', 300, 999],
  ])('reads the vague quantity in %s as a range', (text, low, high) => {
    const f = reported(text)[0];
    expect(f).toMatchObject({ vague: true, value: { low, high } });
  });

  it('reads a range as one figure', () => {
    expect(only('is between 19,000 and 25,000, according to')).toMatchObject({ text: '19,000 and 25,000', value: { low: 19000, high: 25000 } });
  });

  it('reads a count and the count it changed to as two figures, not a range', () => {
    expect(reported('The number of missing jumped from 400 to 1,100 overnight.').map((f) => f.text)).toEqual(['400', '1,100']);
    expect(reported('hoping to bring the number of 12 to 15 by tonight').map((f) => f.text)).toEqual(['12', '15']);
    expect(reported('estimates ranging from 1,000 to 13,000 barrels').map((f) => f.value)).toEqual([{ low: 1000, high: 13000 }]);
    expect(reported('the toll rose to between 30 and 40').map((f) => f.value)).toEqual([{ low: 30, high: 40 }]);
  });

  it('reads fractions of something', () => {
    expect(reported('controlled almost a third of Iraq')[0]).toMatchObject({ text: 'almost a third', qualifier: 'almost' });
    expect(reported('in the second half')).toHaveLength(0);
  });
});

describe('qualifiers', () => {
  it.each([
    ['more than 200 vehicles', 201, null],
    ['the more-than 40 countries', 41, null],
    ['at-least 20 boats', 20, null],
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

  it.each([
    ['a million and a half people came', 'a million and a half', 1.5e6, 1.5e6],
    ['two thousand and a quarter tonnes', 'two thousand and a quarter', 2250, 2250],
    ['he said a million or a million and a quarter people came', 'a million or a million and a quarter', 1e6, 1.25e6],
    ['two or three boats sank', 'two or three', 2, 3],
    ['it looked like a million, million and a quarter people to me', 'a million, million and a quarter', 1e6, 1.25e6],
  ])('reads a share of a scale and a hedge with "or" as one figure: %s', (text, figure, low, high) => {
    const [f] = reported(text);
    expect(f.text).toBe(figure);
    expect(f.value).toEqual({ low, high });
  });

  it('reads two numbers in digits with a comma between them as two figures', () => {
    expect(reported('Of the 200, 55 were found alive.').map((f) => f.text)).toEqual(['200', '55']);
  });

  it('keeps "or more" a qualifier, not a range', () => {
    expect(reported('200 or more people')).toHaveLength(1);
  });

  it('includes the qualifier in the figure text', () => {
    expect(reported('destroying more than 130 vehicles')[0].text).toBe('more than 130');
  });

  it('marks additive figures and totals', () => {
    expect(reported('destroyed another 60 vehicles')[0].additive).toBe(true);
    expect(reported('destroyed a total of 750 vehicles')[0].total).toBe(true);
  });

  it('marks an increment told after its number, but not the others beside a count', () => {
    expect(reported('Ten more victims of the flood have been identified.')[0].additive).toBe(true);
    expect(reported('Crews found 12 additional bodies.')[0].additive).toBe(true);
    expect(reported('At least 40 people were dead and 300 more injured.').map((f) => f.additive)).toEqual([false, false]);
    expect(reported('The toll is 280 more than the official one.')[0].additive).toBe(false);
  });
});

describe('rates written once for two figures', () => {
  it('reads the rate after a figure restated in brackets, for both figures', () => {
    const [tonnes, kilos] = reported('The mine shipped 20 to 40 tonnes (20,000 to 40,000 kilograms) a week.');
    expect([tonnes.unit, tonnes.per]).toEqual(['tonne', 'week']);
    expect([kilos.unit, kilos.per]).toEqual(['kilogram', 'week']);
  });

  it('gives an amount restated in another unit after ", or" the rate of the first', () => {
    const [, litres] = reported('The pipe leaked 300 barrels a day, or 47,000 litres, before it was sealed.');
    expect([litres.unit, litres.per]).toEqual(['litre', 'day']);
  });

  it('gives no rate to an amount that follows a rate without restating it', () => {
    const [, acres] = reported('It burned 5,000 acres a day, and crews saved 300 acres near the lake.');
    expect(acres.per).toBeNull();
  });
});

describe('amounts in a unit, rates and short scales', () => {
  it.each([
    ['burned 146,000 acres', '146,000', 146000, 'acre', null],
    ['rate at 5,000 barrels a day', '5,000', 5000, 'barrel', 'day'],
    ['the previous 5,000 barrel-a-day estimate', '5,000', 5000, 'barrel', 'day'],
    ['estimate that 3.9 million gallons a day', '3.9 million', 3.9e6, 'gallon', 'day'],
    ['or 84,000 gallons daily', '84,000', 84000, 'gallon', 'day'],
    ['an area of 240 square miles', '240', 240, 'square mile', null],
    ['Nearly 5b barrels of oil leaked', 'Nearly 5b', 5e9, 'barrel', null],
    ['winds of 50 mph', '50', 50, 'mph', null],
    ['200 foreign fighters a month', '200', 200, null, 'month'],
    ['1,000 barrels of oil is leaking each day after', '1,000', 1000, 'barrel', 'day'],
    ['70,000 barrels of oil are spilling into the Gulf each day', '70,000', 70000, 'barrel', 'day'],
  ])('%s', (text, figure, high, unit, per) => {
    const f = reported(text)[0];
    expect(f).toMatchObject({ text: figure, unit, per });
    expect(f.value.high).toBe(high);
  });

  it.each([
    ['TV Audience of 30.6 Mil', 30.6e6],
    ['Obama – 37.7 m viewers', 37.7e6],
    ['fined $4.5m', 4.5e6],
    ['a $2.7bn loan', 2.7e9],
  ])('%s is scaled', (text, value) => {
    expect(reported(text)[0].value.low).toBe(value);
  });

  it('does not read a rate into "a day after"', () => {
    expect(reported('58 people died a day after the attack')[0].per).toBe(null);
  });

  it('reads no rate from the next line', () => {
    expect(reported('- Jones: 1.1 million barrels\n\nThe mayor spoke for an hour.')[0].per).toBe(null);
    expect(reported('- Jones: 1.1 million barrels a day')[0].per).toBe('day');
  });

  it('marks a difference between two counts', () => {
    expect(reported('630 more than the official toll')[0].comparative).toBe(true);
  });
});

describe('figures that are not reported quantities', () => {
  it.each([
    ['moving out at 1:20 a.m. Wednesday', 'time'],
    ['with Iraqi F-16s', 'model'],
    ['in a five-week battle', 'duration'],
    ['in the summer of 2014, militants', 'year'],
    ['five kilometers [3.1 miles] south', 'measure'],
    ['shots from 1,200 feet away', 'measure'],
    ['a 5m wall', 'measure'],
    ['Route 66 was closed', 'model'],
    ['at the corner of streets 14 and 27 in the old town', 'model'],
    ['trains on platforms 3, 4 and 9 were cancelled', 'model'],
    ['on June 28 officials', 'date'],
    ['the 101st Airborne', 'ordinal'],
  ])('%s is context (%s), never a claim', (text, kind) => {
    const figures = findFigures(text);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => !f.reported)).toBe(true);
    expect(figures.map((f) => f.kind)).toContain(kind);
  });

  it('reports how long the event itself went on, in its unit, but not a span that places it in time', () => {
    expect(reported('The siege lasted more than 40 minutes.').map((f) => [f.text, f.unit])).toEqual([['more than 40', 'minute']]);
    expect(reported('The blaze burned for 12 days.').map((f) => [f.text, f.unit])).toEqual([['12', 'day']]);
    expect(reported('Two weeks ago, the blaze burned homes.')).toEqual([]);
  });

  it('still counts streets and roads told by number', () => {
    expect(reported('The flood closed 12 streets and 3 roads.').map((f) => f.text)).toEqual(['12', '3']);
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

// Found by find-figures.fuzz.test.ts.
describe('hostile text', () => {
  it('reads a digit run too long to be a count as context, never as an infinite value', () => {
    for (const text of ['9'.repeat(400) + ' vehicles', `about 1${',000'.repeat(110)} vehicles`, 'between 5 and ' + '9'.repeat(400)]) {
      for (const f of findFigures(text)) {
        for (const v of [f.value.low, f.value.high]) expect(v === null || Number.isFinite(v)).toBe(true);
      }
    }
    expect(findFigures('9'.repeat(400))[0]).toMatchObject({ kind: 'model', reported: false });
  });

  it('reads the same figures however wide the spaces between words are', () => {
    expect(reported('a   dozen trucks')[0]).toMatchObject({ text: 'a   dozen', value: { low: 12, high: 12 } });
    expect(reported('is between \u00a0 19,000 \t and  25,000')[0].value).toEqual({ low: 19000, high: 25000 });
    expect(reported('controlled almost \t a \t third of Iraq')[0]).toMatchObject({ qualifier: 'almost', value: { low: 0.307 } });
    expect(reported('the  \t two convoys')).toHaveLength(0);
    expect(reported('a TV audience of 30.6\u00a0 mil viewers')[0].value).toEqual({ low: 30_600_000, high: 30_600_000 });
  });

  it('reads a number with invisible marks between its digits as one number', () => {
    expect(reported('destroyed upward of 1\u200e2\u200e0 vehicles')).toMatchObject([{ text: 'upward of 1\u200e2\u200e0', value: { low: 120 } }]);
    expect(reported('killed 1\u200d000 fighters')[0]).toMatchObject({ text: '1\u200d000', value: { low: 1000, high: 1000 } });
    expect(reported('in 2\u200f016 alone')).toHaveLength(0);
    expect(reported('killed 2\u061c5 fighters')[0]).toMatchObject({ value: { low: 25 } });
  });

  it('never reads the tail of a word as a qualifier or article', () => {
    expect(reported('More \tthan \tninety gunships')[0]).toMatchObject({ text: 'More \tthan \tninety', value: { low: 91, high: null } });
    expect(reported('handsome 55 vehicles')[0]).toMatchObject({ text: '55', qualifier: null });
  });
});

describe('digits of other scripts', () => {
  // The figure read from `text` must be the one read from its ASCII spelling, at the same offsets.
  const sameAsAscii = (text: string, ascii: string) => {
    expect(text.length).toBe(ascii.length);
    const figures = findFigures(text);
    const expected = findFigures(ascii);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.map(({ text: _, ...f }) => f)).toEqual(expected.map(({ text: _, ...f }) => f));
    for (const f of figures) expect(f.text).toBe(text.slice(f.start, f.end));
    return figures;
  };

  it.each([
    ['killed ٥٥ militants', 'killed 55 militants', 55], // Arabic-Indic
    ['۶۸۸ vehicles', '688 vehicles', 688], // Persian
    ['१२० trucks', '120 trucks', 120], // Devanagari
    ['১৭৫ trucks', '175 trucks', 175], // Bengali
    ['๒๕ trucks', '25 trucks', 25], // Thai
    ['１２０ vehicles', '120 vehicles', 120], // fullwidth
    ['١٬٢٠٠ fighters', '1,200 fighters', 1200], // Arabic thousands separator
    ['a ٣٫٥ percent rise', 'a 3.5 percent rise', 3.5], // Arabic decimal separator
  ])('reads %s as %s', (text, ascii, value) => {
    const [f] = sameAsAscii(text, ascii).filter((x) => x.reported);
    expect(f.value).toEqual({ low: value, high: value });
  });

  it('reads qualifiers, ranges and kinds around them as around ASCII digits', () => {
    const [f] = sameAsAscii('more than ٢٠٠ vehicles', 'more than 200 vehicles');
    expect(f).toMatchObject({ text: 'more than ٢٠٠', qualifier: 'more than', start: 0, end: 13 });
    expect(f.value.low).toBeGreaterThan(200);
    sameAsAscii('between ١٩٬٠٠٠ and ٢٥٬٠٠٠ people', 'between 19,000 and 25,000 people');
    sameAsAscii('in ۲۰۱۶, at ۹:۳۰ a.m., ۴۰ miles away, ۱۴%', 'in 2016, at 9:30 a.m., 40 miles away, 14%');
    sameAsAscii('an F-١٦ and ٥٥+ trucks', 'an F-16 and 55+ trucks');
  });

  it('keeps offsets of the original text, whatever comes before', () => {
    const text = 'قالت المصادر: Iraqi forces destroyed about ٥٥ vehicles and ١٢٠ more near Fallujah.';
    const figures = findFigures(text).filter((f) => f.reported);
    expect(figures.map((f) => f.text)).toEqual(['about ٥٥', '١٢٠']);
    expect(figures.map((f) => text.slice(f.numberStart, f.numberEnd))).toEqual(['٥٥', '١٢٠']);
  });
});
