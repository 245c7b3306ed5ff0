import { describe, expect, it } from 'vitest';
import { findFigures } from './find-figures';

const multiples = (text: string) => findFigures(text).filter((f) => f.multiple).map((f) => [f.text, f.multiple, f.value.low, f.value.high]);

describe('multiples written as words', () => {
  it('reads a ratio after a copula or a hedge, or before what it multiplies', () => {
    expect(multiples('The new count is double that of the ministry.')).toEqual([['double', 'ratio', 2, 2]]);
    expect(multiples('Storm deaths almost triple official figure')).toEqual([['almost triple', 'ratio', 2.76, 3]]);
    expect(multiples('The flood displaced twice as many people as the last one.')).toEqual([['twice', 'ratio', 2, 2]]);
    expect(multiples('a fourfold rise in admissions')).toEqual([['fourfold', 'ratio', 4, 4]]);
  });

  it('reads a count that doubled or tripled as its growth', () => {
    expect(multiples('The ministry has nearly doubled its death toll.')).toEqual([['nearly doubled', 'growth', 1.84, 2]]);
    expect(multiples('Admissions tripled in a week.')).toEqual([['tripled', 'growth', 3, 3]]);
  });

  it('reads no multiple in a plain adjective, an idiom or how often', () => {
    expect(multiples('The town was marred by double tragedy.')).toEqual([]);
    expect(multiples('a double-decker bus and triple-A bonds')).toEqual([]);
    expect(multiples('The council doubled down on its plan.')).toEqual([]);
    expect(multiples('He was twice convicted of fraud.')).toEqual([]);
  });
});
