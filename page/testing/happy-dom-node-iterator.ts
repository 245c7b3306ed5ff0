// Test support: happy-dom (21) builds NodeIterator on a TreeWalker, so previousNode() moves
// like a TreeWalker's and mark.js, which steps back and forth with previousNode/nextNode, can
// cycle forever on a page with a <script> among its text (browsers are not affected). Importing
// this module gives happy-dom's documents a NodeIterator that follows the DOM standard.
// Read-only iteration is all mark.js needs, so the iterator does not track DOM mutations.

function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

function preceding(node: Node, root: Node): Node | null {
  if (node === root) return null;
  let n = node.previousSibling;
  if (!n) return node.parentNode;
  while (n.lastChild) n = n.lastChild;
  return n;
}

type Filter = NodeFilter | ((node: Node) => number) | null;

class StandardNodeIterator {
  private reference: Node;
  private pointerBefore = true;

  constructor(
    readonly root: Node,
    readonly whatToShow: number,
    readonly filter: Filter,
  ) {
    this.reference = root;
  }

  private accepts(node: Node): boolean {
    if (!((1 << (node.nodeType - 1)) & this.whatToShow)) return false;
    if (!this.filter) return true;
    const result = typeof this.filter === 'function' ? this.filter(node) : this.filter.acceptNode(node);
    return result === 1;
  }

  nextNode(): Node | null {
    let node: Node | null = this.reference;
    let before = this.pointerBefore;
    for (;;) {
      if (before) before = false;
      else node = following(node!, this.root);
      if (!node) return null;
      if (this.accepts(node)) {
        this.reference = node;
        this.pointerBefore = false;
        return node;
      }
    }
  }

  previousNode(): Node | null {
    let node: Node | null = this.reference;
    let before = this.pointerBefore;
    for (;;) {
      if (!before) before = true;
      else node = preceding(node!, this.root);
      if (!node) return null;
      if (this.accepts(node)) {
        this.reference = node;
        this.pointerBefore = true;
        return node;
      }
    }
  }

  detach(): void {}
}

// Patched where the method lives, so documents of any happy-dom Window get it.
let proto: object | null = (globalThis as { document?: Document }).document ?? null;
while (proto && !Object.prototype.hasOwnProperty.call(proto, 'createNodeIterator')) proto = Object.getPrototypeOf(proto);
if (proto) {
  (proto as Document).createNodeIterator = function (root: Node, whatToShow = 0xffffffff, filter: Filter = null) {
    return new StandardNodeIterator(root, whatToShow, filter) as unknown as NodeIterator;
  } as Document['createNodeIterator'];
}
