// The reader is loaded into a page by the background (entrypoints/background/page-watch.ts), which
// may load it again: after the stored sets change, or when a single-page app changes its address.
// A page needs one copy. The copies share the page's isolated world (an extension's scripts share
// one; the page's own scripts never see it), where the first leaves its mark.

const READER = Symbol.for('crosscount.reader');

export const readerPresent = (): boolean => READER in globalThis;

export function announceReader(): void {
  (globalThis as Record<symbol, unknown>)[READER] = true;
}
