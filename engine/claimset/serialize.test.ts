import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimSetJson } from './serialize';
import { parseClaimSet } from './validate';

const bundledText = readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'claims', 'fallujah-convoys-2016.json'), 'utf8');

describe('export and re-import', () => {
  it('give back the same data, byte for byte', () => {
    const first = parseClaimSet(bundledText);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const exported = claimSetJson(first.value);
    const again = parseClaimSet(exported);
    expect(again.ok && again.value).toEqual(first.value);
    expect(again.ok && claimSetJson(again.value)).toBe(exported);
    expect(exported).toBe(bundledText);
  });
});
