// Reads the page, asks the background whether it concerns a stored event, and highlights the
// figures the engine finds. Re-scans are cheap when nothing new was added: the gate reads only
// the nodes the page changed (a page that mutates all day is not re-read all day), and the
// background is asked again only when they hold words it has not seen. A page's words only
// accumulate, which can let a page through the gate on a word it has since removed, never keep
// one out.
import type { ClaimSet } from '../../engine/claimset/types';
import { matchPageInSteps } from '../../engine/match/match-page';
import type { PageFigure } from '../../engine/match/page-figure';
import { pageTerms } from '../../engine/match/relevance';
import type { LookupResponse } from '../../components/messages';
import { highlightFigures, MARK_SELECTOR, unhighlight, type Highlight } from '../../page/highlight';
import { pageUrlOf } from '../../page/page-url';
import { readPageWords } from '../../page/page-words';
import { readVisibleTextInSlices, type VisibleText } from '../../page/visible-text';
import { timed } from './task-timing';

/** About 10 ms of reading on a large page in Chromium, well under the 50 ms of a long task. */
const NODES_PER_SLICE = 2000;
/** Sentences of the page the matcher reads per task: a few milliseconds even on a cold start. */
const SENTENCES_PER_SLICE = 150;
/** Past this many changed nodes between scans, reading the whole page is as cheap. */
const MAX_CHANGED_NODES = 500;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface ScannerDeps {
  lookup(terms: string[]): Promise<LookupResponse>;
  /** Tells the background how many quantities on the page are in conflict (for the badge). */
  report(conflicts: number): void;
  /** Runs a DOM change the mutation observer must not react to. */
  quietly(change: () => void): void;
  /** Gives a new mark its keyboard and screen-reader attributes. */
  decorate(highlight: Highlight, sets: readonly ClaimSet[]): void;
}

export class Scanner {
  enabled = true;
  /** Finished scans, so the popup (and tests) can tell "nothing found" from "not read yet". */
  scans = 0;
  sets: ClaimSet[] = [];
  highlights: Highlight[] = [];
  private known = new Set<string>();
  private asked = false;
  /** Nodes the page added or changed since the last scan; null when all must be read. */
  private changed: Node[] | null = null;
  private reported: number | null = null;
  private readonly byMark = new WeakMap<Element, Highlight>();

  constructor(
    private readonly doc: Document,
    private readonly deps: ScannerDeps,
  ) {}

  get figures(): PageFigure[] {
    return this.highlights.map((h) => h.figure);
  }

  highlightOf(mark: Element): Highlight | undefined {
    return this.byMark.get(mark);
  }

  /** Notes what the page changed, so the next scan's gate reads only that. */
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

  async scan(): Promise<void> {
    try {
      await this.read();
    } finally {
      this.scans++;
    }
  }

  private async read(): Promise<void> {
    const body = this.doc.body;
    if (!body) return;
    // Each stretch between awaits is timed as one task (see task-timing.ts). The gate reads
    // only the page's words; the visible text, which costs computed styles, is read in slices
    // and only on pages about a stored event.
    const changed = this.asked ? this.changed : null;
    this.changed = [];
    const terms = timed(() => pageTerms(changed ? changed.map(readPageWords).join(' ') : readPageWords(body)));
    if (!this.asked || terms.some((t) => !this.known.has(t))) {
      for (const t of terms) this.known.add(t);
      const answer = await this.deps.lookup([...this.known]);
      this.asked = true;
      this.enabled = answer.enabled;
      this.sets = answer.sets;
    }
    if (!this.enabled || this.sets.length === 0) return timed(() => this.clear());
    const visible = await readVisibleTextInSlices(body, NODES_PER_SLICE, nextTask, timed);
    const matching = matchPageInSteps(visible.text, this.sets, { pageUrl: pageUrlOf(this.doc) }, SENTENCES_PER_SLICE);
    for (;;) {
      const step = timed(() => matching.next());
      if (step.done) return timed(() => this.highlight(body, visible, step.value));
      await nextTask();
    }
  }

  private highlight(body: HTMLElement, visible: VisibleText, figures: PageFigure[]) {
    if (!this.enabled || this.sets.length === 0) return this.clear();
    this.deps.quietly(() => {
      this.highlights = highlightFigures(body, visible, figures).filter((h) => h.marks.length > 0);
      for (const h of this.highlights) {
        for (const mark of h.marks) this.byMark.set(mark, h);
        this.deps.decorate(h, this.sets);
      }
    });
    this.report(new Set(figures.filter((f) => f.verdict === 'conflict').map((f) => f.groupId)).size);
  }

  /** Forgets the page (after a navigation or when turned off) and removes every highlight. */
  reset(): void {
    this.asked = false;
    this.known = new Set();
    this.changed = null;
    this.clear();
  }

  private clear() {
    if (this.highlights.length > 0 || this.doc.querySelector(MARK_SELECTOR)) {
      this.deps.quietly(() => unhighlight(this.doc.body));
    }
    this.highlights = [];
    if (this.reported !== null) this.report(0);
  }

  private report(conflicts: number) {
    if (conflicts === this.reported) return;
    this.reported = conflicts;
    this.deps.report(conflicts);
  }
}
