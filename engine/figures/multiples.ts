// Multiples written as words: "double that of the ministry's", "nearly three times" is read by the
// figure grammar, "almost triple the official figure", "the ministry nearly doubled its toll". A ratio
// compares two counts; a verb tells how much one count grew. Both are figures a reader can weigh
// against another outlet's ("double" against "triple"), and neither is a count of anything.
//
// "Double" and "triple" are far more often plain adjectives ("a double tragedy", "triple-A"), so
// the adjective is read as a multiple only where English puts a ratio: after a copula or a hedge
// ("is double", "almost triple") or before what it multiplies ("double that of", "twice as many").

export type Multiple = 'ratio' | 'growth';

const FACTOR: Record<string, number> = { twice: 2, double: 2, twofold: 2, triple: 3, treble: 3, threefold: 3, quadruple: 4, fourfold: 4, fivefold: 5, tenfold: 10 };
const VERB_STEM: Record<string, string> = { doubl: 'double', tripl: 'triple', trebl: 'treble', quadrupl: 'quadruple' };

const WORD = /(?<![\p{L}\p{N}-])(twice|double|triple|treble|quadruple|(?:two|three|four|five|ten)fold|(doubl|tripl|trebl|quadrupl)(?:es|ed|ing))(?![\p{L}\p{N}-])/giu;
const RATIO_BEFORE = /(?:^|[^\p{L}])(?:is|was|are|were|be|been|being|nearly|almost|about|roughly|some|more\s+than|over|close\s+to|at\s+least|around|approximately)\s+[‘'“"]?$/iu;
const RATIO_AFTER = /^\s+(?:as|the|that|what|its|their|his|her|our|those|this|these)\b/i;
// "doubled down", "doubled up", "doubling back": not a count that grew.
const NOT_GROWTH_AFTER = /^\s+(?:down|up|back|over|as)\b/i;

export interface MultipleFound {
  start: number;
  end: number;
  factor: number;
  multiple: Multiple;
}

/** Every multiple written as a word in `text`, in order. */
export function findMultiples(text: string): MultipleFound[] {
  const found: MultipleFound[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index, end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 12);
    if (m[2]) {
      if (NOT_GROWTH_AFTER.test(after)) continue;
      found.push({ start, end, factor: FACTOR[VERB_STEM[m[2].toLowerCase()]], multiple: 'growth' });
      continue;
    }
    const word = m[1].toLowerCase();
    // "was twice convicted" is how often; "twice as many", "twice that" a ratio.
    const ratio = word.endsWith('fold') || RATIO_AFTER.test(after) || (word !== 'twice' && RATIO_BEFORE.test(before));
    if (!ratio) continue;
    found.push({ start, end, factor: FACTOR[word], multiple: 'ratio' });
  }
  return found;
}
