// Scope words narrow a quantity: 55 homes "south of Riverton" are not 120 "east of
// Lakeside"; a figure "on Tuesday" is not one "on Wednesday"; "a total of" is not a part.
// Places are read from how news names them (after a locative preposition, or "the X area"),
// never from a gazetteer, so any event's places work.

const LOCATIVE = /\b(?:in|near|outside|from|into|toward|towards|around|across|inside|out\s+of|(?:north|south|east|west)(?:east|west)?\s+of)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'\-]+)(?:\s+(?:\p{Lu}[\p{L}’'\-]+|al-[\p{L}’'\-]+))*)/gu;
const NAMED_AREA = /\bthe\s+((?:\p{Lu}[\p{L}’'\-]+\s+){1,3})(?:area|district|province|region|city|town|village|neighbou?rhood|valley|corridor|governorate|county|state)\b/gu;
export const DAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const NOT_A_PLACE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|a|an|his|her|their|our|its)$/i;

export interface Scope {
  places: string[];
  day: string | null;
}

/** A spelling-tolerant key for a place name: "Kiyv" and "Kiyiv" agree, "al-" is dropped. */
export function placeKey(name: string): string {
  // The longest word carries the name: "Tower Bridge" -> tower, "Abu Kamal" -> kamal.
  const word = name.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  return word.toLowerCase().replace(/^(?:al|el|ar|as|ad)[-\s]/, '').replace(/[^\p{L}]/gu, '').slice(0, 6);
}

export function scopeIn(sentence: string): Scope {
  const places = new Set<string>();
  // Headlines in title case capitalise every word; nothing capitalised there is a place cue.
  const words = sentence.split(/\s+/).filter(Boolean);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length < 4 || capitalised / words.length < 0.6) {
    for (const re of [LOCATIVE, NAMED_AREA]) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
        const name = m[1].trim();
        const first = name.split(/\s+/)[0];
        // All-capital acronyms after "from"/"in" are usually actors ("from US aircraft").
        if (NOT_A_PLACE.test(first) || /^\p{Lu}{2,}$/u.test(first)) continue;
        places.add(name);
      }
    }
  }
  const day = DAY.exec(sentence)?.[1] ?? null;
  return { places: [...places].sort(), day };
}
