// Which stored events a page concerns, from the page's distinctive words. An inverted index
// (term -> events) makes the cost of a lookup depend on the page's words, not on how many events
// are stored. The threshold is the engine's own (termsNeeded), so the answer is the one
// pageConcernsEvent would give on the page's text.
import { termsNeeded } from '../../engine/match/relevance';

export class TermIndex {
  private readonly events = new Map<string, string[]>();
  private readonly needed = new Map<string, number>();

  constructor(sets: readonly { id: string; terms: readonly string[] }[]) {
    for (const { id, terms } of sets) {
      const unique = new Set(terms.map((t) => t.toLowerCase()));
      this.needed.set(id, termsNeeded(unique.size));
      for (const term of unique) {
        const ids = this.events.get(term);
        if (ids) ids.push(id);
        else this.events.set(term, [id]);
      }
    }
  }

  /** Ids of the events enough of whose terms are among the page's terms. */
  lookup(pageTerms: readonly string[]): string[] {
    const hits = new Map<string, number>();
    const found: string[] = [];
    for (const term of new Set(pageTerms)) {
      for (const id of this.events.get(term) ?? []) {
        const n = (hits.get(id) ?? 0) + 1;
        hits.set(id, n);
        if (n === this.needed.get(id)) found.push(id);
      }
    }
    return found;
  }
}
