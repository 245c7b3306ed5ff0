// When a content script re-reads its page: scans run one at a time, changes that arrive during
// a scan cause one more, and a burst of changes is waited out (a quiet period, but never longer
// than MAX_WAIT after the first change, so a page that never stops changing is still read).
import { guard } from './guard';

const QUIET_PERIOD = 500;
const MAX_WAIT = 2000;

export interface ScanLoop {
  /** Scans now (or after the scan under way); settles when no scan is left to do, so the popup
   *  can wait for a page to be up to date. */
  scanUntilSettled(): Promise<void>;
  /** Scans once the page has been quiet for a while. */
  schedule(): void;
}

/** `setTimer`: the caller's setTimeout (the reader's is cancelled when its lifetime ends, see
 *  entrypoints/reader/lifetime.ts). */
export function scanLoop(scan: () => Promise<void>, setTimer: (run: () => void, ms: number) => number): ScanLoop {
  let scanning: Promise<void> | null = null;
  let again = false;
  let firstChange = 0;
  let timer: number | undefined;
  function scanUntilSettled(): Promise<void> {
    if (scanning) {
      again = true;
      return scanning;
    }
    scanning = (async () => {
      try {
        do {
          again = false;
          await scan();
        } while (again);
      } finally {
        scanning = null;
      }
    })();
    return scanning;
  }
  function schedule() {
    const now = Date.now();
    if (timer === undefined) firstChange = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(QUIET_PERIOD, firstChange + MAX_WAIT - now));
    timer = setTimer(
      guard(() => {
        timer = undefined;
        return scanUntilSettled();
      }),
      wait,
    );
  }
  return { scanUntilSettled, schedule };
}
