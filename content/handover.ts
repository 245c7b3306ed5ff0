// The gate script and the reader it brings in run in the same isolated world of a page (an
// extension's content scripts share one; the page's own scripts never see it). The reader
// announces itself there, and from then on the gate leaves the page, and the popup's questions
// about it, to the reader: the gate stops watching the page at that moment rather than when the
// background's answer reaches it, which is after the reader's first scan.

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
