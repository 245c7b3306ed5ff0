// The gate's work on a page: it reads the page's words, asks the background, and watches what
// the page adds, until the background answers that the page concerns a stored event and has
// loaded the reader. Nothing here may throw into the page.
import { parseTabRequest, type GateResponse, type PageFiguresResponse } from '../../components/messages';
import { guard, problems } from '../content/guard';
import { readerPresent, whenReaderArrives } from '../content/handover';
import { PageGate } from '../content/page-gate';
import { scanLoop } from '../content/scan-loop';
import { timed } from '../content/task-timing';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function watch(ctx: ContentScriptContext) {
  const gate = new PageGate();
  let enabled = true;
  /** Checks answered "no"; a "yes" is the reader's to finish. */
  let scans = 0;
  let handedOver = false;

  async function check() {
    if (handedOver || !document.body) return;
    const terms = timed(() => gate.termsToAsk(document.body));
    if (terms) {
      let answer: GateResponse;
      try {
        answer = (await browser.runtime.sendMessage({ type: 'gate', terms })) as GateResponse;
      } catch {
        answer = { enabled: false, reading: false };
      }
      enabled = answer.enabled;
      if (answer.reading) return handOver();
    }
    scans++;
  }

  function handOver() {
    handedOver = true;
    observer.disconnect();
  }
  whenReaderArrives(guard(handOver));

  const { scanUntilSettled, schedule } = scanLoop(ctx, check);
  const observer = new MutationObserver(
    guard((records: MutationRecord[]) => {
      gate.noteChanges(records);
      schedule();
    }),
  );

  ctx.addEventListener(
    window,
    'wxt:locationchange',
    guard(() => {
      gate.reset();
      schedule();
    }),
  );

  browser.runtime.onMessage.addListener((message) => {
    const request = parseTabRequest(message);
    if (!request || !ctx.isValid || readerPresent()) return undefined;
    switch (request.type) {
      case 'page-figures':
        return Promise.resolve({
          url: location.href,
          enabled,
          scans,
          reader: false,
          problems: [...problems],
          figures: [],
          sets: [],
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

  ctx.onInvalidated(guard(() => observer.disconnect()));
  if (document.body) observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  guard(scanUntilSettled)();
}
