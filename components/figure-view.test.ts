import { describe, expect, it } from 'vitest';
import bundledJson from '../assets/claims/fallujah-convoys-2016.json';
import type { ClaimSet } from '../engine/claimset/types';
import type { PageFigure } from '../engine/match/page-figure';
import { validateClaimSet } from '../engine/claimset/validate';
import { figureOnPage, formatInterval, safeUrl, summarizeFigure, viewFigure } from './figure-view';
import { quantitiesOnPage } from './popup-list';

const set = bundledJson as unknown as ClaimSet;
const group = set.groups.find((g) => g.verdict === 'conflict' && g.claims.length >= 3)!;
const others = group.claims.slice(1);
const figure = (over: Partial<PageFigure> = {}): PageFigure => ({
  start: 0,
  end: 3,
  text: 'about 175',
  value: { low: 161, high: 189 },
  eventId: set.event.id,
  groupId: group.id,
  label: group.label,
  verdict: 'conflict',
  competitors: others,
  agreeing: others.slice(0, 1),
  ...over,
});

describe('formatInterval', () => {
  it('says a point, a range, or an open side plainly', () => {
    expect(formatInterval({ low: 1200, high: 1200 })).toBe('1,200');
    expect(formatInterval({ low: 40, high: 798 })).toBe('40 – 798');
    expect(formatInterval({ low: 200, high: null })).toBe('at least 200');
    expect(formatInterval({ low: null, high: 50 })).toBe('at most 50');
  });
});

describe('safeUrl', () => {
  it('keeps http(s) links only', () => {
    expect(safeUrl('https://edition.cnn.com/a')).toBe('https://edition.cnn.com/a');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
  });
});

describe('viewFigure', () => {
  it("lists every competitor with its outlet and sentence, oldest first and lowest first within a day, marking those that agree and the latest", () => {
    const view = viewFigure(figure(), [set]);
    expect(view.competitors.map((c) => c.claimId).sort()).toEqual([...others].sort());
    const order = view.competitors.map((c) => [c.date, c.value.low ?? c.value.high ?? 0] as const);
    expect(order).toEqual([...order].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]));
    // Lidtime's article of 2 July is the latest; the others are of 30 June.
    expect(new Set(view.competitors.filter((c) => c.latest).map((c) => c.outlet))).toEqual(new Set(['Lidtime']));
    expect(viewFigure(figure({ competitors: view.competitors.filter((c) => !c.latest).map((c) => c.claimId) }), [set]).competitors.some((c) => c.latest)).toBe(false);
    for (const c of view.competitors) {
      const claim = set.claims.find((k) => k.id === c.claimId)!;
      expect(c.outlet).toBe(set.sources.find((s) => s.id === claim.source)!.outlet);
      expect(c.sentence.before + c.sentence.figure + c.sentence.after).toBe(claim.sentence);
      expect(c.sentence.figure).toBe(claim.text);
      expect(c.agrees).toBe(c.claimId === others[0]);
    }
    expect(view.summary).toContain('about 175');
  });

  it('shows a revised quantity as its counts in date order, and says so to a screen reader', () => {
    const view = viewFigure(revisedFigure, [revisedSet]);
    expect(view.timeVerdict).toBe('revised');
    expect(view.revision).toEqual({ counts: ['717', '769'], span: '26 September 2015' });
    expect(view.competitors.map((c) => c.text)).toEqual(['717', '769']);
    expect(figureOnPage(revisedFigure, [revisedSet])).toMatchObject({ timeVerdict: 'revised', summary: 'pilgrims killed: 769 on this page; revised over time: 717 → 769, 26 September 2015' });
  });
});

// Two sentences of the Hajj stampede's coverage, 26 September 2015 (../shared/events), as a
// claim set of version 1: the time verdict is the one reading it gives.
const sentences = [
  ['asiaone', 'AsiaOne (AFP)', 'Health Minister Khaled al-Falih announced the new figure, an increase from the previous toll of 717.', '717'],
  ['anadolu', 'Anadolu Agency', 'The number of pilgrims killed during the Hajj stampede in Mina has risen to 769, Saudi authorities said on Saturday.', '769'],
] as const;
const read = validateClaimSet({
  format: 'crosscount-claim-set',
  version: 1,
  event: { id: 'hajj', title: 'Hajj stampede' },
  terms: [],
  sources: sentences.map(([id, outlet]) => ({ id, file: `${id}.txt`, outlet, url: `https://example.org/${id}`, title: outlet, published: '2015-09-26' })),
  claims: sentences.map(([id, , sentence, text]) => {
    const start = sentence.indexOf(text);
    const value = { low: Number(text), high: Number(text) };
    return { id, source: id, start, end: start + text.length, text, value, qualifier: null, vague: false, counted: 'pilgrims', concept: 'pilgrim', action: 'killed', agents: [], scope: [], nearby: [], speaker: id === 'anadolu' ? 'Saudi authorities' : 'Health Minister Khaled al-Falih', sentence, sentenceStart: start, selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' } };
  }),
  groups: [{ id: 'hajj/q001', label: 'pilgrims killed', concept: 'pilgrim', action: 'killed', claims: ['asiaone', 'anadolu'], verdict: 'conflict', conflict: true, range: { low: 717, high: 769 } }],
});
if (!read.ok) throw new Error(read.errors.join('\n'));
const revisedSet = read.value;
const revisedFigure: PageFigure = {
  start: 0, end: 3, text: '769', value: { low: 769, high: 769 }, eventId: 'hajj', groupId: 'hajj/q001', label: 'pilgrims killed',
  verdict: 'conflict', competitors: ['asiaone', 'anadolu'], agreeing: ['anadolu'],
};

describe('summarizeFigure', () => {
  it("says what the figure's whole view says, for each verdict", () => {
    for (const verdict of ['conflict', 'agree', 'single'] as const) {
      const f = figure({ verdict });
      expect(summarizeFigure(f, [set])).toBe(viewFigure(f, [set]).summary);
    }
    expect(group.timeVerdict).toBe('disputed');
    expect(summarizeFigure(figure(), [set])).toMatch(new RegExp(`^${group.label}: about 175 on this page, disputed; outlets report \\S+ to \\S+ vehicles$`));
  });
});

describe('quantitiesOnPage', () => {
  it('groups figures by quantity, conflicts first, each page figure once', () => {
    const agreeing = set.groups.find((g) => g.verdict !== 'conflict')!;
    const figures = [
      figure({ verdict: 'agree', groupId: agreeing.id, text: '120' }),
      figure({ text: 'about 175' }),
      figure({ text: 'about 175' }),
      figure({ text: '180' }),
    ];
    const quantities = quantitiesOnPage(figures, figures.map((f) => viewFigure(f, [set])));
    expect(quantities.map((q) => [q.groupId, q.pageTexts, q.first])).toEqual([
      [group.id, ['about 175', '180'], 1],
      [agreeing.id, ['120'], 0],
    ]);
  });

  it('says which of the page figures each competitor agrees with', () => {
    const figures = [figure({ text: 'about 175', agreeing: [others[0]] }), figure({ text: '750', agreeing: [others[1]] })];
    const [q] = quantitiesOnPage(figures, figures.map((f) => viewFigure(f, [set])));
    expect(q.agreesWith.get(others[0])).toEqual(['about 175']);
    expect(q.agreesWith.get(others[1])).toEqual(['750']);
  });

  it('counts a quantity as disputed when any page figure is, and as revised when one is revised and none disputed', () => {
    const figures = [figure({ text: '120' }), figure({ text: '750' })];
    const [revised, disputed] = figures.map((f) => viewFigure(f, [set]));
    expect(quantitiesOnPage(figures, [{ ...revised, timeVerdict: 'revised' }, { ...disputed, timeVerdict: 'disputed' }])[0].timeVerdict).toBe('disputed');
    expect(quantitiesOnPage(figures, [{ ...revised, timeVerdict: 'agree' }, { ...disputed, timeVerdict: 'revised' }])[0].timeVerdict).toBe('revised');
  });

  it('counts a quantity as disputed when any of the page figures is', () => {
    const figures = [figure({ verdict: 'agree' }), figure({ text: '750', verdict: 'conflict' })];
    const [q] = quantitiesOnPage(figures, figures.map((f) => viewFigure(f, [set])));
    expect(q.verdict).toBe('conflict');
  });
});
