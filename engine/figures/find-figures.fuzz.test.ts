// Property-based tests of the figure grammar over random and mutated text: it never throws,
// every figure lies inside the text and covers a number, and what it reads does not depend on
// how the spaces between words are written. FUZZ_RUNS cases per property (200 by default;
// `npm run fuzz:long` for many more).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectSpanInside, fuzz, fuzzTimeout, mutated, realSentences, spaceRun, spreadSpaces, tokenSoup,
} from '../../tests/fuzz/text-arbitraries';
import { findFigures, type Figure } from './find-figures';

/** Every invariant a figure list must hold for `text`; throws (fails the property) otherwise. */
function checkFigures(text: string, figures: Figure[]) {
  let previousEnd = 0;
  for (const f of figures) {
    const where = `${JSON.stringify(f.text)} at ${f.start} in ${JSON.stringify(text.slice(0, 300))}`;
    expectSpanInside(text, f, where);
    expect(f.numberStart, where).toBeGreaterThanOrEqual(f.start);
    expect(f.numberEnd, where).toBeLessThanOrEqual(f.end);
    expect(f.numberEnd, where).toBeGreaterThan(f.numberStart);
    expect(f.start, `${where}: overlaps the figure before it`).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = f.end;
    const { low, high } = f.value;
    for (const v of [low, high]) expect(v === null || Number.isFinite(v), `${where}: value ${v}`).toBe(true);
    if (low !== null && high !== null) expect(low, where).toBeLessThanOrEqual(high);
  }
}

/** What the grammar read, without where: compared across spellings of the same text. */
const readings = (text: string) => findFigures(text).map((f) => ({ kind: f.kind, value: f.value, vague: f.vague, reported: f.reported }));

const HORIZONTAL_SPACE = /[ \t\u00a0\u2007\u2009\u200a\u202f\u3000]+/g;

describe('findFigures on hostile text', () => {
  it('never throws, and every figure lies inside the text, in order, and covers a number (random text)', async () => {
    await fuzz(fc.property(tokenSoup, (text) => checkFigures(text, findFigures(text))));
  }, fuzzTimeout(2));

  it('never throws, and every figure lies inside the text, in order, and covers a number (mutated real sentences)', async () => {
    await fuzz(fc.property(mutated(realSentences, 6), (text) => checkFigures(text, findFigures(text))));
  }, fuzzTimeout(2));

  it('reads the same figures however the spaces between words are written', async () => {
    const sentences = mutated(realSentences, 3).map((t) => t.replace(HORIZONTAL_SPACE, ' '));
    await fuzz(
      fc.property(sentences, fc.array(spaceRun, { minLength: 1, maxLength: 8 }), (text, runs) => {
        const spread = spreadSpaces(text, runs);
        expect(readings(spread), JSON.stringify(spread)).toEqual(readings(text));
        expect(readings(spread.replace(/ {2,}/g, ' '))).toEqual(readings(text.replace(/ {2,}/g, ' ')));
      }),
    );
  }, fuzzTimeout(2));
});
