// Property-based tests of the sentence splitter and word tokenizer that the claim reader builds
// on, over random and mutated text: sentences and words lie inside the text, in order, without
// overlap, and no visible character is lost between sentences. FUZZ_RUNS cases per property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzz, fuzzTimeout, mutated, realSentences, tokenSoup } from '../../tests/fuzz/text-arbitraries';
import { splitSentences } from './sentences';
import { wordsIn } from './words';

const text = fc.oneof(tokenSoup, mutated(realSentences, 6));

describe('sentences and words of hostile text', () => {
  it('splits into trimmed, ordered sentences that keep every visible character', async () => {
    await fuzz(
      fc.property(text, (t) => {
        const sentences = splitSentences(t);
        let previousEnd = 0;
        let previousParagraph = 0;
        let covered = '';
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(t.length);
          expect(/^\s|\s$/.test(t.slice(s.start, s.end)), JSON.stringify(t.slice(s.start, s.end))).toBe(false);
          expect(s.paragraph).toBeGreaterThanOrEqual(previousParagraph);
          covered += t.slice(previousEnd, s.start);
          previousEnd = s.end;
          previousParagraph = s.paragraph;
        }
        covered += t.slice(previousEnd);
        // What lies between sentences is whitespace only.
        expect(covered.trim(), JSON.stringify(t)).toBe('');
      }),
    );
  }, fuzzTimeout(2));

  it('finds words that slice to their own text, in order', async () => {
    await fuzz(
      fc.property(text, (t) => {
        // Plain checks: a text holds hundreds of words and expect() per word costs too much.
        let previousEnd = 0;
        const bad = wordsIn(t).filter((w) => {
          const ok = w.start >= previousEnd && w.end > w.start && w.end <= t.length && t.slice(w.start, w.end) === w.text && w.lower === w.text.toLowerCase();
          previousEnd = w.end;
          return !ok;
        });
        expect(bad, JSON.stringify(t)).toEqual([]);
      }),
    );
  }, fuzzTimeout(2));
});
