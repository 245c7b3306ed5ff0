// Reads the page, asks the background which stored events it concerns and which figures of its
// visible text report their quantities, and highlights those figures. The matching itself runs in
// the background (see its matchOffThePage): on the page's main thread are only the reads of the
// page and the highlighting. Re-scans are cheap when nothing new was added: the background is
// asked about the events again only when the page changed its words (see page-gate.ts).
import { fromJsonText, type FigureOnPage, type LookupResponse, type MatchResponse, type PageQuestion } from '../../components/messages';
import { highlightFigures, MARK_SELECTOR, unhighlight, type Highlight } from '../../page/highlight';
import { pageUrlOf } from '../../page/page-url';
import { readVisibleTextInSlices, type VisibleText } from '../../page/visible-text';
import { PageGate } from '../../content/page-gate';
import type { TextQuoteSelector } from '../../engine/claimset/types';
import { nextTask, timed } from '../../content/task-timing';

/** Characters of context either side of a quoted figure, as the claim set's builder takes. */
const QUOTE_CONTEXT = 32;

/** About 10 ms of reading on a large page in Chromium, well under the 50 ms of a long task. */
const NODES_PER_SLICE = 2000;

export interface ScannerDeps {
  lookup(question: PageQuestion): Promise<LookupResponse>;
  /** The figures of the page's visible text that report a quantity of these events; null leaves
   *  the events to the background, which then names them too. */
  match(text: string, pageUrl: string, events: string[] | null): Promise<MatchResponse>;
  /** Tells the background how many quantities on the page are disputed (for the badge). */
  report(conflicts: number): void;
  /** Runs a DOM change the mutation observer must not react to. */
  quietly(change: () => void): void;
  /** Gives a new mark its keyboard and screen-reader attributes. */
  decorate(highlight: Highlight<FigureOnPage>): void;
}

export class Scanner {
  enabled = true;
  /** Finished scans, so the popup (and tests) can tell "nothing found" from "not read yet". */
  scans = 0;
  /** The stored events the page concerns, as the background last said. */
  events: string[] = [];
  highlights: Highlight<FigureOnPage>[] = [];
  /** The visible text the highlights' offsets are in, for the quotes of a report. */
  private text = '';
  private readonly gate = new PageGate();
  private reported: number | null = null;
  private readonly byMark = new WeakMap<Element, Highlight<FigureOnPage>>();

  /** `askedByGate`: the background has asked about this page's lead (it is why the reader is
   *  here), so the first scan does not ask again. */
  constructor(
    private readonly doc: Document,
    private readonly deps: ScannerDeps,
    private askedByGate = false,
  ) {}

  get figures(): FigureOnPage[] {
    return this.highlights.map((h) => h.figure);
  }

  /** Each highlighted figure with the text around it, as a W3C TextQuoteSelector, so a report
   *  can point to it in the page (the claim set's selectors use the same context). */
  get quotes(): TextQuoteSelector[] {
    return this.highlights.map(({ figure: { start, end } }) => ({
      type: 'TextQuoteSelector',
      exact: this.text.slice(start, end),
      prefix: this.text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: this.text.slice(end, end + QUOTE_CONTEXT),
    }));
  }

  /** Quantities on the page that outlets dispute, as last reported. */
  get conflicts(): number {
    return this.reported ?? 0;
  }

  highlightOf(mark: Element): Highlight<FigureOnPage> | undefined {
    return this.byMark.get(mark);
  }

  /** Notes what the page changed, so the next scan's gate reads only that. */
  noteChanges(records: readonly MutationRecord[]): void {
    this.gate.noteChanges(records);
  }

  private settleFirstScan = () => {};
  /** Settles when the first scan has finished, whether or not it succeeded; unlike "no scan
   *  left to do", it comes even on a page that keeps changing. */
  readonly firstScan = new Promise<void>((resolve) => {
    this.settleFirstScan = resolve;
  });

  async scan(): Promise<void> {
    try {
      await this.read();
    } finally {
      this.scans++;
      this.settleFirstScan();
    }
  }

  private async read(): Promise<void> {
    const body = this.doc.body;
    if (!body) return;
    // Each stretch between awaits is timed as one task (see content/task-timing.ts). The gate reads
    // only the page's words; the visible text, which costs computed styles, is read in slices
    // and only on pages about a stored event.
    const askedByGate = this.askedByGate;
    this.askedByGate = false;
    if (!askedByGate) {
      const question = timed(() => this.gate.question(body));
      if (question) {
        const answer = await timed(() => this.deps.lookup(question));
        this.enabled = answer.enabled;
        this.events = answer.events;
      }
      if (!this.enabled || this.events.length === 0) return timed(() => this.clear());
    }
    const visible = await readVisibleTextInSlices(body, NODES_PER_SLICE, nextTask, timed);
    const answer = await timed(() => this.deps.match(visible.text, pageUrlOf(this.doc), askedByGate ? null : this.events));
    this.enabled = answer.enabled;
    timed(() => {
      if (answer.events !== null) {
        this.events = answer.events;
        this.gate.adoptAnswered(visible.text);
      }
      this.highlight(body, visible, fromJsonText(answer.figures));
    });
  }

  private highlight(body: HTMLElement, visible: VisibleText, figures: FigureOnPage[]) {
    if (!this.enabled || this.events.length === 0) return this.clear();
    this.deps.quietly(() => {
      this.highlights = highlightFigures(body, visible, figures).filter((h) => h.marks.length > 0);
      this.text = visible.text;
      for (const h of this.highlights) {
        for (const mark of h.marks) this.byMark.set(mark, h);
        this.deps.decorate(h);
      }
    });
    // A revised toll is not a dispute: the badge counts the quantities outlets dispute.
    this.report(new Set(figures.filter((f) => f.timeVerdict === 'disputed').map((f) => f.groupId)).size);
  }

  /** Forgets the page (after a navigation or when turned off) and removes every highlight. */
  reset(): void {
    this.askedByGate = false;
    this.gate.reset();
    this.clear();
  }

  private clear() {
    if (this.highlights.length > 0 || this.doc.querySelector(MARK_SELECTOR)) {
      this.deps.quietly(() => unhighlight(this.doc.body));
    }
    this.highlights = [];
    this.text = '';
    if (this.reported !== null) this.report(0);
  }

  private report(conflicts: number) {
    if (conflicts === this.reported) return;
    this.reported = conflicts;
    this.deps.report(conflicts);
  }
}
