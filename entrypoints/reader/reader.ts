// The reader's work on a page: it reads the page, highlights the figures, keeps them up to date
// as the page changes, and opens the popover on demand. Nothing here may throw into the page or
// change its text.
import { asJsonText, parseTabRequest, type BackgroundRequest, type FigureOnPage, type LookupResponse, type MatchResponse, type PageFiguresResponse } from '../../components/messages';
import type { FigureView } from '../../components/figure-view';
import { createPopover, type Popover } from '../../components/popover/popover';
import { createConflictMap, type ConflictMap } from '../../components/conflict-map/conflict-map';
import { nextDisputed } from './disputed-walk';
import { unhighlight } from '../../page/highlight';
import { guard, problems } from '../../content/guard';
import { wireInteractions } from './interactions';
import { Lifetime } from './lifetime';
import { answerMessages, type ScriptRuntime } from '../../content/runtime';
import { scanLoop } from '../../content/scan-loop';
import { Scanner } from './scanner';

/** Wires the page; settles with the number of conflicts the first scan found. */
export function startReader(runtime: ScriptRuntime): Promise<number> {
  const life = new Lifetime(runtime);
  /** The background's answer, or `unanswered` when it cannot be reached (the extension is
   *  gone): the page is then treated as Crosscount being off. */
  const ask = async <T>(request: BackgroundRequest, unanswered: T): Promise<T> => {
    try {
      return (await runtime.sendMessage(request)) as T;
    } catch {
      return unanswered;
    }
  };

  // That number is the script's result, which the background reads to set the badge (see its
  // loadReader): a message would cost the page a round trip. Later changes are sent.
  let firstScanDone = false;
  const doc = document;
  const changed = (records: MutationRecord[]) => {
    scanner.noteChanges(records);
    schedule();
  };
  const observer = new MutationObserver(guard(changed));
  const observe = () =>
    doc.body &&
    observer.observe(doc.body, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'open'] });

  const scanner = new Scanner(doc, {
    lookup: (question) => ask<LookupResponse>({ type: 'lookup', ...question }, { enabled: false, events: [] }),
    match: (text, pageUrl, events) => ask<MatchResponse>({ type: 'match', text, url: pageUrl, events }, { enabled: false, figures: asJsonText([]), events: null }),
    report(conflicts) {
      if (firstScanDone) runtime.sendMessage({ type: 'report', conflicts }).catch(() => {});
    },
    quietly(change) {
      // Changes the page made before ours still count.
      const pending = observer.takeRecords();
      if (pending.length > 0) changed(pending);
      observer.disconnect();
      try {
        change();
      } finally {
        observe();
      }
    },
    decorate({ figure, marks }) {
      const lead = marks[0];
      if (lead.hasAttribute('tabindex')) return;
      lead.tabIndex = 0;
      lead.setAttribute('role', 'button');
      lead.setAttribute('aria-haspopup', 'dialog');
      lead.setAttribute('aria-expanded', 'false');
      lead.setAttribute('aria-label', figure.summary);
    },
  }, true);

  // A figure's view is asked for when its popover first opens, and kept while its highlight is.
  const views = new WeakMap<FigureOnPage, Promise<FigureView | null>>();
  const viewOf = (figure: FigureOnPage) => {
    let view = views.get(figure);
    if (!view) {
      view = ask<FigureView[] | null>({ type: 'views', figures: [figure] }, null).then((answer) => answer?.[0] ?? null);
      views.set(figure, view);
    }
    return view;
  };

  let popover: Popover | null = null;
  const interactions = wireInteractions(life, doc, scanner, viewOf, () => (popover ??= createPopover(doc, (anchor, returnFocus) => interactions.hidden(anchor, returnFocus))));

  // A single-page app's navigation to another article changes the page, which schedules a scan
  // like any change; the page's address tells the two apart. Checked when a scan starts, rather
  // than by watching the address between changes: a new address with nothing new to read needs
  // no scan.
  // The conflict map is made only once a scan has highlighted something, and follows every scan.
  let map: ConflictMap | null = null;
  const drawMap = guard(() => {
    const figures = scanner.highlights.map(({ figure, marks }) => ({ lead: marks[0], timeVerdict: figure.timeVerdict, summary: figure.summary }));
    if (figures.length > 0) map ??= createConflictMap(doc, (index) => interactions.reveal(index));
    map?.draw(figures);
  });

  /** Opens the next or previous disputed figure after the one whose popover is open or that has focus. */
  const stepDisputed = (direction: 1 | -1): boolean => {
    const leads = scanner.highlights.map((h) => h.marks[0]);
    const focused = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    const current = leads.findIndex((lead) => lead === (popover?.anchor ?? focused));
    const next = nextDisputed(scanner.highlights.map((h) => h.figure.timeVerdict), current, direction);
    return next !== null && interactions.reveal(next);
  };

  let scannedUrl = location.href;
  const scan = () => {
    if (location.href !== scannedUrl) {
      scannedUrl = location.href;
      interactions.close();
      scanner.reset();
    }
    return scanner.scan().finally(drawMap);
  };
  const { scanUntilSettled, schedule } = scanLoop(scan, (run, ms) => life.setTimeout(run, ms));

  answerMessages(runtime, (message) => {
    const request = parseTabRequest(message);
    if (!request || !life.isValid) return undefined;
    switch (request.type) {
      case 'page-figures':
        return Promise.resolve({
          url: location.href,
          enabled: scanner.enabled,
          scans: scanner.scans,
          reader: true,
          problems: [...problems],
          figures: scanner.figures,
          title: doc.title,
          quotes: scanner.quotes,
        } satisfies PageFiguresResponse);
      case 'reveal':
        return Promise.resolve(interactions.reveal(request.index));
      case 'step-disputed':
        return Promise.resolve(stepDisputed(request.direction));
      case 'refresh':
        interactions.close();
        scanner.reset();
        drawMap();
        return scanUntilSettled().then(
          () => true,
          () => false,
        );
    }
  });

  life.onEnd(
    guard(() => {
      observer.disconnect();
      popover?.remove();
      map?.remove();
      unhighlight(doc.body);
    }),
  );

  guard(observe)();
  guard(scanUntilSettled)();
  return scanner.firstScan.then(() => {
    firstScanDone = true;
    return scanner.conflicts;
  });
}
