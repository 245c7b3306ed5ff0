import { describe, expect, it, vi } from 'vitest';
import type { LeadResult } from '../lead';
import type { GateResponse } from '../../components/messages';
import { createPageWatch } from './page-watch';

const ARTICLE = 'Avalanche buries Oldtown ski lodge. '.repeat(20);

/** A page watch over fake browser calls: `leads` is what each read of the lead returns, in turn. */
function setup(leads: (LeadResult | Error)[], answer: (words: string) => GateResponse = (words) => ({ enabled: true, reading: words.includes('Avalanche') })) {
  const timers: (() => void)[] = [];
  const readLead = vi.fn(async (_tabId: number) => {
    const next = leads.shift() ?? { words: '' };
    if (next instanceof Error) throw next;
    return next;
  });
  const check = vi.fn(async (words: string, _tab: { tabId: number; url: string }) => answer(words));
  const watch = createPageWatch({ readLead, check, setTimer: (run) => void timers.push(run) });
  const runTimers = () => timers.splice(0).forEach((run) => run());
  return { watch, readLead, check, runTimers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const URL_A = 'https://news.example/a';

describe('pages read from the background', () => {
  it('reads a page\'s lead once it has loaded, and asks about it once', async () => {
    const { watch, readLead, check } = setup([{ words: ARTICLE }]);
    watch.updated(1, { status: 'loading', url: URL_A }, { url: URL_A, status: 'loading' });
    expect(readLead).not.toHaveBeenCalled();
    watch.updated(1, { status: 'complete' }, { url: URL_A, status: 'complete' });
    await settle();
    expect(readLead).toHaveBeenCalledExactlyOnceWith(1);
    expect(check).toHaveBeenCalledExactlyOnceWith(ARTICLE, { tabId: 1, url: URL_A });
  });

  it('leaves a page whose reader is on it to the reader, until the tab loads another page', async () => {
    const { watch, readLead } = setup([{ words: ARTICLE }, { words: ARTICLE }]);
    watch.updated(1, { status: 'complete' }, { url: URL_A, status: 'complete' });
    await settle();
    expect(await watch.pageOf(1, { url: URL_A, status: 'complete' })).toMatchObject({ scans: 1, reader: true });
    watch.updated(1, { title: 'Avalanche: the toll rises' }, { url: URL_A, status: 'complete' });
    await settle();
    expect(readLead).toHaveBeenCalledTimes(1);
    watch.updated(1, { status: 'loading', url: 'https://news.example/b' }, { status: 'loading' });
    watch.updated(1, { status: 'complete' }, { url: 'https://news.example/b', status: 'complete' });
    await settle();
    expect(readLead).toHaveBeenCalledTimes(2);
  });

  it("reads a loaded page again when a single-page app changes its address or title, asking only about new words", async () => {
    const recipe = 'A recipe for bread with flour and water. '.repeat(20);
    const { watch, readLead, check } = setup([{ words: recipe }, { words: recipe }, { words: ARTICLE }]);
    watch.updated(1, { status: 'complete' }, { url: URL_A, status: 'complete' });
    await settle();
    watch.updated(1, { title: 'Bread' }, { url: URL_A, status: 'complete' });
    await settle();
    expect(readLead).toHaveBeenCalledTimes(2);
    expect(check).toHaveBeenCalledTimes(1);
    watch.updated(1, { url: 'https://news.example/avalanche' }, { status: 'complete' });
    await settle();
    expect(check).toHaveBeenCalledTimes(2);
    expect(check).toHaveBeenLastCalledWith(ARTICLE, { tabId: 1, url: 'https://news.example/avalanche' });
  });

  it('reads a page whose lead was thin when it loaded once more, later', async () => {
    const { watch, readLead, check, runTimers } = setup([{ words: 'Loading…' }, { words: ARTICLE }]);
    watch.updated(1, { status: 'complete' }, { url: URL_A, status: 'complete' });
    await settle();
    expect(check).toHaveBeenCalledExactlyOnceWith('Loading…', expect.anything());
    runTimers();
    await settle();
    expect(readLead).toHaveBeenCalledTimes(2);
    expect(check).toHaveBeenLastCalledWith(ARTICLE, expect.anything());
    runTimers();
    await settle();
    expect(readLead).toHaveBeenCalledTimes(2);
  });

  it('ignores pages that are not on the web, and pages the browser keeps scripts out of', async () => {
    const { watch, readLead, check } = setup([new Error('Cannot access contents of the page')]);
    watch.updated(1, { status: 'complete' }, { url: 'chrome://settings/', status: 'complete' });
    await settle();
    expect(readLead).not.toHaveBeenCalled();
    watch.updated(2, { status: 'complete' }, { url: 'https://store.example/', status: 'complete' });
    await settle();
    expect(check).not.toHaveBeenCalled();
    expect(await watch.pageOf(2, { url: 'https://store.example/', status: 'complete' })).toMatchObject({ scans: 1, reader: false, problems: [] });
  });

  it('tells the popup about a page the reader is not on, reading a loaded one first when not read yet', async () => {
    const { watch, readLead } = setup([{ problem: 'TypeError: x is not a function' }], () => ({ enabled: false, reading: false }));
    expect(await watch.pageOf(4, { url: URL_A, status: 'loading' })).toMatchObject({ scans: 0 });
    expect(readLead).not.toHaveBeenCalled();
    const page = await watch.pageOf(4, { url: URL_A, status: 'complete' });
    expect(readLead).toHaveBeenCalledOnce();
    expect(page).toEqual({ url: URL_A, enabled: true, scans: 1, reader: false, problems: ['TypeError: x is not a function'], figures: [] });
    expect(await watch.pageOf(4, { url: 'about:blank', status: 'complete' })).toBe(null);
  });

  it('keeps only the last few errors of a page whose every read fails', async () => {
    const { watch } = setup(Array.from({ length: 12 }, (_, i) => ({ problem: `Error: ${i}` })));
    for (let i = 0; i < 12; i++) {
      watch.updated(1, i === 0 ? { status: 'complete' } : { title: `Title ${i}` }, { url: URL_A, status: 'complete' });
      await settle();
    }
    const page = await watch.pageOf(1, { url: URL_A, status: 'complete' });
    expect(page?.scans).toBe(12);
    expect(page?.problems).toEqual(Array.from({ length: 10 }, (_, i) => `Error: ${i + 2}`));
  });

  it('reads a page again from the start when asked to (the stored sets or settings changed)', async () => {
    const { watch, check } = setup([{ words: ARTICLE }, { words: ARTICLE }], () => ({ enabled: false, reading: false }));
    watch.updated(1, { status: 'complete' }, { url: URL_A, status: 'complete' });
    await settle();
    await watch.refresh(1, URL_A);
    expect(check).toHaveBeenCalledTimes(2);
    expect(await watch.pageOf(1, { url: URL_A, status: 'complete' })).toMatchObject({ enabled: false, scans: 1 });
  });

  it('forgets a closed tab, and an answer that arrives after its page was left', async () => {
    let answer!: (r: GateResponse) => void;
    const { watch, check, readLead } = setup([{ words: ARTICLE }]);
    check.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    watch.updated(1, { status: 'complete' }, { url: URL_A, status: 'complete' });
    await settle();
    watch.updated(1, { status: 'loading', url: 'https://news.example/b' }, { status: 'loading' });
    answer({ enabled: true, reading: true });
    await settle();
    const b = { url: 'https://news.example/b', status: 'complete' };
    // (The default answer to this lead brings in no reader.)
    expect(await watch.pageOf(1, b)).toMatchObject({ scans: 1, reader: false });
    watch.removed(1);
    await watch.pageOf(1, b);
    expect(readLead).toHaveBeenCalledTimes(3);
  });
});
