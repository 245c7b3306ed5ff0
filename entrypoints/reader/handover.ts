// The gate script and the reader it brings in run in the same isolated world of a page
// (an extension's content scripts share one; the page's own scripts never see it). Two things
// pass through it:
// - the reader announces itself, and from then on the gate leaves the page, and the popup's
//   questions about it, to the reader; the gate stops watching the page at that moment rather
//   than when the background's answer reaches it, which is after the reader's first scan;
// - the background, just before it loads the reader, leaves there what the gate's question
//   already established (the page's terms and the claim sets they point to), so the reader's
//   first scan neither reads the page's words again nor asks the background again.
import type { ClaimSet } from '../../engine/claimset/types';

const READER = Symbol.for('crosscount.reader');

export const readerPresent = (): boolean => READER in globalThis;

const ON_ARRIVAL = Symbol.for('crosscount.on-reader-arrival');

/** Runs `stop` (once) when the reader arrives. */
export function whenReaderArrives(stop: () => void): void {
  (globalThis as Record<symbol, unknown>)[ON_ARRIVAL] = stop;
}

export function announceReader(): void {
  const global = globalThis as Record<symbol, unknown>;
  global[READER] = true;
  const stop = global[ON_ARRIVAL];
  delete global[ON_ARRIVAL];
  if (typeof stop === 'function') stop();
}

export interface ReaderHandover {
  /** Every term of the page the gate asked about. */
  terms: string[];
  /** The claim sets of the stored events those terms point to. */
  sets: ClaimSet[];
}

/**
 * Run in the page by the background (scripting.executeScript `func`), so it is serialised to
 * source and must refer to nothing outside itself, not even this module's constants.
 */
export function leaveForReader(handover: ReaderHandover): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('crosscount.handover')] = handover;
}

/** What the background left for the reader, once; null when it left nothing. */
export function takeHandover(): ReaderHandover | null {
  const key = Symbol.for('crosscount.handover');
  const global = globalThis as Record<symbol, unknown>;
  const handover = global[key] as ReaderHandover | undefined;
  delete global[key];
  return handover && Array.isArray(handover.terms) && Array.isArray(handover.sets) ? handover : null;
}
