import { describe, expect, it } from 'vitest';
import words from './everyday-words.json';
import { everydayWordsFromList } from '../../scripts/everyday-words-source';
import { EVERYDAY_WORDS } from './everyday-words';

describe('everyday words', () => {
  it('are the frequency list’s own, as `npm run words` writes them', () => {
    expect(words).toEqual(everydayWordsFromList());
  });

  it('hold what any page says and not what names an event', () => {
    for (const w of ['people', 'killed', 'crowd', 'fire']) expect(EVERYDAY_WORDS.has(w)).toBe(true);
    for (const w of ['stampede', 'inauguration', 'spill', 'wildfire', 'pilgrims']) expect(EVERYDAY_WORDS.has(w)).toBe(false);
  });
});
