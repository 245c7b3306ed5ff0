// The gate content script and the reader it brings in run in the same isolated world of a page
// (an extension's content scripts share one; the page's own scripts never see it). The reader
// announces itself there, and from then on the gate leaves the page, and the popup's
// questions about it, to the reader.
const READER = Symbol.for('crosscount.reader');

export const readerPresent = (): boolean => READER in globalThis;

export function announceReader(): void {
  (globalThis as Record<symbol, unknown>)[READER] = true;
}
