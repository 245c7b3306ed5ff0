import { describe, expect, it } from 'vitest';
import { pageConcernsEvent, pageTerms } from './relevance';

describe('a page’s terms', () => {
  it('read a possessive as its name: "Oldtown’s parade" names Oldtown', () => {
    expect(pageTerms('Oldtown’s parade and Smith\'s speech')).toEqual(expect.arrayContaining(['oldtown', 'parade', 'smith', 'speech']));
    const terms = ['oldtown', 'smith', 'parade', 'ridership'];
    expect(pageConcernsEvent('Smith’s parade drew fewer riders: Oldtown’s ridership fell.', terms, ['oldtown', 'smith'])).toBe(true);
  });
});
