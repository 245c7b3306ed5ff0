// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../page/testing/happy-dom-node-iterator';
import type { ClaimSet } from '../../engine/claimset/types';
import { matchPage } from '../../engine/match/match-page';
import { figureOnPage, viewFigure, type FigureView } from '../../components/figure-view';
import { asJsonText, type FigureOnPage } from '../../components/messages';
import { createPopover, type Popover } from '../../components/popover/popover';
import { wireInteractions } from './interactions';
import { Lifetime } from './lifetime';
import type { ScriptRuntime } from '../../content/runtime';
import { Scanner } from './scanner';

const root = join(import.meta.dirname, '..', '..');
const set: ClaimSet = JSON.parse(readFileSync(join(root, 'assets', 'claims', 'fallujah-convoys-2016.json'), 'utf8'));
const article = readFileSync(join(root, 'events', 'fallujah-convoys-2016', '004_fe9da18e060a0d97.txt'), 'utf8');

/** The seed article, highlighted by a scanner, with interactions whose views arrive only when
 *  the test lets them. */
async function highlightedPage() {
  document.body.innerHTML = article.split('\n').filter(Boolean).map((line) => `<p>${line}</p>`).join('');
  const scanner = new Scanner(document, {
    lookup: async () => ({ enabled: true, events: [set.event.id] }),
    async match(text, pageUrl) {
      const figures = matchPage(text, [set], { pageUrl }).map((f) => figureOnPage(f, [set]));
      return { enabled: true, figures: asJsonText(figures), events: [set.event.id] };
    },
    report() {},
    quietly: (change) => change(),
    decorate() {},
  }, true);
  await scanner.scan();
  const runtime = { id: 'ext', sendMessage: async () => undefined, onMessage: { addListener() {} } } as unknown as ScriptRuntime;
  const asked: { figure: FigureOnPage; answer: (view: FigureView) => void }[] = [];
  const viewOf = (figure: FigureOnPage) => new Promise<FigureView | null>((resolve) => asked.push({ figure, answer: resolve }));
  let popover: Popover | null = null;
  const interactions = wireInteractions(new Lifetime(runtime), document, scanner, viewOf, () => (popover ??= createPopover(document, (anchor, back) => interactions.hidden(anchor, back))));
  const mark = scanner.highlights[0].marks[0];
  const answer = async () => {
    for (const { figure, answer } of asked.splice(0)) answer(viewFigure(figure, [set]));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const focusedInPopover = () => popover?.host.shadowRoot?.activeElement?.className ?? null;
  return { mark, asked, answer, shown: () => popover?.anchor ?? null, focusedInPopover };
}

describe('opening a figure’s popover', () => {
  it('shows the view the background sends for the figure that was clicked', async () => {
    const { mark, asked, answer, shown } = await highlightedPage();
    mark.click();
    expect(asked.map((a) => a.figure.text)).toEqual([mark.textContent]);
    expect(shown()).toBeNull();
    await answer();
    expect(shown()).toBe(mark);
  });

  it('stays closed when the reader closes it before the view arrives', async () => {
    const { mark, answer, shown } = await highlightedPage();
    mark.click();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await answer();
    expect(shown()).toBeNull();
    mark.click();
    document.body.firstElementChild!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await answer();
    expect(shown()).toBeNull();
  });

  it('keeps the pin and the focus of an Enter when the pointer comes to rest on the figure before its view arrives', async () => {
    const { mark, answer, shown, focusedInPopover } = await highlightedPage();
    mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    mark.focus();
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    // Past the hover delay: the hover's opening is asked for while the Enter's still waits.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await answer();
    expect(shown()).toBe(mark);
    expect(focusedInPopover()).toBe('card');
    // Pinned: the pointer leaving does not close it.
    document.body.firstElementChild!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(shown()).toBe(mark);
  });
});
