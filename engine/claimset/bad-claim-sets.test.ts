// A catalogue of bad claim-set files (tests/fixtures/bad-claim-sets, each with one problem, listed
// in index.json with the message that must name it and, where one mistake has a knock-on effect,
// the only other errors allowed), oversized files generated here, and
// hostile strings inside an otherwise valid set: the validator refuses every bad file with an
// error naming the field and the claim, source or group, and takes hostile strings as data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS, parseClaimSet, validateClaimSet, type Validation } from './validate';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'tests', 'fixtures', 'bad-claim-sets');
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const catalogue: { file: string; problem: string; expect: string; also?: string }[] = JSON.parse(read('index.json'));
const validText = read('valid.json');
const valid = () => JSON.parse(validText);
const bundled = () => JSON.parse(readFileSync(join(root, 'assets', 'claims', 'fallujah-convoys-2016.json'), 'utf8'));

function errorsOf(r: Validation): string[] {
  expect(r.ok, 'accepted a bad claim set').toBe(false);
  return r.ok ? [] : r.errors;
}

describe('the catalogue of bad claim-set files', () => {
  it('lists every file in its folder, and its valid base is accepted', () => {
    const files = readdirSync(dir).filter((f) => f !== 'index.json' && f !== 'valid.json').sort();
    expect(catalogue.map((c) => c.file).sort()).toEqual(files);
    expect(parseClaimSet(validText)).toMatchObject({ ok: true });
  });

  it.each(catalogue)('refuses $file ($problem), naming it', ({ file, expect: message }) => {
    const errors = errorsOf(parseClaimSet(read(file)));
    expect(errors.some((e) => new RegExp(message, 'u').test(e)), `errors were:\n${errors.join('\n')}`).toBe(true);
  });

  it('reports only the problem each file was made with', () => {
    for (const { file, expect: message, also } of catalogue) {
      const errors = errorsOf(parseClaimSet(read(file)));
      const allowed = [message, ...(also ? [also] : [])].map((m) => new RegExp(m, 'u'));
      expect(errors.filter((e) => !allowed.some((re) => re.test(e))), file).toEqual([]);
    }
  });
});

describe('absurd sizes', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const huge = validText + ' '.repeat(20 * 1024 * 1024);
      expect(errorsOf(parseClaimSet(huge))[0]).toMatch(/^file: \d+ characters is over the 20971520-character limit/);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it.each([
    ['sources', LIMITS.sources],
    ['claims', LIMITS.claims],
    ['groups', LIMITS.groups],
  ] as const)('refuses more than the limit of %s (%i), naming the list', (key, limit) => {
    const set = valid();
    set[key] = Array.from({ length: limit + 1 }, () => set[key][0]);
    expect(errorsOf(validateClaimSet(set))).toContain(`${key}: has ${limit + 1} entries; at most ${limit} are allowed`);
  });

  it('refuses too many terms and too many scope words', () => {
    const set = valid();
    set.terms = Array.from({ length: LIMITS.terms + 1 }, (_, i) => `t${i}`);
    set.claims[1].scope = Array.from({ length: LIMITS.scope + 1 }, () => 'in total');
    const errors = errorsOf(validateClaimSet(set));
    expect(errors).toContain(`claim set.terms: has ${LIMITS.terms + 1} entries; at most ${LIMITS.terms} are allowed`);
    expect(errors).toContain(`claims[1] (s2-01).scope: has ${LIMITS.scope + 1} entries; at most ${LIMITS.scope} are allowed`);
  });

  it('refuses an overlong string, naming the claim and field', () => {
    const set = valid();
    set.claims[0].sentence = 'x'.repeat(LIMITS.string + 1);
    expect(errorsOf(validateClaimSet(set))).toContain(`claims[0] (s1-01).sentence: is longer than ${LIMITS.string} characters`);
  });

  it('refuses deeply nested JSON without throwing', () => {
    const depth = 100_000;
    expect(() => parseClaimSet('['.repeat(depth) + ']'.repeat(depth))).not.toThrow();
    expect(parseClaimSet('['.repeat(depth) + ']'.repeat(depth)).ok).toBe(false);
    expect(parseClaimSet('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)).ok).toBe(false);
  });

  it('keeps the error list short for a file that is wrong everywhere', () => {
    const set = valid();
    set.claims = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}` }));
    const errors = errorsOf(validateClaimSet(set));
    expect(errors.length).toBeLessThanOrEqual(50);
    expect(errors[0]).toMatch(/^claims\[0\] \(c0\)\.source: must be a string/);
  });
});

// Markup, script links and bidi controls as they might arrive in an imported file.
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(document.cookie)">',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '\u202eevil\u202c \u2067RTL\u2069 \u200f\u200e\u061c',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '\u0000 \ufeff \ud800',
].join(' ');

/** The bundled set with hostile text in every free-text field and in the ids that link them. */
function hostileSet() {
  const set = bundled();
  set.event.title = HOSTILE;
  set.event.place = HOSTILE;
  set.terms = [...set.terms, HOSTILE];
  const sourceId = new Map<string, string>();
  set.sources.forEach((s: Record<string, string>, i: number) => {
    sourceId.set(s.id, `${HOSTILE} ${i}`);
    Object.assign(s, { id: `${HOSTILE} ${i}`, outlet: HOSTILE, title: HOSTILE, published: HOSTILE, file: HOSTILE });
  });
  const claimId = new Map<string, string>();
  set.claims.forEach((c: Record<string, any>, i: number) => {
    claimId.set(c.id, `<b id="${i}">${HOSTILE}</b>`);
    c.id = claimId.get(c.id);
    c.source = sourceId.get(c.source);
    c.sentence = HOSTILE + c.sentence + HOSTILE;
    c.sentenceStart += HOSTILE.length;
    Object.assign(c, { counted: HOSTILE, speaker: HOSTILE, scope: [HOSTILE], nearby: [HOSTILE] });
    c.selector.prefix = HOSTILE;
    c.selector.suffix = HOSTILE;
  });
  set.groups.forEach((g: Record<string, any>) => {
    g.label = HOSTILE;
    g.claims = g.claims.map((id: string) => claimId.get(id));
  });
  return set;
}

describe('hostile strings in an otherwise valid claim set', () => {
  it('are accepted as data, exactly as written', () => {
    const set = hostileSet();
    const r = validateClaimSet(set);
    expect(r.ok, r.ok ? '' : r.errors.join('\n')).toBe(true);
    expect(r.ok && r.value).toEqual(hostileSet());
    // And through the file path too (the text survives JSON unchanged).
    const parsed = parseClaimSet(JSON.stringify(set));
    expect(parsed.ok && parsed.value).toEqual(set);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u202ejavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/a',
    'chrome-extension://abcdefghijklmnop/options.html',
    '//evil.example/path',
    'https:evil.example',
    '<a href="https://example.com">x</a>',
  ])('refuse a source link that is not http(s): %j', (url) => {
    const set = hostileSet();
    set.sources[1].url = url;
    const errors = errorsOf(validateClaimSet(set));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^sources\[1\] \(.*\)\.url: must be an http\(s\) address$/s);
  });

  it('keep http and https links, whatever follows the scheme', () => {
    const set = hostileSet();
    set.sources[0].url = 'HTTPS://example.com/?q=<script>alert(1)</script>';
    set.sources[1].url = 'http://example.com/javascript:alert(1)';
    expect(validateClaimSet(set).ok).toBe(true);
  });
});
