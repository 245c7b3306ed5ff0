import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaimSet, validateClaimSet } from './validate';

const root = join(import.meta.dirname, '..', '..');
const bundledText = readFileSync(join(root, 'assets', 'claims', 'fallujah-convoys-2016.json'), 'utf8');
const bundled = () => JSON.parse(bundledText);
const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'claim-set.schema.json'), 'utf8'));

const errorsOf = (json: unknown) => {
  const r = validateClaimSet(json);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.join('\n');
};

describe('claim-set validation', () => {
  it('accepts the bundled set, which the JSON Schema accepts too', () => {
    expect(validateClaimSet(bundled()).ok).toBe(true);
    expect(new Ajv({ strict: false }).validate(schema, bundled())).toBe(true);
  });

  it('refuses truncated JSON with the parser error', () => {
    const r = parseClaimSet(bundledText.slice(0, 500));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(/not valid JSON/);
  });

  it('refuses another version, saying which it reads', () => {
    expect(errorsOf({ ...bundled(), version: 3 })).toMatch(/version: this Crosscount reads versions 1 and 2/);
  });

  it('reads a version-1 set, written before time verdicts, as version 2 with the verdicts the builder gives', () => {
    const current = bundled();
    const old = { ...bundled(), version: 1, groups: current.groups.map(({ timeVerdict: _, ...group }: Record<string, unknown>) => group) };
    expect(new Ajv({ strict: false }).validate(schema, old)).toBe(true);
    const read = validateClaimSet(old);
    expect(read.ok && read.value).toEqual(current);
    // The file is not changed by reading it.
    expect(old.version).toBe(1);
    expect(old.groups.every((g: Record<string, unknown>) => !('timeVerdict' in g))).toBe(true);
  });

  it('refuses a version-2 group without a time verdict, or one its verdict contradicts', () => {
    const missing = bundled();
    delete missing.groups[0].timeVerdict;
    expect(errorsOf(missing)).toMatch(/groups\[0\].*\.timeVerdict: must be revised, disputed, agree or single, got nothing/);
    expect(new Ajv({ strict: false }).validate(schema, missing)).toBe(false);
    const contradicted = bundled();
    const conflict = contradicted.groups.findIndex((g: { verdict: string }) => g.verdict === 'conflict');
    contradicted.groups[conflict].timeVerdict = 'agree';
    expect(errorsOf(contradicted)).toMatch(new RegExp(`groups\\[${conflict}\\].*\\.timeVerdict: disagrees with verdict`));
  });

  it('names the claim and field of a wrong type', () => {
    const set = bundled();
    set.claims[3].start = 'ten';
    expect(errorsOf(set)).toMatch(new RegExp(`claims\\[3\\] \\(${set.claims[3].id}\\)\\.start: must be a whole number`));
  });

  it('refuses missing fields, duplicate ids, unknown references and bad offsets', () => {
    const set = bundled();
    delete set.claims[0].sentence;
    set.claims[2].id = set.claims[1].id;
    set.groups[0].claims.push('no-such-claim');
    set.claims[4].end = set.claims[4].start;
    set.sources[0].url = 'javascript:alert(1)';
    const errors = errorsOf(set);
    expect(errors).toMatch(/claims\[0\].*\.sentence: must be a string/);
    expect(errors).toMatch(/duplicate claim id/);
    expect(errors).toMatch(/names unknown claim "no-such-claim"/);
    expect(errors).toMatch(/end \(\d+\) must be after start/);
    expect(errors).toMatch(/sources\[0\].*url: must be an http\(s\) address/);
  });

  it('refuses absurd sizes before reading them', () => {
    expect(parseClaimSet('x'.repeat(101), 100)).toMatchObject({ ok: false });
    const set = bundled();
    set.terms = Array.from({ length: 1000 }, (_, i) => `t${i}`);
    expect(errorsOf(set)).toMatch(/terms: has 1000 entries/);
  });
});

describe('claim-set validation, what a schema cannot say', () => {
  it('refuses a claim in two groups, a range upside down, absurd offsets and an address that is not http(s)', () => {
    const set = bundled();
    set.groups[1].claims.push(set.groups[0].claims[0]);
    set.groups[2].range = { low: 10, high: 1 };
    set.claims[5].start = 1e300;
    set.sources[1].url = 'ftp://example.com/a';
    const errors = errorsOf(set);
    expect(errors).toMatch(/groups\[1\].*is already in groups\[0\]/);
    expect(errors).toMatch(/groups\[2\].*\.range: low is above high/);
    expect(errors).toMatch(/claims\[5\].*\.start: must be a whole number/);
    expect(errors).toMatch(/sources\[1\].*\.url: must be an http\(s\) address/);
  });

  it('accepts an empty address: the article\'s address is not known', () => {
    const set = bundled();
    set.sources[1].url = '';
    expect(validateClaimSet(set).ok).toBe(true);
  });

  it('keeps error messages short whatever the size of an id', () => {
    const set = bundled();
    set.claims[0].id = 'x'.repeat(100_000);
    set.claims[0].start = -1;
    const errors = errorsOf(set) as string;
    expect(errors.length).toBeLessThan(2000);
  });
});
