// The gate's work on a page: it reads the page's lead (see content/page-gate.ts), asks the
// background, and watches what the page adds, until the background answers that the page
// concerns a stored event and has loaded the reader, or the extension goes away (updated,
// disabled or removed). Nothing here may throw into the page.
//
// It does not follow a single-page app's navigations: a page's words only accumulate (see
// page-gate.ts), and what a navigation adds is read like any other change.
import { parseTabRequest, type GateResponse, type PageFiguresResponse } from '../../components/messages';
import { guard, problems } from '../../content/guard';
import { readerPresent, whenReaderArrives } from '../../content/handover';
import { PageGate } from '../../content/page-gate';
import { scanLoop } from '../../content/scan-loop';
import { timed } from '../../content/task-timing';
import { answerMessages, extensionGone, nativeRuntime, type ScriptRuntime } from '../../content/runtime';

export function watch(runtime: ScriptRuntime = nativeRuntime()) {
  const gate = new PageGate('lead');
  let enabled = true;
  /** Checks answered "no"; a "yes" is the reader's to finish. */
  let scans = 0;
  let stopped = false;

  async function check() {
    if (stopped || !document.body) return;
    const question = timed(() => gate.question(document.body));
    if (question) {
      let answer: GateResponse;
      try {
        // Timed too: sending copies the question on the page's thread.
        answer = (await timed(() => runtime.sendMessage({ type: 'gate', ...question }))) as GateResponse;
      } catch {
        if (extensionGone(runtime)) return stop();
        answer = { enabled: false, reading: false };
      }
      enabled = answer.enabled;
      if (answer.reading) return stop();
    }
    scans++;
  }

  /** The reader has the page, or the extension is gone: nothing is left to watch. */
  function stop() {
    stopped = true;
    observer.disconnect();
  }
  whenReaderArrives(guard(stop));

  const { scanUntilSettled, schedule } = scanLoop(check, (run, ms) => window.setTimeout(run, ms));
  const observer = new MutationObserver(
    guard((records: MutationRecord[]) => {
      gate.noteChanges(records);
      schedule();
    }),
  );

  answerMessages(runtime, (message) => {
    const request = parseTabRequest(message);
    if (!request || readerPresent()) return undefined;
    switch (request.type) {
      case 'page-figures':
        return Promise.resolve({
          url: location.href,
          enabled,
          scans,
          reader: false,
          problems: [...problems],
          figures: [],
        } satisfies PageFiguresResponse);
      case 'reveal':
        return Promise.resolve(false);
      case 'refresh':
        gate.reset();
        return scanUntilSettled().then(
          () => true,
          () => false,
        );
    }
  });

  if (document.body) observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  guard(scanUntilSettled)();
}
