// Text generators for the property-based tests (fast-check): random token soup, and real
// sentences from the seed articles mutated the ways pages mangle them — numbers swapped, spaces
// and punctuation changed, Unicode digits, no-break and thin spaces, bidi controls, very long
// digit runs.
//
// Runs: FUZZ_RUNS (default 200) cases per property, so `npx vitest run` stays fast;
// `npm run fuzz:long` raises it. FUZZ_SEED replays a failure fast-check reported.
import fc from 'fast-check';
import { expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRACTIONS, SCALES, TENS, UNITS, VAGUE } from '../../engine/figures/number-words';
import { splitSentences } from '../../engine/text/sentences';

export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 200);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const CHUNK = 500;

/**
 * Checks a property FUZZ_RUNS × `share` times (at most `max`: the happy-dom tests hold on to ~1 MB
 * a case and run out of heap near 5,000), in chunks of 500 with the event loop turning between
 * them: a test that blocks its vitest worker for minutes makes the worker's RPC time out. Chunk i
 * runs with seed base + i; a failure prints its chunk's seed, and FUZZ_SEED=<that seed> replays it.
 */
export async function fuzz<Ts>(property: fc.IProperty<Ts>, share = 1, max = Infinity): Promise<void> {
  const total = Math.max(1, Math.min(max, Math.round(FUZZ_RUNS * share)));
  const base = seed ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  for (let done = 0, i = 0; done < total; i++) {
    const numRuns = Math.min(CHUNK, total - done);
    fc.assert(property, { numRuns, seed: (base + i) | 0 });
    done += numRuns;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A per-test timeout that grows with the number of runs (the long run must not time out), with
 *  room for a loaded machine: it is there to catch a hang, not to time the code. */
export function fuzzTimeout(msPerRun: number): number {
  return Math.max(30_000, FUZZ_RUNS * msPerRun);
}

export const root = join(import.meta.dirname, '..', '..');
const eventDir = join(root, 'events', 'fallujah-convoys-2016');

/** The seed articles of the bundled event, as read from their files. */
export const ARTICLES: string[] = readdirSync(eventDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(eventDir, f), 'utf8'));

/** Every sentence of the seed articles. */
export const SENTENCES: string[] = ARTICLES.flatMap((a) => splitSentences(a).map((s) => a.slice(s.start, s.end)));

export const NUMBER_WORDS: string[] = [
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(VAGUE), ...Object.keys(FRACTIONS), 'dozen',
];
const NUMBER_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NUMBER_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** True when `s` holds a decimal digit of any script ("5", "٥", "５") or a whole number word:
 *  what every figure must cover. */
export function coversNumber(s: string): boolean {
  return /\p{Nd}/u.test(s) || NUMBER_WORD.test(s);
}

// Characters pages are full of and parsers trip on.
export const SPACES = [' ', '  ', '\t', '\u00a0', '\u2009', '\u202f', '\u2007', '\u200a', '\u3000'];
export const BIDI = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const DIGIT_SETS = [
  '0123456789',
  '\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669', // Arabic-Indic
  '\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9', // Extended Arabic-Indic (Persian)
  '\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19', // fullwidth
  '\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f', // Devanagari
];
const PUNCTUATION = [',', '.', ';', ':', '-', '–', '—', '(', ')', '[', ']', '“', '”', '"', "'", '’', '%', '$', '€', '£', '+', '/', '…', '!', '?', '\n'];
const PHRASES = [
  'more than', 'at least', 'about', 'nearly', 'as many as', 'up to', 'no fewer than', 'some', 'an estimated', 'between',
  'and', 'to', 'or more', 'or so', '-plus', 'a', 'an', 'of', 'the', 'tens of thousands', 'a dozen', 'a third of',
  'one hundred and twenty', 'twenty-five', 'dozens of', 'hundreds', 'another', 'a total of', 'in all', 'percent', 'per cent',
  'billion', 'million', 'vehicles', 'militants', 'killed', 'destroyed', 'Route', 'F-', 'a.m.', 'June', 'week', 'miles',
];

/** A digit string of `length` drawn from one digit set. */
const digitsIn = (set: string) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 12 }).map((ds) => ds.map((d) => [...set][d]).join(''));

/** Numbers as pages write them: plain, grouped, decimal, Unicode digits, absurdly long. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.nat({ max: 2_000_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom(...DIGIT_SETS).chain(digitsIn),
  fc.integer({ min: 10, max: 2_000 }).map((n) => '9'.repeat(n)),
  fc.integer({ min: 2, max: 150 }).map((n) => '1' + ',000'.repeat(n)),
  fc.integer({ min: 2, max: 60 }).map((n) => Array.from({ length: n }, (_, i) => String(i % 10)).join('.')),
  fc.constantFrom(...NUMBER_WORDS),
);

/** Random token soup: number forms, number words, qualifiers, spaces, punctuation, bidi, any character. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: numberText },
      { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
      { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
      { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
      { weight: 1, arbitrary: fc.constantFrom(...BIDI) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

type Mutation = (text: string) => string;

/** Replaces the `k`-th (mod count) match of `re` in `text`, or returns the text unchanged. */
function replaceNth(text: string, re: RegExp, k: number, by: (m: string) => string): string {
  const all = [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))];
  if (!all.length) return text;
  const m = all[k % all.length];
  return text.slice(0, m.index) + by(m[0]) + text.slice(m.index! + m[0].length);
}

const at = (text: string, k: number) => (text.length ? k % (text.length + 1) : 0);
const insertAt = (text: string, k: number, s: string) => text.slice(0, at(text, k)) + s + text.slice(at(text, k));

/** One mutation of a sentence, chosen and parameterised by fast-check. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Swap a number for another number form.
  fc.tuple(fc.nat(), numberText).map(([k, n]): Mutation => (t) => replaceNth(t, /\d+(?:[.,]\d+)*/, k, () => n)),
  // Swap a number word for a number.
  fc.tuple(fc.nat(), numberText).map(([k, n]): Mutation => (t) => replaceNth(t, new RegExp(`\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'i'), k, () => n)),
  // Change a space: no-break, thin, tab, several, none.
  fc.tuple(fc.nat(), fc.constantFrom(...SPACES, '', '\n', '   ')).map(([k, s]): Mutation => (t) => replaceNth(t, / /, k, () => s)),
  // Insert, delete or change punctuation.
  fc.tuple(fc.nat(), fc.constantFrom(...PUNCTUATION)).map(([k, p]): Mutation => (t) => insertAt(t, k, p)),
  fc.nat().map((k): Mutation => (t) => replaceNth(t, /[,.;:()“”"'’\-–—]/, k, () => '')),
  fc.tuple(fc.nat(), fc.constantFrom(...PUNCTUATION)).map(([k, p]): Mutation => (t) => replaceNth(t, /[,.;:()“”"'’\-–—]/, k, () => p)),
  // Unicode digits and bidi controls, inside numbers or anywhere.
  fc.tuple(fc.nat(), fc.constantFrom(...DIGIT_SETS).chain(digitsIn)).map(([k, d]): Mutation => (t) => insertAt(t, k, d)),
  fc.tuple(fc.nat(), fc.constantFrom(...BIDI)).map(([k, b]): Mutation => (t) => insertAt(t, k, b)),
  fc.tuple(fc.nat(), fc.constantFrom(...BIDI)).map(([k, b]): Mutation => (t) => replaceNth(t, /\d/, k, (d) => b + d + b)),
  // Qualifiers and number words dropped in.
  fc.tuple(fc.nat(), fc.constantFrom(...PHRASES)).map(([k, p]): Mutation => (t) => insertAt(t, k, ` ${p} `)),
  // Very long digit runs.
  fc.tuple(fc.nat(), fc.integer({ min: 20, max: 5_000 })).map(([k, n]): Mutation => (t) => insertAt(t, k, '7'.repeat(n))),
  // Case changes ("Hundreds Of IS Vehicles").
  fc.boolean().map((up): Mutation => (t) => (up ? t.toUpperCase() : t.toLowerCase())),
);

/** Applies up to `max` mutations to `text`. */
export const mutated = (text: fc.Arbitrary<string>, max = 4) =>
  fc.tuple(text, fc.array(mutation, { maxLength: max })).map(([t, ms]) => ms.reduce((s, m) => m(s), t));

/** A few consecutive real sentences joined as a paragraph or as lines. */
export const realSentences: fc.Arbitrary<string> = fc
  .tuple(fc.nat({ max: SENTENCES.length - 1 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom(' ', '\n'))
  .map(([i, n, sep]) => SENTENCES.slice(i, i + n).join(sep));

/** A whole seed article, mutated: enough of the event's terms for the page matcher to read it. */
export const mutatedArticle: fc.Arbitrary<string> = mutated(fc.constantFrom(...ARTICLES), 8);

/** Text with one space-like run per single space spread out to 1–5 characters of any kind, and that
 *  text with every run collapsed back to a single space. */
export function spreadSpaces(text: string, runs: readonly string[]): string {
  let i = 0;
  return text.replace(/ /g, () => runs[i++ % runs.length]);
}
export const spaceRun = fc.array(fc.constantFrom(' ', '\u00a0', '\u2009', '\u202f', '\t'), { minLength: 1, maxLength: 5 }).map((s) => s.join(''));

/** A figure's span must lie inside the text, slice to its own text and cover a number. */
export function expectSpanInside(text: string, f: { start: number; end: number; text: string }, where: string): void {
  expect(Number.isInteger(f.start) && Number.isInteger(f.end), where).toBe(true);
  expect(f.start, where).toBeGreaterThanOrEqual(0);
  expect(f.end, where).toBeGreaterThan(f.start);
  expect(f.end, where).toBeLessThanOrEqual(text.length);
  expect(text.slice(f.start, f.end), where).toBe(f.text);
  expect(coversNumber(f.text), `${where} covers no number`).toBe(true);
}
