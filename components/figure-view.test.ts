import { describe, expect, it } from 'vitest';
import bundledJson from '../assets/claims/fallujah-convoys-2016.json';
import type { ClaimSet } from '../engine/claimset/types';
import type { PageFigure } from '../engine/match/page-figure';
import { formatInterval, safeUrl, summarizeFigure, viewFigure } from './figure-view';
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
  it("lists every competitor with its outlet and sentence, lowest first, marking those that agree", () => {
    const view = viewFigure(figure(), [set]);
    expect(view.competitors.map((c) => c.claimId).sort()).toEqual([...others].sort());
    const lows = view.competitors.map((c) => c.value.low ?? c.value.high ?? 0);
    expect(lows).toEqual([...lows].sort((a, b) => a - b));
    for (const c of view.competitors) {
      const claim = set.claims.find((k) => k.id === c.claimId)!;
      expect(c.outlet).toBe(set.sources.find((s) => s.id === claim.source)!.outlet);
      expect(c.sentence.before + c.sentence.figure + c.sentence.after).toBe(claim.sentence);
      expect(c.sentence.figure).toBe(claim.text);
      expect(c.agrees).toBe(c.claimId === others[0]);
    }
    expect(view.summary).toContain('about 175');
  });
});

describe('summarizeFigure', () => {
  it("says what the figure's whole view says, for each verdict", () => {
    for (const verdict of ['conflict', 'agree', 'single'] as const) {
      const f = figure({ verdict });
      expect(summarizeFigure(f, [set])).toBe(viewFigure(f, [set]).summary);
    }
    expect(summarizeFigure(figure(), [set])).toBe(`${group.label}: about 175 on this page, disputed; reported range ${formatInterval(group.range)} vehicles`);
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

  it('counts a quantity as disputed when any of the page figures is', () => {
    const figures = [figure({ verdict: 'agree' }), figure({ text: '750', verdict: 'conflict' })];
    const [q] = quantitiesOnPage(figures, figures.map((f) => viewFigure(f, [set])));
    expect(q.verdict).toBe('conflict');
  });
});
