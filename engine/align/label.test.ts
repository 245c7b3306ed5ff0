import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimSet } from '../claimset/types';
import { extractClaims } from '../claims/extract-claims';
import { countedNounOf, labelOf, reportedRangeOf } from './label';

const set: ClaimSet = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'claims', 'fallujah-convoys-2016.json'), 'utf8'));

/** A claim of `source` read from a real sentence, as the builder reads it. */
function claimIn(source: string, sentence: string, figure: string) {
  const d = extractClaims(sentence).find((x) => x.figure.text === figure)!;
  return { ...d, source, text: d.figure.text, qualifier: d.figure.qualifier, value: d.figure.value };
}

// Sentences of the seed articles (events/fallujah-convoys-2016).
const HASSI = claimIn('003', 'As many as 2,000 Islamic State terrorists and up to 700 vehicles have been caught under heavy helicopter fire after breaking out of a trap in the Hassi area south of Fallujah, according to front-line Iraqi military officials.', 'As many as 2,000');
const DOZENS = claimIn('002', 'Iraqi and US-led coalition aircraft have decimated ISIL forces fleeing the Fallujah area, destroying more than 200 vehicles and killing dozens of militants, officials said on Thursday.', 'dozens');

describe('labels in neutral words', () => {
  it("names what is counted by its concept's most general noun, not one outlet's loaded word", () => {
    expect(HASSI.counted).toBe('terrorists');
    expect(countedNounOf([HASSI])).toBe('militants');
    expect(countedNounOf([HASSI, DOZENS])).toBe('militants');
    expect(countedNounOf([{ counted: 'pilgrims', concept: 'pilgrim' }, { counted: 'pilgrims', concept: 'pilgrim' }])).toBe('pilgrims');
    expect(countedNounOf([{ counted: null, concept: null }])).toBeNull();
    // "90,000 people used the subway" beside "95,000 station entries": the trips.
    expect(countedNounOf([{ counted: 'people', concept: 'trip' }, { counted: 'entries', concept: 'trip' }])).toBe('trips');
  });

  it('labels no stored group with a loaded word', () => {
    for (const group of set.groups) expect(group.label).not.toMatch(/terrorist|jihadist|extremist/);
  });

  it('gives the range as the numbers outlets wrote: "outlets report dozens to 2,000 militants"', () => {
    expect(reportedRangeOf([HASSI, DOZENS])).toBe('outlets report dozens to 2,000 militants');
    expect(reportedRangeOf([HASSI])).toBe('one outlet reports 2,000 militants');
    expect(reportedRangeOf([])).toBe('');
  });

  it('keeps the label of a group as its counted noun, action and shared scope', () => {
    const group = set.groups.find((g) => g.label.startsWith('vehicles destroyed'))!;
    const claims = group.claims.map((id) => set.claims.find((c) => c.id === id)!);
    expect(labelOf(claims)).toBe(group.label);
  });
  it('reads an hour as the time a count runs to, and shows no party\'s internal key', () => {
    const rides = claimIn('a', 'As of 11 a.m., 80,000 rides had been taken.', '80,000');
    const dead = claimIn('b', 'Officials said 40 Ruritanian pilgrims died.', '40');
    expect(rides.scope).toContain('time:11');
    expect(dead.scope).toContain('part:ruri');
    const label = (c: typeof rides) => labelOf([{ ...c, id: 'x', start: 0, end: 1, sentence: '', sentenceStart: 0, selector: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }, vague: false }]);
    expect(label(rides)).toBe('trips taken, up to 11:00');
    expect(label(dead)).toBe('people killed');
  });

  it('names an outcome once: a death toll is "people killed", not "deaths killed"', () => {
    const deaths = claimIn('06', 'The death toll from Northern California’s historic Camp Fire rose to 88 on Monday with 203 people still missing, officials said.', '88');
    expect(deaths).toMatchObject({ concept: 'person', action: 'killed' });
    expect(labelOf([{ ...deaths, id: 'x', start: 0, end: 2, sentence: '', sentenceStart: 0, selector: { type: 'TextQuoteSelector', exact: '88', prefix: '', suffix: '' }, vague: false, scope: [] }])).toBe('people killed');
  });

  it('says what a rate is per: "barrels per day"', () => {
    const flow = claimIn('06', 'Then—partially under pressure from the government—that figure was raised to 5,000 barrels a day.', '5,000');
    expect(countedNounOf([flow])).toBe('barrels per day');
  });
});
