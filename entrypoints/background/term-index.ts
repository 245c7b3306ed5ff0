// Which stored events a page concerns, from the page's distinctive words. An inverted index
// (term -> events) makes the cost of a lookup depend on the page's words, not on how many events
// are stored. The rule is the engine's own (termsNeeded, and namesNeeded among the terms found), so
// the answer is the one pageConcernsEvent would give on the page's text.
import { namesNeeded, termsNeeded } from '../../engine/match/relevance';

interface Entry {
  id: string;
  terms: readonly string[];
  /** The terms that name something (eventNames); empty or absent when none do. */
  names?: readonly string[];
}

export class TermIndex {
  private readonly events = new Map<string, string[]>();
  private readonly needed = new Map<string, number>();
  private readonly names = new Map<string, Set<string>>();

  constructor(sets: readonly Entry[]) {
    for (const { id, terms, names = [] } of sets) {
      const unique = new Set(terms.map((t) => t.toLowerCase()));
      this.needed.set(id, termsNeeded(unique.size));
      this.names.set(id, new Set(names.map((t) => t.toLowerCase())));
      for (const term of unique) {
        const ids = this.events.get(term);
        if (ids) ids.push(id);
        else this.events.set(term, [id]);
      }
    }
  }

  /** Ids of the events enough of whose terms, and of whose names, are among the page's terms. */
  lookup(pageTerms: readonly string[]): string[] {
    const hits = new Map<string, number>();
    const namesHit = new Map<string, number>();
    const found = new Set<string>();
    for (const term of new Set(pageTerms)) {
      for (const id of this.events.get(term) ?? []) {
        const n = (hits.get(id) ?? 0) + 1;
        hits.set(id, n);
        const names = this.names.get(id)!;
        const named = (namesHit.get(id) ?? 0) + (names.has(term) ? 1 : 0);
        namesHit.set(id, named);
        if (n >= this.needed.get(id)! && named >= namesNeeded(names.size)) found.add(id);
      }
    }
    return [...found];
  }
}
