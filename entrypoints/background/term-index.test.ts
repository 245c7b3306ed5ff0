import { describe, expect, it } from 'vitest';
import { pageConcernsEvent, pageTerms } from '../../engine/match/relevance';
import { TermIndex } from './term-index';

const fallujah = { id: 'fallujah', terms: ['fallujah', 'convoy', 'convoys', 'airstrikes', 'vehicles', 'garver'], names: ['fallujah', 'garver'] };
const flood = { id: 'flood', terms: ['flood', 'levee', 'river', 'rainfall'], names: [] as string[] };

describe('TermIndex', () => {
  const index = new TermIndex([fallujah, flood]);

  it('finds the events whose terms the page contains enough of', () => {
    const text = 'Airstrikes hit two convoys leaving Fallujah; Garver said vehicles burned.';
    expect(index.lookup(pageTerms(text))).toEqual(['fallujah']);
  });

  it('finds nothing for a page about something else', () => {
    expect(index.lookup(pageTerms('A recipe for bread with flour, water and salt.'))).toEqual([]);
  });

  it('agrees with pageConcernsEvent on the same text', () => {
    const texts = [
      'The river rose over the levee after record rainfall.',
      'Only the river rose.',
      'Convoys of vehicles near Fallujah.',
      'Fallujah convoy convoys airstrikes vehicles garver flood levee river rainfall',
      'Convoys of vehicles after airstrikes; the convoy moved on.',
      'Convoys of vehicles after airstrikes; the convoy left Fallujah.',
      'Convoys of vehicles after airstrikes; Garver said the convoy left Fallujah.',
    ];
    for (const text of texts) {
      const expected = [fallujah, flood].filter((e) => pageConcernsEvent(text, e.terms, e.names)).map((e) => e.id).sort();
      expect(index.lookup(pageTerms(text)).sort()).toEqual(expected);
    }
  });

  it("wants two of an event's names among the terms it finds, or the only one it has", () => {
    expect(index.lookup(pageTerms('Convoys of vehicles after airstrikes; the convoy moved on.'))).toEqual([]);
    expect(index.lookup(pageTerms('Convoys of vehicles after airstrikes; the convoy left Fallujah.'))).toEqual([]);
    expect(index.lookup(pageTerms('Convoys of vehicles after airstrikes; Garver said the convoy left Fallujah.'))).toEqual(['fallujah']);
    const oneName = new TermIndex([{ id: 'omdan', terms: ['omdan', 'residents', 'vehicles'], names: ['omdan'] }]);
    expect(oneName.lookup(pageTerms('Residents of Omdan lost their vehicles.'))).toEqual(['omdan']);
  });

  it('counts a term repeated by the caller once', () => {
    expect(index.lookup(['fallujah', 'fallujah', 'fallujah'])).toEqual([]);
  });
});
