import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimSet } from '../claimset/types';
import { matchPage } from './match-page';
import { eventNames, pageConcernsEvent } from './relevance';

const root = join(import.meta.dirname, '..', '..');
const set: ClaimSet = JSON.parse(readFileSync(join(root, 'assets', 'claims', 'fallujah-convoys-2016.json'), 'utf8'));
const cnn = readFileSync(join(root, 'events', 'fallujah-convoys-2016', '004_fe9da18e060a0d97.txt'), 'utf8');

describe('page matching', () => {
  it('finds the page figures that report a stored quantity, with other outlets as competitors', () => {
    const figures = matchPage(cnn, [set], { pageUrl: 'https://edition.cnn.com/2016/06/30/middleeast/iraq-militants-airstrike/' });
    const f55 = figures.find((f) => f.text === 'approximately 55')!;
    expect(f55.verdict).toBe('conflict');
    const competitors = f55.competitors.map((id) => set.claims.find((c) => c.id === id)!);
    expect(competitors.every((c) => c.source !== '004_fe9da18e060a0d97')).toBe(true);
    expect(competitors.map((c) => c.text)).toEqual(expect.arrayContaining(['55', 'about 55', 'more than 130']));
    expect(f55.agreeing.length).toBeGreaterThan(0);
    for (const f of figures) expect(cnn.slice(f.start, f.end)).toBe(f.text);
  });

  it("on one of the set's own articles, shows the set's own reading of its figures, found by their quotes", () => {
    const url = 'https://edition.cnn.com/2016/06/30/middleeast/iraq-militants-airstrike/';
    const stored = set.claims.find((c) => c.source === '004_fe9da18e060a0d97' && c.text === 'approximately 55')!;
    // A set whose stored reading differs from what reading the page would give: the page shows the set's.
    const altered: ClaimSet = { ...set, claims: set.claims.map((c) => (c === stored ? { ...c, value: { low: 56, high: 56 } } : c)) };
    const page = `Menu  Search\n${cnn.replace(/\n+/g, '\n   ')}\nMost read: 55 things to do`;
    const figure = matchPage(page, [altered], { pageUrl: url }).find((f) => f.text === 'approximately 55')!;
    expect(figure.value).toEqual({ low: 56, high: 56 });
    expect(page.slice(figure.start, figure.end)).toBe('approximately 55');
    expect(figure.groupId).toBe(set.groups.find((g) => g.claims.includes(stored.id))!.id);
  });

  it("takes another article of a source's site for what it is, not for the source", () => {
    const source = set.sources.find((s) => s.url.includes('?p='))!;
    const text = readFileSync(join(root, 'events', 'fallujah-convoys-2016', source.file), 'utf8');
    const fromSource = (figures: ReturnType<typeof matchPage>) => figures.some((f) => f.competitors.some((id) => set.claims.find((c) => c.id === id)?.source === source.id));
    // The source itself: its own figures are not its competitors.
    expect(fromSource(matchPage(text, [set], { pageUrl: source.url }))).toBe(false);
    // The same words at another ?p= of the site: a page like any other, compared with the source too.
    const other = source.url.replace(/\?p=\d+/, '?p=1');
    expect(fromSource(matchPage(text, [set], { pageUrl: other }))).toBe(true);
  });

  it('reads an own article that has changed since the set was built like any other page', () => {
    const url = 'https://edition.cnn.com/2016/06/30/middleeast/iraq-militants-airstrike/';
    const edited = cnn.replace('approximately 55', 'approximately 57');
    const figures = matchPage(edited, [set], { pageUrl: url });
    const f57 = figures.find((f) => f.text === 'approximately 57')!;
    expect(f57.value.low).toBeLessThan(57);
    expect(f57.value.high).toBeGreaterThan(57);
    expect(f57.verdict).toBe('conflict');
    // Still the page's own article: its stored figures are not its competitors.
    expect(f57.competitors.every((id) => !id.startsWith('004_fe9da18e060a0d97'))).toBe(true);
    for (const f of figures) expect(edited.slice(f.start, f.end)).toBe(f.text);
  });

  it('reads a page written with Arabic-Indic digits as the same page with ASCII digits', () => {
    // Every seed article read as a page (no address: not anchored by its quotes), then the same
    // article with each ASCII digit rewritten as its Arabic-Indic digit ("55" → "٥٥").
    const dir = join(root, 'events', 'fallujah-convoys-2016');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const arabic = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    const seen = (figures: ReturnType<typeof matchPage>) =>
      figures.map((f) => ({ start: f.start, end: f.end, groupId: f.groupId, value: f.value, verdict: f.verdict }));
    let total = 0;
    for (const file of files) {
      const ascii = readFileSync(join(dir, file), 'utf8');
      const page = arabic(ascii);
      expect(page, file).not.toBe(ascii);
      const expected = matchPage(ascii, [set]);
      const figures = matchPage(page, [set]);
      expect(seen(figures), file).toEqual(seen(expected));
      for (const f of figures) expect(page.slice(f.start, f.end), file).toBe(f.text);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(30);
  });

  it('does nothing on a page about something else', () => {
    const text = 'The city council approved 120 new buses and 55 bicycle lanes on Tuesday, the mayor said.';
    expect(pageConcernsEvent(text, set.terms)).toBe(false);
    expect(matchPage(text, [set])).toEqual([]);
  });
});

describe('relevance gate', () => {
  it('takes more than two shared words as a sign a page concerns an event', () => {
    const small = ['omdan', 'residents', 'vehicles'];
    expect(pageConcernsEvent('Police said residents moved their vehicles before the match.', small)).toBe(false);
    expect(pageConcernsEvent('Residents of Omdan lost their vehicles in the flood.', small)).toBe(true);
    expect(pageConcernsEvent(cnn, set.terms)).toBe(true);
  });

  it('wants names among the shared words: the nouns an event counts turn up everywhere', () => {
    const terms = ['omdan', 'demonstrators', 'police', 'residents', 'vehicles'];
    const names = ['omdan'];
    const report = 'Police said residents moved their vehicles before the airstrikes on the convoy.';
    expect(pageConcernsEvent(report, terms)).toBe(true);
    expect(pageConcernsEvent(report, terms, names)).toBe(false);
    expect(pageConcernsEvent(`${report} Omdan was quiet.`, terms, names)).toBe(true);
    // With two names, one of them a common noun written capitalised, a page needs both.
    expect(pageConcernsEvent(report, terms, ['omdan', 'police'])).toBe(false);
    expect(pageConcernsEvent(`${report} Omdan was quiet.`, terms, ['omdan', 'police'])).toBe(true);
    expect(eventNames(set)).toEqual(expect.arrayContaining(['fallujah', 'ramadi']));
    expect(eventNames(set)).not.toContain('vehicles');
    expect(pageConcernsEvent(cnn, set.terms, eventNames(set))).toBe(true);
  });
});

describe('event terms', () => {
  it('keep names and counted nouns, not verbs and common words that unrelated pages share', () => {
    expect(set.terms).toEqual(expect.arrayContaining(['fallujah', 'ramadi', 'vehicles', 'militants']));
    expect(set.terms).not.toEqual(expect.arrayContaining(['killed']));
    expect(set.terms).not.toContain('began');
    expect(set.terms).not.toContain('military');
  });
});
