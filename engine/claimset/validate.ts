// Validates an untrusted claim set (an imported file, a stored record) before anything uses it.
// Errors name the field and the claim or group, so an author can fix the file. The checks
// mirror claim-set.schema.json and add what a JSON Schema cannot say: unique ids, references
// that resolve, offsets that make sense, and limits that keep a hostile file from costing much.
import { datedFigure, timeVerdictOf } from '../align/verdict';
import { CLAIM_SET_FORMAT, CLAIM_SET_VERSION, READABLE_VERSIONS, type Claim, type ClaimSet, type Group, type TimeVerdict } from './types';

export const LIMITS = { sources: 500, claims: 20_000, groups: 20_000, terms: 200, string: 5_000, scope: 50 };

export type Validation = { ok: true; value: ClaimSet } | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;
/** An id as it appears in an error path: cut short, so a hostile id cannot flood the message. */
const idIn = (v: unknown) => (typeof v === 'string' ? ` (${v.length > 40 ? v.slice(0, 40) + '…' : v})` : '');
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Checker {
  errors: string[] = [];
  fail(path: string, problem: string) {
    if (this.errors.length < 50) this.errors.push(`${path}: ${problem}`);
  }
  str(o: Obj, key: string, path: string, optional = false): void {
    const v = o[key];
    if (v === undefined && optional) return;
    if (typeof v !== 'string') this.fail(`${path}.${key}`, `must be a string, got ${describe(v)}`);
    else if (v.length > LIMITS.string) this.fail(`${path}.${key}`, `is longer than ${LIMITS.string} characters`);
  }
  strOrNull(o: Obj, key: string, path: string) {
    if (o[key] !== null) this.str(o, key, path);
  }
  int(o: Obj, key: string, path: string) {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) this.fail(`${path}.${key}`, `must be a whole number ≥ 0, got ${describe(v)}`);
  }
  numOrNull(o: Obj, key: string, path: string) {
    const v = o[key];
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) this.fail(`${path}.${key}`, `must be a number or null, got ${describe(v)}`);
  }
  strings(o: Obj, key: string, path: string, max: number) {
    const v = o[key];
    if (!Array.isArray(v)) return this.fail(`${path}.${key}`, `must be a list of strings, got ${describe(v)}`);
    if (v.length > max) return this.fail(`${path}.${key}`, `has ${v.length} entries; at most ${max} are allowed`);
    v.forEach((s, i) => {
      if (typeof s !== 'string' || s.length > LIMITS.string) this.fail(`${path}.${key}[${i}]`, 'must be a string');
    });
  }
  list(o: Obj, key: string, max: number): Obj[] | null {
    const v = o[key];
    if (!Array.isArray(v)) { this.fail(key, `must be a list, got ${describe(v)}`); return null; }
    if (v.length > max) { this.fail(key, `has ${v.length} entries; at most ${max} are allowed`); return null; }
    return v.map((x, i) => {
      if (!isObj(x)) this.fail(`${key}[${i}]`, `must be an object, got ${describe(x)}`);
      return isObj(x) ? x : {};
    });
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

export function validateClaimSet(json: unknown): Validation {
  const c = new Checker();
  if (!isObj(json)) return { ok: false, errors: [`claim set: must be a JSON object, got ${describe(json)}`] };
  if (json.format !== CLAIM_SET_FORMAT) c.fail('format', `must be "${CLAIM_SET_FORMAT}", got ${describe(json.format)}`);
  if (!READABLE_VERSIONS.includes(json.version as number)) {
    const found = json.version === undefined ? 'the file has none' : `the file is version ${describe(json.version)}`;
    return { ok: false, errors: [...c.errors, `version: this Crosscount reads versions ${READABLE_VERSIONS.join(' and ')}, ${found}`] };
  }
  const upgrading = json.version !== CLAIM_SET_VERSION;
  if (!isObj(json.event)) c.fail('event', `must be an object, got ${describe(json.event)}`);
  else {
    c.str(json.event, 'id', 'event');
    c.str(json.event, 'title', 'event');
    c.str(json.event, 'dates', 'event', true);
    c.str(json.event, 'place', 'event', true);
  }
  c.strings(json, 'terms', 'claim set', LIMITS.terms);
  const sources = c.list(json, 'sources', LIMITS.sources) ?? [];
  const claims = c.list(json, 'claims', LIMITS.claims) ?? [];
  const groups = c.list(json, 'groups', LIMITS.groups) ?? [];
  const sourceIds = new Set<string>();
  sources.forEach((s, i) => {
    const path = `sources[${i}]${idIn(s.id)}`;
    for (const k of ['id', 'file', 'outlet', 'url', 'title', 'published']) c.str(s, k, path);
    // An empty address means the article's address is not known.
    if (typeof s.url === 'string' && s.url && !/^https?:\/\/\S/i.test(s.url)) c.fail(`${path}.url`, 'must be an http(s) address');
    if (typeof s.id === 'string') {
      if (sourceIds.has(s.id)) c.fail(path, `duplicate source id "${s.id}"`);
      sourceIds.add(s.id);
    }
  });
  const claimIds = new Set<string>();
  claims.forEach((x, i) => {
    const path = `claims[${i}]${idIn(x.id)}`;
    for (const k of ['id', 'source', 'text', 'sentence']) c.str(x, k, path);
    for (const k of ['qualifier', 'counted', 'concept', 'action', 'speaker']) c.strOrNull(x, k, path);
    if (x.unit !== undefined) c.strOrNull(x, 'unit', path);
    c.int(x, 'start', path);
    c.int(x, 'end', path);
    c.int(x, 'sentenceStart', path);
    if (typeof x.vague !== 'boolean') c.fail(`${path}.vague`, `must be true or false, got ${describe(x.vague)}`);
    if (typeof x.start === 'number' && typeof x.end === 'number' && x.end <= x.start) c.fail(path, `end (${x.end}) must be after start (${x.start})`);
    if (typeof x.sentence === 'string' && typeof x.sentenceStart === 'number' && typeof x.text === 'string' && x.sentenceStart + x.text.length > x.sentence.length) {
      c.fail(`${path}.sentenceStart`, 'points past the end of the sentence');
    }
    if (!isObj(x.value)) c.fail(`${path}.value`, `must be an object with low and high, got ${describe(x.value)}`);
    else {
      c.numOrNull(x.value, 'low', `${path}.value`);
      c.numOrNull(x.value, 'high', `${path}.value`);
      if (typeof x.value.low === 'number' && typeof x.value.high === 'number' && x.value.low > x.value.high) c.fail(`${path}.value`, 'low is above high');
    }
    c.strings(x, 'agents', path, LIMITS.scope);
    c.strings(x, 'scope', path, LIMITS.scope);
    c.strings(x, 'nearby', path, LIMITS.scope);
    if (!isObj(x.selector)) c.fail(`${path}.selector`, 'must be a TextQuoteSelector object');
    else {
      if (x.selector.type !== 'TextQuoteSelector') c.fail(`${path}.selector.type`, 'must be "TextQuoteSelector"');
      for (const k of ['exact', 'prefix', 'suffix']) c.str(x.selector, k, `${path}.selector`);
    }
    if (typeof x.source === 'string' && !sourceIds.has(x.source)) c.fail(`${path}.source`, `names unknown source "${x.source}"`);
    if (typeof x.id === 'string') {
      if (claimIds.has(x.id)) c.fail(path, `duplicate claim id "${x.id}"`);
      claimIds.add(x.id);
    }
  });
  const groupIds = new Set<string>();
  /** Each claim reports one quantity: it belongs to one group at most. */
  const grouped = new Map<string, string>();
  groups.forEach((g, i) => {
    const path = `groups[${i}]${idIn(g.id)}`;
    for (const k of ['id', 'label', 'concept']) c.str(g, k, path);
    c.strOrNull(g, 'action', path);
    if (!['conflict', 'agree', 'single'].includes(g.verdict as string)) c.fail(`${path}.verdict`, `must be conflict, agree or single, got ${describe(g.verdict)}`);
    if (typeof g.conflict !== 'boolean') c.fail(`${path}.conflict`, `must be true or false, got ${describe(g.conflict)}`);
    else if ((g.verdict === 'conflict') !== g.conflict) c.fail(`${path}.conflict`, 'disagrees with verdict');
    if (!upgrading) {
      if (!TIME_VERDICTS.includes(g.timeVerdict as TimeVerdict)) c.fail(`${path}.timeVerdict`, `must be revised, disputed, agree or single, got ${describe(g.timeVerdict)}`);
      else if (TIME_VERDICT_OF[g.timeVerdict as TimeVerdict] !== g.verdict) c.fail(`${path}.timeVerdict`, 'disagrees with verdict');
    }
    if (!isObj(g.range)) c.fail(`${path}.range`, 'must be an object with low and high');
    else {
      c.numOrNull(g.range, 'low', `${path}.range`);
      c.numOrNull(g.range, 'high', `${path}.range`);
      if (typeof g.range.low === 'number' && typeof g.range.high === 'number' && g.range.low > g.range.high) c.fail(`${path}.range`, 'low is above high');
    }
    if (!Array.isArray(g.claims) || !g.claims.length) c.fail(`${path}.claims`, 'must be a non-empty list of claim ids');
    else g.claims.forEach((id, j) => {
      if (typeof id !== 'string' || !claimIds.has(id)) c.fail(`${path}.claims[${j}]`, `names unknown claim ${describe(id)}`);
      else if (grouped.has(id)) c.fail(`${path}.claims[${j}]`, `claim ${describe(id)} is already in ${grouped.get(id)}`);
      else grouped.set(id, path);
    });
    if (typeof g.id === 'string') {
      if (groupIds.has(g.id)) c.fail(path, `duplicate group id "${g.id}"`);
      groupIds.add(g.id);
    }
  });
  if (c.errors.length) return { ok: false, errors: c.errors };
  const set = json as unknown as ClaimSet;
  return { ok: true, value: upgrading ? upgraded(set) : set };
}

const TIME_VERDICTS: TimeVerdict[] = ['revised', 'disputed', 'agree', 'single'];
/** The timeless verdict each time verdict refines. */
const TIME_VERDICT_OF: Record<TimeVerdict, string> = { revised: 'conflict', disputed: 'conflict', agree: 'agree', single: 'single' };

/** A version-1 set (already checked) as version 2: each group's time verdict from its claims and
 *  their articles' dates, as the builder gives it. The file itself is left as it was. */
function upgraded(set: ClaimSet): ClaimSet {
  const claims = new Map<string, Claim>(set.claims.map((claim) => [claim.id, claim]));
  const published = new Map(set.sources.map((s) => [s.id, s.published]));
  const groups = set.groups.map((group): Group => {
    const members = group.claims.map((id) => claims.get(id)!);
    return { ...group, timeVerdict: timeVerdictOf(members.map((m) => datedFigure(m, published.get(m.source) ?? ''))) };
  });
  return { ...set, version: CLAIM_SET_VERSION, groups };
}

/** Parses and validates claim-set text (a file's contents), refusing oversized input before parsing. */
export function parseClaimSet(text: string, maxBytes = 20 * 1024 * 1024): Validation {
  if (text.length > maxBytes) return { ok: false, errors: [`file: ${text.length} characters is over the ${maxBytes}-character limit`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`file: not valid JSON (${(e as Error).message})`] };
  }
  return validateClaimSet(json);
}
