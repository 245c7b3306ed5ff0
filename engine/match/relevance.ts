// The cheap first question on every page: is this page about a stored event at all?
// An event keeps the words most distinctive of its articles; a page must contain several of
// them before any figure is read. Most pages answer no after one pass over their words.

// Frequent English words never distinguish an event; the list is short on purpose because
// event terms must also appear in several of the event's articles.
const COMMON = new Set(
  (
    'about above after again against also although among another around because been before being below between both ' +
    'came cannot could country days during each early even every first from further government great group have having ' +
    'here itself just last later least like made make many more most much must never news next only other over people ' +
    'said same says should since some still such than that their them then there these they thing this those though ' +
    'three through time today under until very want week well were what when where which while will with within without ' +
    'world would year years your officials official reported report according told percent million billion thousand ' +
    'hundred hundreds dozens several monday tuesday wednesday thursday friday saturday sunday into take took known area ' +
    'city state states part along again across left right high major while forces force help back down home house'
  ).split(' '),
);

const WORD = /\p{L}[\p{L}’'-]{3,}/gu;

/** A word as a term: lower-cased, without a possessive ("Oldtown's" is "oldtown"). The gate
 *  runs this on every word of every page's lead, so no regular expression for a rare case. */
export function termOf(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w;
}

/** Distinctive lower-cased words of a text, each once. */
export function pageTerms(text: string): string[] {
  const seen = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = termOf(m[0]);
    if (!COMMON.has(w)) seen.add(w);
  }
  return [...seen];
}

/** How many of an event's terms a page needs: half of them, at most six, and never fewer than
 *  three (all of a shorter list), since two words a page shares with an event — "residents",
 *  "vehicles" — are as likely a coincidence as a sign the page is about it. */
export function termsNeeded(termCount: number): number {
  if (termCount === 0) return 1;
  return Math.min(6, termCount, Math.max(3, Math.ceil(termCount * 0.5)));
}

/** How many of an event's names a page needs among the terms it shares: two, or the one an
 *  event has. One shared name can be a coincidence: a common noun written capitalised
 *  ("Police", "Army", "Bridge") is a name to the event's articles and a word to other pages. */
export function namesNeeded(nameCount: number): number {
  return Math.min(2, nameCount);
}

/**
 * True when the text holds enough of the event's terms and enough of its names among them: the
 * nouns an event's figures count ("residents", "vehicles") turn up on countless pages, so they
 * only add to the evidence of places, people and groups.
 */
export function pageConcernsEvent(text: string, terms: readonly string[], names: readonly string[] = []): boolean {
  const wanted = new Set(terms);
  const named = new Set(names);
  const need = termsNeeded(wanted.size);
  const needNames = namesNeeded(named.size);
  let found = 0;
  let foundNames = 0;
  WORD.lastIndex = 0;
  const seen = new Set<string>();
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = termOf(m[0]);
    if (wanted.has(w) && !seen.has(w)) {
      seen.add(w);
      found++;
      if (named.has(w)) foundNames++;
      if (found >= need && foundNames >= needNames) return true;
    }
  }
  return false;
}

/** The terms of a claim set that name something: all but the nouns its figures count (see
 *  event-terms.ts, which keeps both kinds). */
export function eventNames(set: { terms: readonly string[]; claims: readonly { counted: string | null }[] }): string[] {
  const counted = new Set(set.claims.flatMap((c) => (c.counted ? [c.counted.toLowerCase()] : [])));
  return set.terms.filter((t) => !counted.has(t));
}
