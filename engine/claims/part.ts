// The part of a whole a figure counts, when a party names it: "46 Norwegian passengers", "30
// Norwegians", "Chile lost 14", "Peru with 9 dead", "Norway says 46 of its citizens". The
// figures of two parts are two quantities; a part and the whole are related, not the same.
//
// Read from how news writes a part, never from a list of countries: a capitalised demonym
// (English demonyms end in -ian, -an, -ese, -ish or -i) before or as the counted noun, a name
// that "lost" or comes "with" the figure, a speaker counting "its" own, or the name that labels
// an entry of a list ("Smith – 12.1 m votes", "Jones 2012: 780,000").
import { actionOf } from './actions';
import type { ClauseWord } from './clause';
import { isKnownConceptWord } from './concepts';

const DEMONYM = /^\p{Lu}\p{Ll}+(?:ians?|eans?|ans?|ese|ish|is?)$/u;
const NAME = /^\p{Lu}\p{Ll}{2,}$/u;
const SAYS = /^(?:said|says|say|announced|reported|confirmed)$/;
const NOT_A_PARTY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/i;

/** A key that matches a country and its demonym: "Norway" and "Norwegians", "Spain" and "Spanish". */
export function partKey(name: string): string {
  return `part:${name.toLowerCase().slice(0, 4)}`;
}

/** The part a demonym names ("Ruritanians"), or null for any other word. */
export function demonymPart(word: string): string | null {
  return DEMONYM.test(word) ? partKey(word) : null;
}

/** A key for whose figure an entry of a list gives ("Smith – 12.1 m votes"): not a part of a
 *  whole but one party's own count, so it never joins another party's and costs nothing against
 *  a figure that names no one. */
export function ownerKey(name: string): string {
  return `owner:${name.toLowerCase().slice(0, 4)}`;
}

/**
 * The party whose part a figure counts, or null. `first` is the index of the figure's first word
 * and `phraseEnd` the index just past its counted phrase (the words after it up to the counted
 * noun), in the words of the figure's sentence.
 */
export function partOf(words: ClauseWord[], first: number, phraseEnd: number, speaker: string | null): string | null {
  const label = labelOf(words, first);
  if (label) return ownerKey(label);
  const titleCase = words.filter((w) => /^\p{Lu}/u.test(w.text)).length * 2 > words.length;
  if (titleCase) return null;
  for (let i = first + 1; i < phraseEnd && i < words.length; i++) {
    if (DEMONYM.test(words[i].text)) return partKey(words[i].text);
  }
  const before = words.slice(Math.max(0, first - 3), first);
  const lost = before.findIndex((w) => w.lower === 'lost' || w.lower === 'with');
  const party = lost > 0 ? before[lost - 1] : null;
  // "Chile lost 14", "Peru with 9 dead"; not "near Riverton, with 20 missing" nor "on Monday with".
  if (party && NAME.test(party.text) && !NOT_A_PARTY.test(party.text) && !before[lost].gap && first - before.length + lost - 1 > 0) return partKey(party.text);
  // "Ruritania lost 30 and Freedonia 25", "Elbonia with 9, Carpania 4": an entry of a gapped
  // list names its party right before its figure.
  const name = before[before.length - 1];
  const joiner = before[before.length - 2];
  if (name && joiner && NAME.test(name.text) && !NOT_A_PARTY.test(name.text) && (/^(?:and|while|whereas)$/.test(joiner.lower) || name.gap.includes(','))) {
    return partKey(name.text);
  }
  const after = words.slice(first + 1, first + 4).map((w) => w.lower);
  const itLost = before.length >= 2 && before[before.length - 2].lower === 'it' && before[before.length - 1].lower === 'lost';
  // "Freedonia said it lost 40": the party is who said so, whoever the sentence's source is.
  const sayer = itLost && first >= 4 && SAYS.test(words[first - 3].lower) && NAME.test(words[first - 4].text) ? words[first - 4].text : null;
  if (sayer && !NOT_A_PARTY.test(sayer)) return partKey(sayer);
  const ownCount = (after[0] === 'of' && after[1] === 'its') || itLost;
  if (ownCount && speaker && NAME.test(speaker)) return partKey(speaker);
  return null;
}

// Words that head a line of news copy without naming a party: "Update: 5 dead", "Total: 40".
const NOT_A_LABEL = /^(?:update|updated|breaking|total|note|source|sources|editor|correction|watch|live|read|photos?|video|also|more|see|latest|officials?)$/i;
/** Words a list entry ends with after its figure ("Smith – 12.1 m votes"): an entry, not prose. */
const ENTRY_TAIL = 3;

/**
 * The name labelling a list entry whose figure follows a dash or colon: one to three capitalised
 * words (a year may stand among them) opening the line, and little after the figure. A word that
 * says what is counted or what happened ("Injured: 500") is a heading, not a party.
 */
function labelOf(words: ClauseWord[], first: number): string | null {
  if (first < 1 || first > 3 || first >= words.length || words.length - first > ENTRY_TAIL + 2) return null;
  if (!/[:–—]|^-$/.test(words[first].gap)) return null;
  const head = words.slice(0, first);
  if (head.some((w, i) => i > 0 && w.gap)) return null;
  const names = head.filter((w) => !/^\d{4}$/.test(w.text));
  if (!names.length || !names.every((w) => NAME.test(w.text) && !NOT_A_PARTY.test(w.text) && !NOT_A_LABEL.test(w.text))) return null;
  if (names.some((w) => isKnownConceptWord(w.lower) || actionOf(w.lower))) return null;
  return names[names.length - 1].text;
}
