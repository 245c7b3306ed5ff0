// What a figure counts: the head of the noun phrase after it ("120 Red Army vehicles"),
// or, when the number stands alone ("rose to 175"), the counted noun named earlier in the clause.
import { breaksClause, opensRelative, PHRASE_END, type ClauseWord } from './clause';
import { actionOf, isOutcomeNoun } from './actions';
import { isKnownConceptWord } from './concepts';

const LEAD_IN = new Set(['of', 'the', 'their', 'its', 'his', 'her', 'our', 'suspected', 'alleged', 'other', 'more', 'total', 'overall', 'combined']);
// Words that follow a number without being what it counts: when ("rose to 79 Monday"), a
// comparison ("412 others", "hundreds more") or a preposition-like adjective ("87 due to").
const NOT_COUNTED = /^(?:others?|more|less|fewer|below|above|due|just|only|today|tonight|yesterday|tomorrow|now|earlier|later|this|last|next|so|too|each|apiece|alone|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|am|pm|a\.m|p\.m)$/i;

// "40 died and", "900,000 watched as": a past tense right after the number is what they did, not
// what is counted; one before a noun modifies it ("tens of thousands of displaced persons").
function bareVerb(words: ClauseWord[], i: number): boolean {
  const next = words[i + 1];
  return /ed$/.test(words[i].lower) && !(next && !breaksClause(next.gap) && (isKnownConceptWord(next.lower) || (next.lower.length > 3 && /[^s]s$/.test(next.lower))));
}

export function countedAfter(words: ClauseWord[], from: number): string | null {
  const phrase: ClauseWord[] = [];
  for (let i = from; i < words.length && phrase.length < 6; i++) {
    const w = words[i];
    // A quote mark right after the number belongs to it ("“tens” of"); other punctuation ends it.
    if (breaksClause(i === from ? w.gap.replace(/[“”"'’]/g, '') : w.gap)) break;
    if (!phrase.length && LEAD_IN.has(w.lower)) continue;
    // Title case capitalises function words, but an all-capital word is an acronym ("IS").
    // A hyphened compound ending in a function word is one too: "of the more-than 40 countries".
    const end = w.lower.slice(w.lower.lastIndexOf('-') + 1);
    if ((PHRASE_END.has(end) || (phrase.length && w.lower === 'of')) && !/^\p{Lu}{2,}$/u.test(w.text)) break;
    if ((phrase.length || bareVerb(words, i)) && actionOf(w.lower) && !isKnownConceptWord(w.lower) && !isOutcomeNoun(w.lower)) break;
    // "2 million Muslims taking part", "55 vehicles carrying fighters": a participle after a
    // plural noun opens what they did; the noun is the head.
    if (phrase.length && /ing$/.test(w.lower) && /[^s]s$/.test(phrase[phrase.length - 1].lower)) break;
    if (/^\d/.test(w.text)) break;
    if (!phrase.length && NOT_COUNTED.test(w.lower)) break;
    phrase.push(w);
  }
  if (!phrase.length) return null;
  const known = [...phrase].reverse().find((w) => isKnownConceptWord(w.lower));
  // A plural noun ending the phrase is its head, whatever modifies it: "9,000 country music
  // fans" counts fans, not countries.
  const last = phrase[phrase.length - 1];
  if (known && known !== last && /^\p{Ll}/u.test(last.text) && /[^s]s$/.test(last.lower) && !actionOf(last.lower)) return last.lower;
  if (known) return known.lower;
  // Proper names before the head ("Red Army vehicles") are modifiers; prefer a common noun.
  const common = phrase.filter((w) => !/^\p{Lu}/u.test(w.text));
  const plural = common.find((w) => /[^s]s$/.test(w.lower));
  return (plural ?? common[common.length - 1] ?? phrase[phrase.length - 1]).lower;
}

/** The nearest known counted noun before `to` in the clause: "the number of vehicles ... to 175". */
const SPEECH = /^(?:said|says|say|told|tell|tells|reported|reports|report|announced|announce|confirmed|confirm|estimated|estimate|estimates|stated|added|noted)$/;

export function countedBefore(words: ClauseWord[], to: number): string | null {
  for (let i = to - 1; i >= 0 && i >= to - 10; i--) {
    // "Police now say 59 have died": who speaks is not what is counted.
    const speaks = SPEECH.test(words[i + 1]?.lower ?? '') || (/ly$|^(?:now|also|later|then|still)$/.test(words[i + 1]?.lower ?? '') && SPEECH.test(words[i + 2]?.lower ?? ''));
    if (isKnownConceptWord(words[i].lower) && !speaks) return words[i].lower;
    if (breaksClause(words[i].gap) && i < to - 1 && !opensRelative(words[i])) break;
  }
  return null;
}

/** Nouns that name a count, whose phrase says what a figure reported as its value counts. */
export const COUNT_NOUN = /^(?:number|toll|total|count|tally)$/;

/** Where "the number of", "the toll of" or "the total of" names what a later figure of its
 *  sentence counts ("the number of Ruritanians killed ... has risen above 100"), the index of that
 *  noun phrase's first word; -1 when none. A figure after it counts that, not the nearest noun
 *  ("the city of Oldtown") in between. */
export function numberOfBefore(words: ClauseWord[], to: number): number {
  for (let i = Math.min(to, words.length) - 2; i >= 1; i--) {
    if (words[i + 1].lower === 'of' && COUNT_NOUN.test(words[i].lower) && /^(?:the|a|its|their)$/.test(words[i - 1].lower)) return i + 2;
  }
  return -1;
}
