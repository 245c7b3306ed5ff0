import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimSetJson } from './serialize';
import { readEventFolder } from '../../cli/read-articles';
import { buildClaimSet } from './build';
import { validateClaimSet } from './validate';

const root = join(import.meta.dirname, '..', '..');
const eventDir = join(root, 'events', 'fallujah-convoys-2016');
const bundled = join(root, 'assets', 'claims', 'fallujah-convoys-2016.json');
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');

describe('the bundled claim set', () => {
  const { event, articles } = readEventFolder(eventDir);
  const fresh = claimSetJson(buildClaimSet(event, articles));

  it('is what the builder makes from the event folder (run `npm run claims` after changing the engine)', () => {
    expect(readFileSync(bundled, 'utf8')).toBe(fresh);
  });

  it('is byte-identical on a second build', () => {
    expect(claimSetJson(buildClaimSet(event, articles))).toBe(fresh);
  });

  it('passes its own validation', () => {
    expect(validateClaimSet(JSON.parse(fresh))).toMatchObject({ ok: true });
  });

  it.runIf(existsSync(scorer))('meets the quality bar on the seed gold', () => {
    const report = JSON.parse(execFileSync('node', [scorer, 'claimset', bundled, '--json'], { encoding: 'utf8' }));
    expect(report.figureRecall).toBeGreaterThanOrEqual(0.95);
    expect(report.pairs.precision).toBeGreaterThanOrEqual(0.9);
    expect(report.pairs.recall).toBeGreaterThanOrEqual(0.8);
    expect(report.conflicts.correct).toBe(report.conflicts.total);
  });
});
