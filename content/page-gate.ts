// The reader's memory of whether its page concerns a stored event: which of the page's words the
// background has been asked about, and which nodes the page changed since. A re-check reads only
// those nodes (a page that mutates all day is not re-read all day), and the background is asked
// again only when they hold words it has not seen. A page's words only accumulate, which can keep
// the reader on a page for a word it has since removed, never take it off one too early.
import { pageTerms } from '../engine/match/relevance';
import type { PageQuestion } from '../components/messages';
import { readPageWords } from '../page/page-words';

/** Past this many changed nodes between checks, reading the whole page is as cheap. */
const MAX_CHANGED_NODES = 500;

export class PageGate {
  private known = new Set<string>();
  private asked = false;
  /** The words of the first question, kept until a later check needs them split: a copy of
   *  the page's text, which is cheaper to hold than to read from the page again. */
  private unsplit: string | null = null;
  /** Nodes the page added or changed since the last check; null when all must be read. */
  private changed: Node[] | null = null;

  /** Notes what the page changed, so the next check reads only that. */
  noteChanges(records: readonly MutationRecord[]): void {
    if (!this.changed) return;
    for (const r of records) {
      if (r.type === 'childList') this.changed.push(...r.addedNodes);
      else this.changed.push(r.target);
      if (this.changed.length > MAX_CHANGED_NODES) {
        this.changed = null;
        return;
      }
    }
  }

  /** What to ask the background, when it must be asked (first check, or new words); null when
   *  it has already answered for every word the page shows. The first question carries the
   *  page's words unsplit (see PageQuestion); they are split here only if the page changes. */
  question(body: Element): PageQuestion | null {
    if (!this.asked) {
      this.asked = true;
      this.changed = [];
      this.unsplit = readPageWords(body);
      return { terms: [], words: this.unsplit };
    }
    const changed = this.changed;
    this.changed = [];
    if (this.unsplit !== null) {
      for (const t of pageTerms(this.unsplit)) this.known.add(t);
      this.unsplit = null;
    }
    const words = changed ? changed.map(readPageWords).join(' ') : readPageWords(body);
    const terms = pageTerms(words);
    if (terms.every((t) => this.known.has(t))) return null;
    for (const t of terms) this.known.add(t);
    return { terms: [...this.known], words: '' };
  }

  /** Takes the words the background has already answered for without a question from this
   *  gate (the reader's first scan: the background asked about the page's lead), kept unsplit as
   *  after a first question. What the page changed meanwhile was not noted, so the next check
   *  reads the whole page again. */
  adoptAnswered(words: string): void {
    this.known = new Set();
    this.asked = true;
    this.unsplit = words;
    this.changed = null;
  }

  /** Forgets the page, after a navigation or a change of settings: the next check reads it
   *  again as the first did. */
  reset(): void {
    this.known = new Set();
    this.asked = false;
    this.unsplit = null;
    this.changed = null;
  }
}
