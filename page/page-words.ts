// The words of a page for the relevance gate: every text node outside scripts, styles and form
// fields, read without asking the layout engine anything. Much cheaper than the visible text
// (no computed styles); that is read only once the gate says the page concerns a stored event.
// Hidden text counts here, which can only let a page through the gate, never keep one out.
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE']);
const SHOW_TEXT = 4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

const isProse = (text: Node) => !NOT_PROSE.has(text.parentElement?.tagName ?? '');

/** The words under `root`: an element, or one text node (a page's change can be either). */
export function readPageWords(root: Node): string {
  if (root.nodeType === 3) return isProse(root) ? (root as Text).data : '';
  const doc = root.ownerDocument;
  if (!doc || root.nodeType !== 1) return '';
  const walker = doc.createTreeWalker(root, SHOW_TEXT, {
    acceptNode: (node) => (isProse(node) ? FILTER_ACCEPT : FILTER_REJECT),
  });
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
  return parts.join(' ');
}
