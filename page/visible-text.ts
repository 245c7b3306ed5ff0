// The page's visible text, as one string the matcher reads, with a way back from any offset in
// it to the DOM text it came from. Runs in browsers and in happy-dom (the CLI), so it decides
// block boundaries and whitespace from tag names rather than layout, which happy-dom lacks; the
// two then read the same page identically.

/** A slice [start, end) of one DOM text node's data. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export interface VisibleText {
  readonly text: string;
  /** The DOM text behind text[start, end), in document order; inserted line breaks have none. */
  pieces(start: number, end: number): TextPiece[];
  /** The offset in `text` of character `offset` of `node`, or -1 when that character is not read
   *  (hidden, or whitespace collapsed away). */
  offsetOf(node: Text, offset: number): number;
}

// Elements whose text is not page text a reader sees, or is the reader's own input.
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'HEAD', 'TITLE',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'AUDIO', 'VIDEO', 'svg', 'math',
]);

// Elements that start a new line, so sentences from different blocks never run together
// (<br> included: a line break inside a paragraph also ends a line).
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);

// Elements whose whitespace is shown as written.
const PREFORMATTED = new Set(['PRE', 'LISTING', 'XMP', 'PLAINTEXT']);


interface Segment {
  /** Offset in the visible text. */
  at: number;
  node: Text;
  /** Offset in the node's data; the segment maps text[at, at+length) to data[from, from+length). */
  from: number;
  length: number;
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/**
 * Reads the visible text under `root` (a Document reads its body). Skips script, style, form
 * fields, contenteditable regions, and elements hidden by the `hidden` attribute, display:none
 * or visibility:hidden; collapses whitespace as CSS does for normal text; puts one newline
 * between blocks and for <br>.
 */
export function readVisibleText(root: Node): VisibleText {
  const walk = walkVisibleText(root, Infinity);
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/**
 * The same reading in slices of `nodesPerSlice` nodes, calling `pause` between slices so a long
 * page never holds the main thread for one long task (the page stays responsive while we read).
 * Slower in total than readVisibleText by the pauses; used where a page may be large.
 */
export async function readVisibleTextInSlices(root: Node, nodesPerSlice: number, pause: () => Promise<void>, slice: <T>(fn: () => T) => T = (fn) => fn()): Promise<VisibleText> {
  const walk = walkVisibleText(root, nodesPerSlice);
  for (;;) {
    const step = slice(() => walk.next());
    if (step.done) return step.value;
    await pause();
  }
}

function* walkVisibleText(root: Node, nodesPerSlice: number): Generator<void, VisibleText, void> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const start: Node = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : root;
  const view = doc.defaultView;
  const ELEMENT = 1;
  const TEXT = 3;

  // One computed style per element, read for both display and visibility: happy-dom's
  // checkVisibility re-walks every ancestor and gets inherited visibility wrong, and computed
  // styles give browsers and happy-dom the same answer.
  const styles = new Map<Element, CSSStyleDeclaration | undefined>();
  const style = (el: Element) => {
    if (!styles.has(el)) styles.set(el, view?.getComputedStyle(el));
    return styles.get(el);
  };
  const isRendered = (el: Element) =>
    !SKIPPED.has(el.tagName) && !el.hasAttribute('hidden') && !isEditable(el) && style(el)?.display !== 'none';
  const isTextVisible = (el: Element) => style(el)?.visibility !== 'hidden';

  // The text is kept as parts joined once at the end: appending to one growing string and
  // asking it endsWith() flattens it every time, which is quadratic on long pages.
  const parts: string[] = [];
  let length = 0;
  let lastChar = '';
  const segments: Segment[] = [];
  const preformatted: Element[] = [];

  const append = (chars: string) => {
    parts.push(chars);
    length += chars.length;
    lastChar = chars[chars.length - 1];
  };
  const breakLine = () => {
    if (length === 0 || lastChar === '\n') return;
    if (lastChar === ' ') dropTrailingSpace();
    append('\n');
  };
  // A collapsed space before a line break is not shown; it always ends the last segment.
  const dropTrailingSpace = () => {
    const last = segments[segments.length - 1];
    if (last && last.at + last.length === length) {
      last.length -= 1;
      if (last.length === 0) segments.pop();
    }
    const tail = parts.pop()!.slice(0, -1);
    length -= 1;
    if (tail) parts.push(tail);
    const before = parts[parts.length - 1];
    lastChar = before ? before[before.length - 1] : '';
  };
  const push = (node: Text, from: number, chars: string) => {
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.from + last.length === from && last.at + last.length === length) {
      last.length += chars.length;
    } else {
      segments.push({ at: length, node, from, length: chars.length });
    }
    append(chars);
  };
  const WHITESPACE_RUN = /[ \t\n\r\f]+/g;
  const SPACING_TO_COLLAPSE = /[\t\n\r\f]| {2}/;
  const readText = (node: Text) => {
    const data = node.data;
    if (preformatted.length > 0) {
      if (data) push(node, 0, data);
      return;
    }
    // Most text nodes hold single spaces only and show as written, less a leading space the
    // line already has: one piece per node rather than one per word.
    if (!SPACING_TO_COLLAPSE.test(data)) {
      const skip = data[0] === ' ' && (length === 0 || lastChar === ' ' || lastChar === '\n') ? 1 : 0;
      if (data.length > skip) push(node, skip, skip ? data.slice(1) : data);
      return;
    }
    let i = 0;
    WHITESPACE_RUN.lastIndex = 0;
    for (let m = WHITESPACE_RUN.exec(data); m; m = WHITESPACE_RUN.exec(data)) {
      if (m.index > i) push(node, i, data.slice(i, m.index));
      // The whole run shows as one space, mapped to its first character, unless the line
      // is empty or already ends in a space.
      if (length > 0 && lastChar !== ' ' && lastChar !== '\n') push(node, m.index, ' ');
      i = m.index + m[0].length;
    }
    if (i < data.length) push(node, i, data.slice(i));
  };

  const enter = (node: Node) => {
    if (node.nodeType === TEXT) {
      const parent = node.parentElement;
      if (!parent || isTextVisible(parent)) readText(node as Text);
      return;
    }
    const el = node as Element;
    if (BLOCKS.has(el.tagName)) breakLine();
    if (PREFORMATTED.has(el.tagName)) preformatted.push(el);
  };
  const leave = (node: Node) => {
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    if (BLOCKS.has(el.tagName)) breakLine();
    if (preformatted[preformatted.length - 1] === el) preformatted.pop();
  };

  // Depth-first with explicit enter/leave, so blocks can be closed off with a line break. By
  // hand rather than with a TreeWalker: a walker's filter is a call from the browser into
  // script for every node, which costs more than the tests it makes. Only elements and text
  // are read; a hidden element's subtree is skipped. A node the page removes while reading
  // pauses ends the walk at its detached subtree, as a walker would.
  const readable = (node: Node) =>
    node.nodeType === TEXT || (node.nodeType === ELEMENT && isRendered(node as Element));
  if (start.nodeType === ELEMENT && !isRendered(start as Element)) return build('', []);
  enter(start);
  let node: Node | null = start.firstChild;
  let visited = 0;
  while (node) {
    if (readable(node)) {
      if (++visited % nodesPerSlice === 0) yield;
      enter(node);
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      leave(node);
    }
    // Next: the sibling, or the sibling of the nearest ancestor that has one.
    while (node && node !== start && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== start) leave(node);
    }
    node = node && node !== start ? node.nextSibling : null;
  }
  leave(start);
  if (lastChar === '\n') {
    parts.pop();
    length -= 1;
  } else if (lastChar === ' ') dropTrailingSpace();
  return build(parts.join(''), segments);
}

function build(text: string, segments: Segment[]): VisibleText {
  // The last segment starting at or before `offset`.
  const segmentAt = (offset: number) => {
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (segments[mid].at <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found;
  };
  let byNode: Map<Text, Segment[]> | null = null;
  return {
    text,
    pieces(start, end) {
      const out: TextPiece[] = [];
      for (let i = Math.max(segmentAt(start), 0); i < segments.length && segments[i].at < end; i++) {
        const s = segments[i];
        const from = Math.max(start, s.at);
        const to = Math.min(end, s.at + s.length);
        if (from >= to) continue;
        const piece = { node: s.node, start: s.from + from - s.at, end: s.from + to - s.at };
        const last = out[out.length - 1];
        if (last && last.node === piece.node && last.end === piece.start) last.end = piece.end;
        else out.push(piece);
      }
      return out;
    },
    offsetOf(node, offset) {
      if (!byNode) {
        byNode = new Map();
        for (const s of segments) {
          const list = byNode.get(s.node) ?? [];
          list.push(s);
          byNode.set(s.node, list);
        }
      }
      for (const s of byNode.get(node) ?? []) {
        if (offset >= s.from && offset < s.from + s.length) return s.at + offset - s.from;
      }
      return -1;
    },
  };
}
