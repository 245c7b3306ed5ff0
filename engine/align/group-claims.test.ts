import { describe, expect, it } from 'vitest';
import { buildClaimSet } from '../claimset/build';
import type { ClaimSet } from '../claimset/types';

function build(...texts: string[]): ClaimSet {
  return buildClaimSet(
    { id: 'test-event', title: 'Test' },
    texts.map((text, i) => ({ source: { id: `s${i}`, file: `s${i}.txt`, outlet: `Outlet ${i}`, url: `https://example.com/${i}`, title: '', published: '' }, text })),
  );
}

const groupOf = (set: ClaimSet, figure: string, source: string) => {
  const claim = set.claims.find((c) => c.text === figure && c.source === source)!;
  return set.groups.find((g) => g.claims.includes(claim.id))!;
};

describe('alignment by quantity', () => {
  it('keeps "could have carried 250 fighters" apart from "at least 250 fighters were killed"', () => {
    const set = build(
      'The destroyed vehicles could have carried as many as 250 fighters, a U.S. official said.',
      'At least 250 suspected fighters were killed, U.S. officials told Reuters.',
    );
    expect(groupOf(set, 'as many as 250', 's0').id).not.toBe(groupOf(set, 'At least 250', 's1').id);
  });

  it('keeps two convoys apart when one outlet reports both, and pairs each with the other outlet', () => {
    const set = build(
      'Strikes hit 55 vehicles southwest of the city on Tuesday, officials said.\nA separate set of strikes destroyed 120 vehicles east of the river, officials said.',
      '“We estimate strikes destroyed approximately 55 vehicles,” Garver said.\n“We estimate strikes destroyed approximately 120 vehicles,” Garver said.',
    );
    const g55 = groupOf(set, '55', 's0');
    const g120 = groupOf(set, '120', 's0');
    expect(g55.id).not.toBe(g120.id);
    expect(g55.claims).toContain(set.claims.find((c) => c.text === 'approximately 55')!.id);
    expect(g120.claims).toContain(set.claims.find((c) => c.text === 'approximately 120')!.id);
    expect(g55.verdict).toBe('agree');
  });

  it('groups outlets that count the same outcome in different words and calls the disagreement', () => {
    const set = build('Air strikes killed dozens of militants on Thursday.', 'The defense minister said 440 fighters were killed.');
    const g = groupOf(set, 'dozens', 's0');
    expect(g.claims).toHaveLength(2);
    expect(g).toMatchObject({ verdict: 'conflict', conflict: true });
  });

  it('never pairs context figures such as distances and years', () => {
    const set = build('The town lies 20 miles west of the city, captured in 2014.', 'The base is 20 miles away; it fell in 2014.');
    expect(set.claims).toHaveLength(0);
  });
});
