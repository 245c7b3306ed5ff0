// Property-based tests of the page matcher with the bundled claim set, over mutated seed
// articles and shuffled seed sentences with noise: it never throws, every figure lies inside
// the page text, covers a number and names only stored claims and groups. FUZZ_RUNS cases per
// property (200 by default; `npm run fuzz:long` for many more).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectSpanInside, fuzz, fuzzTimeout, mutated, mutatedArticle, root, SENTENCES, spaceRun, spreadSpaces, tokenSoup,
} from '../../tests/fuzz/text-arbitraries';
import type { ClaimSet } from '../claimset/types';
import { matchPage } from './match-page';
import type { PageFigure } from './page-figure';

const set: ClaimSet = JSON.parse(readFileSync(join(root, 'assets', 'claims', 'fallujah-convoys-2016.json'), 'utf8'));
const claimIds = new Set(set.claims.map((c) => c.id));
const sourceOf = new Map(set.claims.map((c) => [c.id, c.source]));
const groupIds = new Set(set.groups.map((g) => g.id));

function checkPageFigures(text: string, figures: PageFigure[], ownSource?: string) {
  let previousEnd = 0;
  for (const f of figures) {
    const where = `${JSON.stringify(f.text)} at ${f.start}`;
    expectSpanInside(text, f, where);
    expect(f.start, `${where} overlaps the figure before it`).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = f.end;
    expect(f.eventId).toBe(set.event.id);
    expect(groupIds.has(f.groupId), `${where}: unknown group ${f.groupId}`).toBe(true);
    expect(['conflict', 'agree', 'single']).toContain(f.verdict);
    for (const id of f.competitors) expect(claimIds.has(id), `${where}: unknown claim ${id}`).toBe(true);
    for (const id of f.agreeing) expect(f.competitors).toContain(id);
    if (ownSource) for (const id of f.competitors) expect(sourceOf.get(id), `${where}: its own article competes`).not.toBe(ownSource);
    const { low, high } = f.value;
    for (const v of [low, high]) expect(v === null || Number.isFinite(v), `${where}: value ${v}`).toBe(true);
    if (low !== null && high !== null) expect(low, where).toBeLessThanOrEqual(high);
  }
}

// A page of seed sentences from every outlet in random order, random noise between them, and the
// event's terms, so the relevance gate lets it through.
const shuffledPage = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: mutated(fc.constantFrom(...SENTENCES), 2) }, { weight: 1, arbitrary: tokenSoup }), { minLength: 1, maxLength: 40 }),
    fc.constantFrom(' ', '\n', '\n\n'),
  )
  .map(([parts, sep]) => [...parts, set.terms.join(' ')].join(sep));

describe('matchPage on hostile text', () => {
  it('never throws, and every figure lies inside the page and covers a number (mutated seed articles)', async () => {
    await fuzz(fc.property(mutatedArticle, (text) => checkPageFigures(text, matchPage(text, [set]))));
  }, fuzzTimeout(20));

  it('never throws, and every figure lies inside the page and covers a number (seed sentences shuffled with noise)', async () => {
    await fuzz(fc.property(shuffledPage, (text) => checkPageFigures(text, matchPage(text, [set]))));
  }, fuzzTimeout(20));

  it('never offers a page its own article as a competitor, whatever the page says', async () => {
    await fuzz(
      fc.property(mutatedArticle, fc.constantFrom(...set.sources), (text, source) => {
        checkPageFigures(text, matchPage(text, [set], { pageUrl: source.url }), source.id);
      }),
      0.5,
    );
  }, fuzzTimeout(20));

  // The speaker decides which group a page figure joins, so it must not depend on spacing
  // ("According  to  1,000,000 social media sources, ..." once read the speaker as "1").
  it('joins the same groups however the spaces between words are written', async () => {
    const HORIZONTAL_SPACE = /[ \t\u00a0\u2007\u2009\u200a\u202f\u3000]+/g;
    const joined = (text: string) => matchPage(text, [set]).map((f) => `${f.text.replace(/\s+/g, ' ')} ${f.groupId} ${f.verdict}`);
    await fuzz(
      fc.property(mutatedArticle.map((t) => t.replace(HORIZONTAL_SPACE, ' ')), fc.array(spaceRun, { minLength: 1, maxLength: 8 }), (text, runs) => {
        expect(joined(spreadSpaces(text, runs))).toEqual(joined(text));
      }),
    );
  }, fuzzTimeout(20));
});
