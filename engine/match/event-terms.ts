// What a claim set keeps for the relevance gate (relevance.ts): the words most distinctive of
// its event's articles. The builder's job, run in the command line and the background; the
// content scripts only read the result, so the word list below never reaches a page.
import { EVERYDAY_WORDS } from './everyday-words';
import { pageTerms, termOf } from './relevance';

/**
 * The event's terms: words in at least half of its articles (and at least two), keeping the
 * ones that name things — written capitalised inside sentences (places, people, groups) —, the
 * nouns its figures count, and words outside everyday English ("avalanche", "regatta",
 * "eruption": see everyday-words.ts). Everyday words ("killed", "began", "military") appear on
 * countless unrelated pages and would let them through the gate.
 *
 * The gate asks for names among the terms a page shares (namesNeeded); a word outside everyday
 * English counts as one there, since the claim set keeps one list of terms. Measured: asking
 * for true names only would turn away one more event page (a page about an oil spill naming one
 * place) and let no fewer saved corpus pages through the lead.
 */
export function eventTerms(articles: string[], counted: Iterable<string> = [], limit = 30): string[] {
  const docFreq = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const a of articles) {
    for (const t of pageTerms(a)) docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
    // A word after a lower-case word or a comma is inside a sentence: its capital is its own.
    const INSIDE = /(?<=[\p{Ll},;]\s+)(\p{L}[\p{L}’'-]{3,})/gu;
    for (const m of a.matchAll(INSIDE)) {
      const w = termOf(m[1]);
      seen.set(w, (seen.get(w) ?? 0) + 1);
      if (/^\p{Lu}/u.test(m[1])) capitalised.set(w, (capitalised.get(w) ?? 0) + 1);
    }
  }
  const nouns = new Set([...counted].map((w) => w.toLowerCase()));
  const isName = (w: string) => (capitalised.get(w) ?? 0) * 2 > (seen.get(w) ?? 0);
  const need = Math.max(2, Math.ceil(articles.length / 2));
  return [...docFreq]
    .filter(([t, n]) => n >= Math.min(need, articles.length) && (isName(t) || nouns.has(t) || !EVERYDAY_WORDS.has(t)))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([t]) => t);
}
