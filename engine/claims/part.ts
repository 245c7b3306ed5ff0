// The part of a whole a figure counts, when a party names it: "46 Norwegian passengers", "30
// Norwegians", "Chile lost 14", "Peru with 9 dead", "Norway says 46 of its citizens". The
// figures of two parts are two quantities; a part and the whole are related, not the same.
//
// Read from how news writes a part, never from a list of countries: a capitalised demonym
// (English demonyms end in -ian, -an, -ese, -ish or -i) before or as the counted noun, a name
// that "lost" or comes "with" the figure, or a speaker counting "its" own.
import type { ClauseWord } from './clause';

const DEMONYM = /^\p{Lu}\p{Ll}+(?:ians?|eans?|ans?|ese|ish|is?)$/u;
const NAME = /^\p{Lu}\p{Ll}{2,}$/u;
const NOT_A_PARTY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/i;

/** A key that matches a country and its demonym: "Norway" and "Norwegians", "Spain" and "Spanish". */
export function partKey(name: string): string {
  return `part:${name.toLowerCase().slice(0, 4)}`;
}

/**
 * The party whose part a figure counts, or null. `first` is the index of the figure's first word
 * and `phraseEnd` the index just past its counted phrase (the words after it up to the counted
 * noun), in the words of the figure's sentence.
 */
export function partOf(words: ClauseWord[], first: number, phraseEnd: number, speaker: string | null): string | null {
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
  const after = words.slice(first + 1, first + 4).map((w) => w.lower);
  const ownCount = (after[0] === 'of' && after[1] === 'its') || (before.length >= 2 && before[before.length - 2].lower === 'it' && before[before.length - 1].lower === 'lost');
  if (ownCount && speaker && NAME.test(speaker)) return partKey(speaker);
  return null;
}
