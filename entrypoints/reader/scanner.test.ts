// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../page/testing/happy-dom-node-iterator';
import type { ClaimSet } from '../../engine/claimset/types';
import { matchPage } from '../../engine/match/match-page';
import { figureOnPage } from '../../components/figure-view';
import { asJsonText, termsOfQuestion } from '../../components/messages';
import { MARK_SELECTOR } from '../../page/highlight';
import { pageTerms } from '../../engine/match/relevance';
import { TermIndex } from '../background/term-index';
import { Scanner } from './scanner';

const root = join(import.meta.dirname, '..', '..');
const set: ClaimSet = JSON.parse(readFileSync(join(root, 'assets', 'claims', 'fallujah-convoys-2016.json'), 'utf8'));
const article = readFileSync(join(root, 'events', 'fallujah-convoys-2016', '004_fe9da18e060a0d97.txt'), 'utf8');

/** A scanner over this document whose background is the real term index and the real matcher
 *  over the bundled set, answering as the background's handlers do. */
function scannerWithBackground(askedByGate = false) {
  const index = new TermIndex([{ id: set.event.id, terms: set.terms }]);
  const asked: string[][] = [];
  const matched: (string[] | null)[] = [];
  const decorated: string[] = [];
  const eventsFor = (terms: string[]) => index.lookup(terms);
  const scanner = new Scanner(document, {
    async lookup(question) {
      const terms = termsOfQuestion(question);
      asked.push(terms);
      return { enabled: true, events: eventsFor(terms) };
    },
    async match(text, pageUrl, events) {
      matched.push(events);
      const named = events ?? eventsFor(pageTerms(text));
      const sets = named.includes(set.event.id) ? [set] : [];
      const figures = matchPage(text, sets, { pageUrl }).map((figure) => figureOnPage(figure, sets));
      return { enabled: true, figures: asJsonText(figures), events: events ? null : named };
    },
    report() {},
    quietly: (change) => change(),
    decorate: ({ figure }) => decorated.push(figure.summary),
  }, askedByGate);
  return { scanner, asked, matched, decorated };
}

/** Appends a paragraph and tells the scanner, as the content script's mutation observer does. */
function append(scanner: Scanner, text: string) {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  scanner.noteChanges([{ type: 'childList', target: document.body, addedNodes: [p] as unknown as NodeList } as unknown as MutationRecord]);
}

describe('scanner on a changing page', () => {
  it('asks the background again only when a change brings words the page did not have', async () => {
    document.body.innerHTML = '<p>The orchestra played Brahms in the concert hall on Sunday.</p>';
    const { scanner, asked } = scannerWithBackground();
    await scanner.scan();
    expect(asked).toHaveLength(1);
    append(scanner, 'Brahms, the orchestra, the concert hall.');
    await scanner.scan();
    expect(asked).toHaveLength(1);
    append(scanner, 'Tickets for the violinist sold out.');
    await scanner.scan();
    expect(asked).toHaveLength(2);
    expect(asked[1]).toEqual(expect.arrayContaining(['brahms', 'orchestra', 'violinist', 'tickets']));
    // Only what changed is read: a paragraph the page removes and adds back brings nothing new.
    const last = document.body.lastElementChild!;
    last.remove();
    scanner.noteChanges([{ type: 'childList', target: document.body, addedNodes: [] as unknown as NodeList } as unknown as MutationRecord]);
    await scanner.scan();
    append(scanner, 'Tickets for the violinist sold out.');
    await scanner.scan();
    expect(asked).toHaveLength(2);
  });

  it('highlights the figures of a page that becomes about a stored event through text it adds', async () => {
    document.body.innerHTML = '<p>Live updates from the region will appear below.</p>';
    const { scanner } = scannerWithBackground();
    await scanner.scan();
    expect(scanner.events).toEqual([]);
    for (const line of article.split('\n').filter(Boolean)) append(scanner, line);
    await scanner.scan();
    expect(scanner.events).toEqual([set.event.id]);
    expect(document.querySelectorAll(MARK_SELECTOR).length).toBeGreaterThan(0);
    expect(scanner.figures.map((f) => f.text)).toContain('approximately 55');
  });

  it('reads the whole page again after a reset, not only what changed', async () => {
    document.body.innerHTML = `<p>${article.split('\n')[0]}</p>`;
    const { scanner, asked } = scannerWithBackground();
    await scanner.scan();
    scanner.reset();
    await scanner.scan();
    expect(asked).toHaveLength(2);
    expect(asked[1]).toEqual(asked[0]);
  });

  it('goes straight to matching on a page the gate asked about, and still checks later changes', async () => {
    document.body.innerHTML = article.split('\n').filter(Boolean).map((line) => `<p>${line}</p>`).join('');
    const { scanner, asked, matched, decorated } = scannerWithBackground(true);
    await scanner.scan();
    expect(asked).toEqual([]);
    // The background found the events from the text, and named them with the figures.
    expect(matched).toEqual([null]);
    expect(scanner.events).toEqual([set.event.id]);
    expect(scanner.figures.map((f) => f.text)).toContain('approximately 55');
    // Each highlight is described by the summary that came with its figure.
    expect(decorated).toEqual(scanner.figures.map((f) => f.summary));
    expect(decorated[0]).toMatch(/on this page/);
    // The page's words have been answered for: a change that repeats them asks nothing.
    append(scanner, article.split('\n')[0]);
    await scanner.scan();
    expect(asked).toEqual([]);
    append(scanner, 'Tickets for the violinist sold out.');
    await scanner.scan();
    expect(asked).toHaveLength(1);
    expect(asked[0]).toEqual(expect.arrayContaining(['violinist', 'falluja']));
  });

  it('says when its first scan is over, even one that failed', async () => {
    document.body.innerHTML = '<p>The orchestra played Brahms.</p>';
    let settled = false;
    const scanner = new Scanner(document, {
      lookup: () => Promise.reject(new Error('no background')),
      match: () => Promise.reject(new Error('no background')),
      report() {},
      quietly: (change) => change(),
      decorate() {},
    });
    void scanner.firstScan.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await expect(scanner.scan()).rejects.toThrow('no background');
    await scanner.firstScan;
    expect(settled).toBe(true);
  });
});
