import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, parseTabRequest, termsOfQuestion, STEP_COMMANDS } from './messages';

describe('message guards', () => {
  it('accept well-formed requests', () => {
    expect(parseBackgroundRequest({ type: 'lookup', terms: ['fallujah'], words: '' })).toEqual({ type: 'lookup', terms: ['fallujah'], words: '' });
    expect(parseBackgroundRequest({ type: 'lookup', terms: [], words: 'Fallujah', extra: 1 })).toEqual({ type: 'lookup', terms: [], words: 'Fallujah' });
    expect(parseBackgroundRequest({ type: 'tab-page', tabId: 4 })).toEqual({ type: 'tab-page', tabId: 4 });
    const match = { type: 'match', text: 'About 175 vehicles.', url: 'https://a.example/', events: ['e'] };
    expect(parseBackgroundRequest(match)).toEqual(match);
    // The reader's first scan leaves the events to the background.
    expect(parseBackgroundRequest({ ...match, events: null })).toEqual({ ...match, events: null });
    expect(parseBackgroundRequest({ type: 'set-site', site: 'a.example', enabled: false })).toEqual({ type: 'set-site', site: 'a.example', enabled: false });
    expect(parseTabRequest({ type: 'reveal', index: 2 })).toEqual({ type: 'reveal', index: 2 });
  });

  it('accept a request for views of well-formed figures, keeping only the fields a figure has', () => {
    const figure = { start: 4, end: 13, text: 'about 175', value: { low: 150, high: 200 }, eventId: 'e', groupId: 'g', label: 'vehicles destroyed', verdict: 'conflict', competitors: ['c1'], agreeing: [] };
    expect(parseBackgroundRequest({ type: 'views', figures: [{ ...figure, summary: 'shown as the aria-label' }] })).toEqual({ type: 'views', figures: [figure] });
    for (const bad of [{ ...figure, verdict: 'maybe' }, { ...figure, value: { low: '150', high: null } }, { ...figure, competitors: 'c1' }, { ...figure, start: 1.5 }, { ...figure, eventId: undefined }]) {
      expect(parseBackgroundRequest({ type: 'views', figures: [figure, bad] })).toBeNull();
    }
    expect(parseBackgroundRequest({ type: 'views', figures: 'all' })).toBeNull();
  });

  it('reject anything of the wrong shape', () => {
    for (const bad of [null, 'lookup', [], { type: 'lookup', terms: 'x', words: '' }, { type: 'lookup', terms: [1], words: '' }, { type: 'lookup', terms: [] }, { type: 'lookup', terms: [], words: 1 }, { type: 'gate', terms: [], words: 'x' }, { type: 'tab-page', tabId: 'x' }, { type: 'refresh-tab' }, { type: 'match', text: 1, url: '', events: [] }, { type: 'match', text: '', url: '', events: 'e' }, { type: 'report', conflicts: -1 }, { type: 'remove' }, { type: 'set-site', site: '', enabled: true }, { type: 'nope' }]) {
      expect(parseBackgroundRequest(bad)).toBeNull();
    }
    expect(parseTabRequest({ type: 'reveal', index: 'x' })).toBeNull();
    expect(parseTabRequest({ type: 'step-disputed', direction: 2 })).toBeNull();
  });

  it("read the keyboard commands' step to the next or previous disputed figure", () => {
    expect(parseTabRequest({ type: 'step-disputed', direction: STEP_COMMANDS['next-disputed'] })).toEqual({ type: 'step-disputed', direction: 1 });
    expect(parseTabRequest({ type: 'step-disputed', direction: STEP_COMMANDS['previous-disputed'] })).toEqual({ type: 'step-disputed', direction: -1 });
  });

  it("read a question's terms: those given and those of its words, each once", () => {
    expect(termsOfQuestion({ terms: ['fallujah'], words: '' })).toEqual(['fallujah']);
    expect(termsOfQuestion({ terms: ['fallujah'], words: 'Convoys fleeing Fallujah' }).sort()).toEqual(['convoys', 'fallujah', 'fleeing']);
  });
});
