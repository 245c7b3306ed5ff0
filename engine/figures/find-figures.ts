// The figure grammar: every number in a text, with its qualifier, its interval and its kind.
//
// Hand-written rather than a library: measured on news copy, general number recognisers miss
// every vague quantity ("dozens", "tens") and every qualifier, weigh 100+ KB, and run 40-100x
// slower. This grammar is shared by the builder and the content script, so what a page shows is
// read exactly as the claim set stored it.
import type { Interval } from '../claimset/types';
import { toAsciiDigits } from './ascii-digits';
import { FRACTIONS, SCALES, TENS, UNITS, VAGUE } from './number-words';
import { findMultiples, type Multiple } from './multiples';
import { applyBound, qualifierBefore, QUALIFIER_AFTER, type Bound } from './qualifiers';

/** Counts, percentages, money and amounts in a unit are reported quantities; the rest are context. */
export type FigureKind =
  | 'count' | 'percent' | 'money' | 'amount'
  | 'time' | 'date' | 'year' | 'duration' | 'measure' | 'model' | 'ordinal';

const REPORTED_KINDS = new Set<FigureKind>(['count', 'percent', 'money', 'amount']);
export const isQuantityKind = (kind: FigureKind) => REPORTED_KINDS.has(kind);

export interface Figure {
  /** Whole figure, qualifier included ("more than 200"). */
  start: number;
  end: number;
  /** The number itself ("200", "19,000 and 25,000"). */
  numberStart: number;
  numberEnd: number;
  text: string;
  kind: FigureKind;
  value: Interval;
  qualifier: string | null;
  vague: boolean;
  /** "another 60", "a further 30": a quantity on top of one already told. */
  additive: boolean;
  /** "a total of 750", "750 in all". */
  total: boolean;
  /** False for figures that name rather than report: "one of the", "the two convoys". */
  reported: boolean;
  /** "280 more than", "ten times higher than": a difference or ratio between two figures. */
  comparative: boolean;
  /** The unit of an amount, singular and lower-case ("barrel", "square mile", "mph"). */
  unit: string | null;
  /** What a rate is per ("day" in "5,000 barrels a day", "month" in "200 a month"); null for a
   *  count or a total. */
  per: string | null;
  /** A multiple written as a word: a ratio ("double that of") or a growth ("doubled its toll"). */
  multiple: Multiple | null;
}

const NUMBER_WORDS = [
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...Object.keys(VAGUE),
  ...Object.keys(FRACTIONS), 'dozen',
].sort((a, b) => b.length - a.length);

// Invisible format characters a page may leave inside a number (bidi marks, the Arabic letter mark and isolates around
// digits in right-to-left text, zero-width spaces and joiners, soft hyphens): "1\u200e2\u200e0" is
// 120 to a reader, so they are part of the digit run and dropped from its value.
const INVISIBLE = '[\\u00ad\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff]';
const INVISIBLES = new RegExp(INVISIBLE, 'g');

// A digit run (separators and decimals inside) or a number word standing alone.
const CORE = new RegExp(
  `\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\b\\.?)?|\\d(?:${INVISIBLE}*\\d|[.,]\\d)*|(?<![\\p{L}\\p{N}])(?:${NUMBER_WORDS.join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
// How long the event itself went on is a reported quantity ("the attack lasted more than 10
// minutes", "the fire burned for 17 days"); other durations place it in time ("two weeks ago",
// "in the five months since") and stay context.
const LASTED = /\b(?:lasted|lasting|lasts|stretched|went\s+on|continued|spanned|raged|burned|burnt)\s+(?:for\s+)?(?:(?:(?:more|less|fewer)\s+than|about|approximately|nearly|almost|some|roughly|around|over|under|just|at\s+least|up\s+to)\s+)*$/i;
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|nights?|weekends?)\b/i;
// Lengths and degrees place or describe something ("5 km from", "1,200 feet away"); they are
// context. Area, volume, mass, power and speed are amounts a story reports: acres burned,
// barrels spilled, tonnes of aid, wind speed.
const MEASURE_UNIT = /^(?:miles?|kilometers?|kilometres?|km|meters?|metres?|m|feet|foot|ft|yards?|inches|inch|mi|degrees?|cm|centimet(?:er|re)s?|millimet(?:er|re)s?|mm)\b/i;
const AMOUNT_UNIT = /^(?:acres?|hectares?|ha|square\s+(?:miles?|kilomet(?:er|re)s?|km|meters?|metres?|feet)|sq\.?\s*(?:mi|km|m|ft)|cubic\s+\w+|tons?|tonnes?|kg|kilograms?|grams?|pounds?\s+of|lbs?|liters?|litres?|gallons?|barrels?|bbl|kilowatts?|megawatts?|gigawatts?|mw|gw|kw|mph|kph|km\/h|knots?|kilometres?\s+per\s+hour|kilometers?\s+per\s+hour|miles?\s+(?:per|an)\s+hour)\b/i;
// Nouns that name a thing by number: "Route 66", "Resolution 2254", "Flight 370".
const DESIGNATOR = /(?:^|\s)(?:route|highway|interstate|resolution|article|flight|section|chapter|page|room|gate|terminal|apollo|phase|amendment|bill|no\.?|number|vol\.?|volume|version|model|type|block|unit|platform|line|channel|episode|season|game|stage|round|class|category|grade|mark|mk|level|act|title|paragraph|clause|district|ward|precinct|zone|sector|exit|pier|lane|building|floor|suite|box|code|item|figure|table|step|week|day|group|camp|station|road|street|avenue)\s+$/i;
// "at the corner of streets 14 and 27": numbers after a plural designator name several things,
// each of them.
const DESIGNATORS = /(?:^|\s)(?:streets|roads|routes|highways|interstates|gates|exits|platforms|rooms|lanes|avenues|terminals|flights|resolutions|articles)\s+(?:\d+\s*(?:,|and|or|&)\s*)*$/i;
const CHANGED_FROM = /(?:^|[^\p{L}])(?:rose|risen|jumped|climbed|increased|grew|soared|surged|fell|dropped|declined|decreased|revised|raised|bring|brings|brought|went|up|down)(?:\s+[\p{L}’']+){0,3}?\s+(?:from|of)\s+$/iu;
const SMALL_ANAPHORIC = /(?:^|[^\p{L}])(?:the|these|those|both|all|its|their|his|her|our)\s+$/iu;

const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mil: 1e6, mln: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };

/**
 * Whether a letter after digits scales them. A short scale is written attached ("5bn", "5b") but
 * "12.4 mil"; "5m" and "20k" are millions and thousands after a currency sign ("$4.5m"), and
 * "37.7 m viewers" is millions before a plural noun; elsewhere "5m" and "5 m" are metres.
 */
function isShortScale(text: string, start: number, end: number, body: string, short: RegExpExecArray): boolean {
  const letters = short[1].toLowerCase();
  const spaced = /^\s/.test(short[0]);
  if (letters === 'm' || letters === 'k') {
    if (/[$€£¥]\s*$/.test(text.slice(Math.max(0, start - 3), start))) return !spaced;
    return letters === 'm' && spaced && body.includes('.') && /^\s+m\s+\p{L}+[^s\W]s\b/iu.test(text.slice(end, end + 40));
  }
  return !spaced || letters === 'mil';
}

interface Core {
  start: number;
  end: number;
  low: number;
  high: number;
  vague: boolean;
  word: boolean;
}

/** Reads a run of number words starting at a CORE match: "one hundred and twenty", "tens of thousands". */
function readWords(text: string, start: number): Core | null {
  const TOKEN = /([A-Za-z]+)\b([\s-]*)/y;
  let i = start;
  let total = 0, current = 0, seen = 0, end = start;
  let vague: [number, number] | null = null;
  let fraction: number | null = null;
  let lastScale = 0;
  while (i < text.length) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m) break;
    const w = m[1].toLowerCase();
    const next = i + m[0].length;
    if (w === 'and' && seen && current % 100 === 0 && current > 0) { i = next; continue; }
    // "a million and a half", "two thousand and a quarter": a share of the scale just named.
    const share = w === 'and' && lastScale && !vague ? /^and\s+an?\s+(half|quarter)\b/i.exec(text.slice(i)) : null;
    if (share) {
      total += lastScale * FRACTIONS[share[1].toLowerCase()];
      end = i + share[0].length;
      seen++;
      break;
    }
    lastScale = 0;
    if (w in UNITS && !vague && fraction === null) current += UNITS[w];
    else if (w in TENS && !vague && fraction === null) current += TENS[w];
    else if (w === 'hundred' && !vague) current = (current || 1) * 100;
    else if (w in SCALES && !vague) { total += (current || 1) * SCALES[w]; current = 0; lastScale = SCALES[w]; }
    else if (w === 'dozen' && !vague) current = (current || 1) * 12;
    else if (w in FRACTIONS && !vague && seen <= 1) { fraction = (current || 1) * FRACTIONS[w]; current = 0; }
    else if (w in VAGUE && !seen) vague = [...VAGUE[w]] as [number, number];
    else if (vague && seen === 1 && (w === 'hundred' || w in SCALES)) {
      // "several thousand rounds", "several hundred shots": the vague count of that scale.
      const unit = w === 'hundred' ? 100 : SCALES[w];
      vague = [vague[0] * unit, (vague[1] + 1) * unit - 1];
      end = i + m[1].length;
      seen++;
      break;
    }
    else if (w === 'of' && vague && /^\s*of\s+(thousands|millions|billions)\b/i.test(text.slice(i - 1))) {
      // "tens of thousands": the vague count multiplies the next order of magnitude.
      const scale = /^\s*of\s+(thousands|millions|billions)/i.exec(text.slice(i - 1))!;
      const unit = SCALES[scale[1].toLowerCase().slice(0, -1)];
      vague = [vague[0] * unit, (vague[1] + 1) * unit - 1];
      end = i - 1 + scale[0].length;
      break;
    } else break;
    seen++;
    end = i + m[1].length;
    i = next;
    if (fraction !== null) break;
  }
  if (!seen) return null;
  if (vague) return { start, end, low: vague[0], high: vague[1], vague: true, word: true };
  if (fraction !== null) return { start, end, low: fraction, high: fraction, vague: false, word: true };
  const value = total + current;
  return { start, end, low: value, high: value, vague: false, word: true };
}

function readDigits(text: string, start: number, raw: string): Core {
  // "1,800" groups by thousands; a comma not followed by exactly three digits is punctuation.
  let body = raw;
  const bad = body.search(/,(?!\d{3}(?:\D|$))/);
  if (bad >= 0) body = body.slice(0, bad);
  const dots = body.split('.');
  if (dots.length > 2) body = dots.slice(0, 2).join('.');
  const value = Number(body.replace(/,/g, '').replace(INVISIBLES, ''));
  let end = start + body.length;
  let low = value;
  // "2.7 billion", "1.5 million", and the short forms of headlines: "12.4 mil", "5b", "$4.5bn", "20k".
  const scale = /^\s+(hundred|thousand|million|billion|trillion)\b/i.exec(text.slice(end));
  const short = /^\s*(mil|mln|mn|bn|b|m|k)(?![\p{L}\p{N}])\.?/iu.exec(text.slice(end));
  if (scale) {
    low = value * SCALES[scale[1].toLowerCase()];
    end += scale[0].length;
  } else if (short && isShortScale(text, start, end, body, short)) {
    low = value * SHORT_SCALES[short[1].toLowerCase()];
    end += short[0].replace(/\.$/, '').length;
  }
  return { start, end, low, high: low, vague: false, word: false };
}

// Windows of text around a figure for the context patterns. A whitespace run counts as one
// character, so "between   19,000" reads like "between 19,000"; and a window is widened to the
// edge of a word (or, past a very long word, cut back to it), so `^`, `$` and `\b` in the patterns
// mean word edges and never fire inside a word the window happened to cut ("th|an ninety").
const WIDEST_WORD = 64;
const MAX_SPACE_RUN = 256;
const isSpace = (ch: string) => /\s/.test(ch);
const isWordChar = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

function textBefore(text: string, pos: number, span: number): string {
  let from = pos;
  for (let n = 0; from > 0 && n < span; n++) {
    if (isSpace(text[from - 1])) for (let run = 0; from > 0 && run < MAX_SPACE_RUN && isSpace(text[from - 1]); run++) from--;
    else from--;
  }
  for (let n = 0; from > 0 && n < WIDEST_WORD && isWordChar(text[from - 1]); n++) from--;
  if (from > 0 && isWordChar(text[from - 1])) while (from < pos && isWordChar(text[from])) from++;
  return text.slice(from, pos);
}

function textAfter(text: string, pos: number, span: number): string {
  let to = pos;
  for (let n = 0; to < text.length && n < span; n++) {
    if (isSpace(text[to])) for (let run = 0; to < text.length && run < MAX_SPACE_RUN && isSpace(text[to]); run++) to++;
    else to++;
  }
  for (let n = 0; to < text.length && n < WIDEST_WORD && isWordChar(text[to]); n++) to++;
  return text.slice(pos, to);
}

function kindAround(text: string, core: Core, raw: string): FigureKind {
  const before = textBefore(text, core.start, 24);
  const after = textAfter(text, core.end, 24);
  if (!core.word) {
    if (/[\p{L}]-?$/u.test(before) && !/\s-$/.test(before)) return 'model'; // F-16, A4
    const attached = /^[\p{L}]+/u.exec(after)?.[0] ?? '';
    if (/^(?:st|nd|rd|th)$/i.test(attached)) return 'ordinal';
    if (/^s$/i.test(attached)) return /^\d{4}$/.test(raw) ? 'year' : 'model'; // 1990s, 747s
    if (attached && AMOUNT_UNIT.test(attached)) return 'amount';
    if (attached && MEASURE_UNIT.test(attached)) return 'measure';
    if (/^[%]/.test(after)) return 'percent';
    if (attached) return 'model';
    if (/^:\d/.test(after) || /^\s*[ap]\.?m\b\.?/i.test(after) || /\d:$/.test(before)) return 'time';
    if (/^\d{4}$/.test(raw) && core.low >= 1800 && core.low <= 2100 && !/^\s+[a-z]+s\b/.test(after)) return 'year';
    if (raw.replace(/\D/g, '').length > 9 && !raw.includes(',')) return 'model';
  }
  const prevWord = /([A-Za-z.]+)\s+$/.exec(before)?.[1] ?? '';
  const nextWord = /^\s*,?\s*([A-Za-z.]+)/.exec(after)?.[1] ?? '';
  if (core.low >= 1 && core.low <= 31 && Number.isInteger(core.low) && (MONTHS.test(prevWord) || MONTHS.test(nextWord))) return 'date';
  if (DESIGNATOR.test(before) && !core.word && /\p{Lu}/u.test(prevWord[0] ?? '')) return 'model';
  if (DESIGNATORS.test(before) && !core.word) return 'model';
  if (/^\s*(?:percent|per\s+cent|percentage\s+points?)\b/i.test(after)) return 'percent';
  if (/[$€£¥]\s*$/.test(before) || /^\s*(?:dollars|euros|pounds|yuan|yen|rupees)\b/i.test(after)) return 'money';
  const wordsAfter = after.replace(/^[\s-]+/, '');
  if (TIME_UNIT.test(wordsAfter) && !/^\s+(?:a|per)\s/i.test(after)) return LASTED.test(textBefore(text, core.start, 48)) ? 'amount' : 'duration';
  if (AMOUNT_UNIT.test(wordsAfter) && /^[\s-]/.test(after)) return 'amount';
  if (MEASURE_UNIT.test(wordsAfter) && /^[\s-]/.test(after)) return 'measure';
  return 'count';
}

/** Every figure in `original`, in order. Never throws; offsets always lie inside the text.
 *  Digits of other scripts read as ASCII digits ("٥٥" is 55); offsets and `text` are the original's. */
export function findFigures(original: string): Figure[] {
  // Same length as the original, so every offset below is an offset in it too.
  const text = toAsciiDigits(original);
  const figures: Figure[] = [];
  CORE.lastIndex = 0;
  for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
    const raw = m[0];
    const isWord = /^[A-Za-z]/.test(raw);
    if (raw.includes(':')) {
      figures.push(contextFigure(text, m.index, m.index + raw.length, 'time'));
      continue;
    }
    const core = isWord ? readWords(text, m.index) : readDigits(text, m.index, raw);
    if (!core) continue;
    CORE.lastIndex = Math.max(CORE.lastIndex, core.end);
    if (isWord && skipWordNumber(text, core)) continue;
    let end = core.end;
    let low = core.low, high = core.high;
    // Ranges: "between 19,000 and 25,000", "from 40 to 50", "40-50", "40 to 50", and a speaker's
    // hedge "a million or a million and a quarter", which speech also runs together with a comma
    // between numbers written as words ("a million, million and a half people"); digits with a
    // comma between them are two figures ("Of the 200, 55 were found").
    const joiner = /^\s*(?:and|to|or|-|–|—|,)\s*(?:an?\s+(?=[a-z]))?(?=[\d\p{L}])/iu.exec(text.slice(end));
    if (joiner) {
      const rest = end + joiner[0].length;
      CORE.lastIndex = rest;
      const second = CORE.exec(text);
      const betweenBefore = /(?:^|[^\p{L}])(?:between|from)\s+$/iu.test(textBefore(text, core.start, 10));
      const isAnd = /and/i.test(joiner[0]);
      // "jumped from 631 to 1,011", "bring the number of 58 to 60": a count and the count it
      // changed to, two figures, not a range.
      const change = /^\s*to\b/i.test(joiner[0]) && CHANGED_FROM.test(textBefore(text, core.start, 40));
      if (second && second.index === rest && (betweenBefore || !isAnd) && !change) {
        const other = /^[A-Za-z]/.test(second[0]) ? readWords(text, rest) : readDigits(text, rest, second[0]);
        const spoken = !joiner[0].includes(',') || (isWord && !!other?.word);
        if (other && spoken && other.high > high && (!isAnd || betweenBefore) && (betweenBefore || !core.word === !other.word)) {
          high = other.high;
          end = other.end;
        }
      }
      CORE.lastIndex = Math.max(end, core.end);
    }
    const kind = kindAround(text, { ...core, end }, raw.replace(INVISIBLES, ''));
    let start = core.start;
    // "a third", "a dozen", "a hundred": the article is part of the number.
    if (isWord && !core.vague) {
      const article = /(?:^|[^\p{L}])(an?\s+)$/iu.exec(textBefore(text, start, 4));
      if (article) start -= article[1].length;
    }
    // Currency symbol and percent sign belong to the figure.
    if (kind === 'money') {
      const sym = /(?:US|A|C)?[$€£¥]\s*$/.exec(textBefore(text, start, 3));
      if (sym) start -= sym[0].length;
    }
    const left = textBefore(text, start, 40);
    const q = isQuantityKind(kind) ? qualifierBefore(left) : null;
    let bound: Bound = 'exact';
    let qualifier: string | null = null;
    if (q && !(q.bound === 'above' && /over$/i.test(q.phrase) && kind !== 'count')) {
      bound = q.bound;
      qualifier = q.phrase;
      start -= q.length;
    }
    const after = QUALIFIER_AFTER.exec(text.slice(end));
    if (!qualifier && after && isQuantityKind(kind)) {
      const word = (after[1] ?? after[2] ?? '+').toLowerCase();
      bound = word === 'so' ? 'about' : word === 'fewer' || word === 'less' ? 'atMost' : 'atLeast';
      qualifier = after[0].trim();
      end += after[0].length;
    }
    if (kind === 'percent') {
      const unit = /^\s*(?:%|percent|per\s+cent|percentage\s+points?)/i.exec(text.slice(end));
      if (unit) end += unit[0].length;
    }
    const value = core.vague && bound === 'exact' ? { low, high } : applyBound(bound, low, high);
    // A digit run too long to be a count ("1,000,000,…" past 1e308) names nothing we can compare.
    if (!finiteOrOpen(value.low) || !finiteOrOpen(value.high)) {
      figures.push(contextFigure(text, core.start, end, 'model'));
      continue;
    }
    const leftOfStart = textBefore(text, start, 24);
    const unit = kind === 'amount' ? unitAfter(text, end) ?? timeUnitAfter(text, end) : null;
    const per = isQuantityKind(kind) ? rateAfter(text, end) : null;
    figures.push({
      start, end, numberStart: core.start, numberEnd: Math.max(core.end, end === core.end ? core.end : Math.min(end, core.end)),
      text: text.slice(start, end),
      kind,
      value,
      qualifier,
      vague: core.vague,
      // "another 60", "a further 40", and after the number before what it counts: "ten more
      // victims", "12 additional bodies"; not "527 more injured", the others beside the dead.
      additive: /(?:another|a\s+further|an\s+additional|an\s+extra|more)\s+$/i.test(leftOfStart) || /^\s+(?:more|additional|further|extra)\s+(?:people|\p{L}+s)\b/iu.test(textAfter(text, end, 24)),
      total: /(?:a\s+total\s+of|in\s+total|total\s+of|overall|altogether|combined)\s+$/i.test(leftOfStart) || /^\s+(?:in\s+(?:all|total)|altogether|combined)\b/i.test(textAfter(text, end, 16)),
      reported: isReported(text, core, kind),
      comparative: /^\s+(?:more|fewer|less|higher|lower|greater|bigger|smaller|larger)\s+than\b/i.test(textAfter(text, end, 16)),
      unit,
      per,
      multiple: null,
    });
  }
  addMultiples(text, figures);
  // "2,000 barrels a day, or 84,000 gallons": the same measure restated in another unit keeps
  // its rate, which is written once.
  for (let i = 1; i < figures.length; i++) {
    const prev = figures[i - 1], f = figures[i];
    if (f.unit && !f.per && prev.per && prev.unit && prev.unit !== f.unit && RESTATED.test(text.slice(prev.end, f.start))) f.per = prev.per;
  }
  for (const f of figures) {
    f.numberEnd = Math.max(f.numberStart + 1, f.numberEnd);
    if (text !== original) f.text = original.slice(f.start, f.end);
  }
  return figures;
}

/** Whether a word names a unit of amount ("barrel", "gallons", "acre"). */
export function isAmountUnit(word: string): boolean {
  const u = AMOUNT_UNIT.exec(word);
  return !!u && u[0].length === word.length;
}

const UNIT_NAMES: [RegExp, string][] = [
  [/^(?:sq\.?\s*mi|square\s+miles?)$/i, 'square mile'], [/^(?:sq\.?\s*km|square\s+(?:kilomet(?:er|re)s?|km))$/i, 'square kilometre'],
  [/^(?:ha|hectares?)$/i, 'hectare'], [/^bbl$/i, 'barrel'], [/^(?:kph|km\/h|kilomet(?:er|re)s?\s+per\s+hour)$/i, 'km/h'],
  [/^(?:mph|miles?\s+(?:per|an)\s+hour)$/i, 'mph'], [/^(?:tonnes?|tons?)$/i, 'tonne'], [/^(?:kg|kilograms?)$/i, 'kilogram'],
  [/^(?:lbs?|pounds?\s+of)$/i, 'pound'], [/^(?:litres?|liters?)$/i, 'litre'],
];

/** The unit after an amount's number: "barrels", "barrel-a-day", "square miles". */
function unitAfter(text: string, end: number): string | null {
  const rest = text.slice(end, end + 40);
  const u = AMOUNT_UNIT.exec(rest.replace(/^[\s-]*/, ''));
  if (!u) return null;
  const written = u[0].replace(/\s+/g, ' ');
  return UNIT_NAMES.find(([re]) => re.test(written))?.[1] ?? written.toLowerCase().replace(/s$/, '');
}

/** The unit of an event's duration ("10 minutes" is in minutes). */
function timeUnitAfter(text: string, end: number): string | null {
  const u = TIME_UNIT.exec(text.slice(end, end + 20).replace(/^[\s-]*/, ''));
  return u ? u[0].toLowerCase().replace(/ies$/, 'y').replace(/s$/, '') : null;
}

// "2,000 barrels a day", "barrel-a-day", "200 fighters per month", "84,000 gallons daily",
// "7,000 barrels of oil are spilling into the bay each day"; not "58 people a day after the
// attack", which dates rather than divides.
const RATE = /^(?:[\s-]+(?!(?:a|an|per|each|every|in|on|at|and|or|but)\b)[\p{L}’'.]+){0,8}?[\s-]+(?:(?:per|each|every)[\s-]+(day|week|month|year|hour|minute|second)\b|(?:a|an)[\s-]+(day|week|month|year|hour|minute|second)\b(?![\s-]+(?:after|before|earlier|later|ago|into|since|of)\b)|(daily|weekly|monthly|yearly|annually|hourly)\b)/iu;
/** What lies between an amount and its restatement in another unit: "barrels a day, or ". */
const RESTATED = /^[^.;:!?()]{0,40},\s*or\s*$/;
const PER_WORD: Record<string, string> = { daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year', hourly: 'hour' };

/** What a figure is a rate per ("day"), or null for a count or total. */
function rateAfter(text: string, end: number): string | null {
  // A figure restated in brackets sits between an amount and its rate: "20,000 barrels (840,000
  // gallons) a day" is a rate, and so is the bracketed figure, whose bracket closes before "a day".
  // A line break ends the sentence (text/sentences.ts): "1.1 million\n\nThe talk ran an hour".
  const after = text.slice(end, end + 160).split('\n')[0].replace(/\s*\([^()]{0,80}\)/, '').replace(/^([^()]*?)\)/, '$1');
  const m = RATE.exec(after.slice(0, 80));
  if (!m) return null;
  return (m[1] ?? m[2])?.toLowerCase() ?? PER_WORD[m[3].toLowerCase()];
}

/** Adds the multiples written as words ("almost triple") that no other figure covers, in order. */
function addMultiples(text: string, figures: Figure[]): void {
  const covered = (start: number, end: number) => figures.some((f) => f.start < end && start < f.end);
  let added = false;
  for (const m of findMultiples(text)) {
    if (covered(m.start, m.end)) continue;
    const q = qualifierBefore(textBefore(text, m.start, 40));
    const start = q ? m.start - q.length : m.start;
    figures.push({
      start, end: m.end, numberStart: m.start, numberEnd: m.end, text: text.slice(start, m.end), kind: 'count',
      value: applyBound(q?.bound ?? 'exact', m.factor, m.factor), qualifier: q?.phrase ?? null, vague: false,
      additive: false, total: false, reported: true, comparative: false, unit: null, per: null, multiple: m.multiple,
    });
    added = true;
  }
  if (added) figures.sort((a, b) => a.start - b.start);
}

const finiteOrOpen = (v: number | null) => v === null || Number.isFinite(v);

function contextFigure(text: string, start: number, end: number, kind: FigureKind): Figure {
  return {
    start, end, numberStart: start, numberEnd: end, text: text.slice(start, end), kind,
    value: { low: null, high: null }, qualifier: null, vague: false, additive: false, total: false, reported: false,
    comparative: false, unit: null, per: null, multiple: null,
  };
}

function isReported(text: string, core: Core, kind: FigureKind): boolean {
  if (!isQuantityKind(kind)) return false;
  const after = textAfter(text, core.end, 12);
  const before = textBefore(text, core.start, 12);
  if (core.low === 1 && core.high === 1) return false; // "one of the most", "one day"
  // "the two convoys": a small number after a determiner refers back to something already counted.
  if (!core.vague && core.high <= 10 && SMALL_ANAPHORIC.test(before)) return false;
  if (/^\s+of\s+(?:the|them|those|these|us|whom|which)\b/i.test(after) && core.high <= 10) return false;
  return true;
}

// Number words that are not numbers here: "tens" alone in "tens of", fine; "several" as a
// determiner of non-count words; "some" is handled as a qualifier, not a number.
function skipWordNumber(text: string, core: Core): boolean {
  const w = text.slice(core.start, core.end).toLowerCase();
  const after = textAfter(text, core.end, 8);
  if (w in FRACTIONS || (/(?:thirds?|half|quarters?|fifths?)$/.test(w) && !/\band\s+an?\s+(?:half|quarter)$/.test(w))) {
    // A fraction is a figure only as a share of something: "a third of Iraq".
    if (!/^\s+of\b/i.test(after)) return true;
  }
  if (w === 'hundred' || w === 'thousand' || w === 'million' || w === 'billion' || w === 'dozen') {
    // "a hundred", "a dozen" are numbers; a bare scale word elsewhere is not.
    return !/(?:^|[^\p{L}])an?\s+$/iu.test(textBefore(text, core.start, 3));
  }
  return false;
}
