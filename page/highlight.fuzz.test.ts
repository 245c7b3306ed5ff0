// @vitest-environment happy-dom
// Property-based tests of highlighting on generated pages: mutated seed articles cut into random
// inline elements, with hidden text, scripts and the page's own <mark>s among them. Highlighting
// never changes the visible text, a second pass changes nothing, and unhighlight gives the page
// back as it was. FUZZ_RUNS/4 cases per property (50 by default; at most 1,500, which
// `npm run fuzz:long` reaches: happy-dom's memory grows with every page).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// happy-dom's NodeIterator steps back wrongly next to a <script> and mark.js then cycles forever.
import './testing/happy-dom-node-iterator';
import type { ClaimSet } from '../engine/claimset/types';
import { findFigures } from '../engine/figures/find-figures';
import { matchPage } from '../engine/match/match-page';
import type { PageFigure } from '../engine/match/page-figure';
import { fuzz, fuzzTimeout, mutatedArticle, root } from '../tests/fuzz/text-arbitraries';
import { highlightFigures, MARK_SELECTOR, unhighlight } from './highlight';
import { readVisibleText } from './visible-text';

const set: ClaimSet = JSON.parse(readFileSync(join(root, 'assets', 'claims', 'fallujah-convoys-2016.json'), 'utf8'));

type Wrap = 'text' | 'b' | 'i' | 'a' | 'span' | 'mark' | 'hidden' | 'script' | 'br';
const WRAPS: Wrap[] = ['text', 'text', 'text', 'b', 'i', 'a', 'span', 'mark', 'hidden', 'script', 'br'];

/** A page: each line of `text` a paragraph, cut at the given points into pieces, each piece
 *  plain text, wrapped in an inline element, after hidden text or a script, or followed by a
 *  line break. */
const page = fc
  .tuple(mutatedArticle, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WRAPS)), { maxLength: 80 }))
  .map(([text, cuts]) => ({ text, cuts }));

function render(body: HTMLElement, { text, cuts }: { text: string; cuts: [number, Wrap][] }) {
  body.replaceChildren();
  const doc = body.ownerDocument;
  const points = [...new Set(cuts.map(([k]) => (text.length ? k % text.length : 0)))].sort((a, b) => a - b);
  const wrapAt = new Map(cuts.map(([k, w]) => [text.length ? k % text.length : 0, w]));
  let p = doc.createElement('p');
  body.append(p);
  let from = 0;
  const emit = (piece: string, wrap: Wrap) => {
    const lines = piece.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) {
        p = doc.createElement('p');
        body.append(p);
      }
      if (!line) return;
      const node = doc.createTextNode(line);
      switch (wrap) {
        case 'text': p.append(node); break;
        case 'br': p.append(node, doc.createElement('br')); break;
        case 'hidden': {
          // Hidden text is not read; keep the real text visible after it.
          const el = doc.createElement('span');
          el.hidden = true;
          el.textContent = '175 vehicles';
          p.append(el, node);
          break;
        }
        case 'script': {
          const el = doc.createElement('script');
          el.textContent = 'var n = "about 175";';
          p.append(el, node);
          break;
        }
        default: {
          const el = doc.createElement(wrap);
          if (wrap === 'a') el.setAttribute('href', 'https://example.com/');
          el.append(node);
          p.append(el);
        }
      }
    });
  };
  for (const at of [...points, text.length]) {
    if (at > from) emit(text.slice(from, at), wrapAt.get(from) ?? 'text');
    from = Math.max(from, at);
  }
}

/** Every figure the grammar finds, as page figures: far more marks than the matcher's. */
const everyFigure = (text: string): PageFigure[] =>
  findFigures(text).map((f, i) => ({
    start: f.start, end: f.end, text: f.text, value: f.value, eventId: 'e', groupId: `g${i}`, label: 'figure',
    verdict: 'single', competitors: [], agreeing: [],
  }));

const stripSpace = (s: string) => s.replace(/\s+/g, '');

function highlightTwiceAndUndo(input: { text: string; cuts: [number, Wrap][] }, figuresOf: (text: string) => PageFigure[]) {
  const body = document.body;
  render(body, input);
  const original = body.innerHTML;
  const visible = readVisibleText(body);
  const figures = figuresOf(visible.text);

  const first = highlightFigures(body, visible, figures);
  const once = body.innerHTML;
  const visibleOnce = readVisibleText(body);
  expect(visibleOnce.text, 'highlighting changed the visible text').toBe(visible.text);
  first.forEach((h) => {
    // A figure's marks hold its text, nothing more (block breaks have no DOM text of their own).
    if (h.marks.length) expect(stripSpace(h.marks.map((m) => m.textContent).join(''))).toBe(stripSpace(h.figure.text));
  });
  expect(body.querySelectorAll(`${MARK_SELECTOR} ${MARK_SELECTOR}`)).toHaveLength(0);

  const again = highlightFigures(body, visibleOnce, figuresOf(visibleOnce.text));
  expect(body.innerHTML, 'a second pass changed the page').toBe(once);
  again.forEach((h, i) => expect(h.marks).toEqual(first[i].marks));

  unhighlight(body);
  expect(body.innerHTML, 'unhighlight did not give the page back').toBe(original);
}

describe('highlighting generated pages', () => {
  it("with the matcher's figures: visible text kept, twice is once, undone exactly", async () => {
    await fuzz(fc.property(page, (input) => highlightTwiceAndUndo(input, (text) => matchPage(text, [set]))), 0.25, 1500);
  }, fuzzTimeout(40));

  it('with every figure the grammar finds: visible text kept, twice is once, undone exactly', async () => {
    await fuzz(fc.property(page, (input) => highlightTwiceAndUndo(input, everyFigure)), 0.25, 1500);
  }, fuzzTimeout(40));
});
