// The relevance gate's memory of a page: which of its words the background has been asked
// about, and which nodes the page changed since. A re-check reads only those nodes (a page that
// mutates all day is not re-read all day), and the background is asked again only when they
// hold words it has not seen. A page's words only accumulate, which can let a page through the
// gate on a word it has since removed, never keep one out. Shared by the gate script and the
// reader, which both ask the same question.
//
// The gate script reads only the page's lead (page/lead-words.ts), whose size does not grow with
// the page: every check reads it again, and a changed node outside it is not read. The reader,
// which is only on pages about a stored event, reads every word. Measured on the six labelled
// events with all of them stored (bench/RESULTS.md): the lead lets through the same event pages
// as every word does, and none of the saved corpus pages, where every word let eight through
// on the events' names in their sidebars and related links.
import { pageTerms } from '../engine/match/relevance';
import type { PageQuestion } from '../components/messages';
import { readLeadWords } from '../page/lead-words';
import { readPageWords } from '../page/page-words';

/** Past this many changed nodes between checks, reading the whole page is as cheap. */
const MAX_CHANGED_NODES = 500;

/** What a check reads: the page's lead, or every word of the page. */
type Scope = 'lead' | 'page';

export class PageGate {
  private scope: Scope;
  private known = new Set<string>();
  private asked = false;
  /** The words of the first question, kept until a later check needs them split: a copy of
   *  the page's text, which is cheaper to hold than to read from the page again. */
  private unsplit: string | null = null;
  /** Nodes the page added or changed since the last check; null when all must be read. */
  private changed: Node[] | null = null;

  constructor(private readonly firstScope: Scope = 'page') {
    this.scope = firstScope;
  }

  /** Notes what the page changed, so the next check reads only that. */
  noteChanges(records: readonly MutationRecord[]): void {
    if (!this.changed || this.scope === 'lead') return;
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
      this.unsplit = this.scope === 'lead' ? readLeadWords(body.ownerDocument) : readPageWords(body);
      return { terms: [], words: this.unsplit };
    }
    const changed = this.changed;
    this.changed = [];
    if (this.unsplit !== null) {
      for (const t of pageTerms(this.unsplit)) this.known.add(t);
      this.unsplit = null;
    }
    const words = this.scope === 'lead' ? readLeadWords(body.ownerDocument) : changed ? changed.map(readPageWords).join(' ') : readPageWords(body);
    const terms = pageTerms(words);
    if (terms.every((t) => this.known.has(t))) return null;
    for (const t of terms) this.known.add(t);
    return { terms: [...this.known], words: '' };
  }

  /** Takes the words the background has already answered for without a question from this
   *  gate (the reader's first scan: the gate script asked about the page), kept unsplit as after
   *  a first question. What the page changed meanwhile was noted by neither script, so the next
   *  check reads the whole page again. */
  adoptAnswered(words: string): void {
    this.scope = 'page';
    this.known = new Set();
    this.asked = true;
    this.unsplit = words;
    this.changed = null;
  }

  /** Forgets the page, after a navigation or a change of settings: the next check reads it
   *  again as the first did. */
  reset(): void {
    this.scope = this.firstScope;
    this.known = new Set();
    this.asked = false;
    this.unsplit = null;
    this.changed = null;
  }
}
