// The words of a page, or of what it changed, for the reader's re-checks of relevance (the gate
// script reads only the lead, see lead-words.ts): every text node outside scripts, styles and
// form fields, read without asking the layout engine anything. Much cheaper than the visible
// text (no computed styles). Hidden text counts here, which can only let a page through the
// gate, never keep one out.
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE']);
const SHOW_TEXT = 4;

const isProse = (text: Node) => !NOT_PROSE.has(text.parentElement?.tagName ?? '');

/** The words under `root`: an element, or one text node (a page's change can be either). */
export function readPageWords(root: Node): string {
  if (root.nodeType === 3) return isProse(root) ? (root as Text).data : '';
  const doc = root.ownerDocument;
  if (!doc || root.nodeType !== 1) return '';
  // The test is made here rather than in a TreeWalker filter: a filter is a call from the
  // browser into script for every node, which costs more than the test.
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (isProse(node)) parts.push((node as Text).data);
  return parts.join(' ');
}
