import { describe, expect, it } from 'vitest';
import { eventTerms } from './event-terms';

const articles = [
  'A stampede at the concert in Oldtown killed 40 fans on Sunday night, police said.',
  'The stampede in Oldtown began when the doors opened; 40 fans were killed.',
  'Witnesses said fans were killed in a stampede near the doors of the Oldtown concert.',
];

describe('event terms', () => {
  it('keep names, counted nouns and words outside everyday English that most articles share', () => {
    expect(eventTerms(articles, ['fans'])).toEqual(expect.arrayContaining(['oldtown', 'stampede', 'fans']));
  });

  it('leave out everyday words, however many articles share them', () => {
    const terms = eventTerms(articles, []);
    for (const w of ['killed', 'doors', 'concert', 'police']) expect(terms).not.toContain(w);
  });
});
