// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ScriptRuntime } from '../../content/runtime';
import { watch as watchWith } from './watch';

/** The gate over WXT's in-memory browser: the same calls the real runtime answers. */
const watch = () => watchWith(fakeBrowser.runtime as unknown as ScriptRuntime);

/** Lets the gate's pending work run: its message, the page's mutation records, its timers. */
const settle = () => vi.advanceTimersByTimeAsync(3000);

function addParagraph(text: string) {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
}

describe('the gate on a page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    // A new body for each test: the gates of earlier tests still watch theirs.
    document.body.replaceWith(document.createElement('body'));
    document.body.innerHTML = '<p>The orchestra played Brahms in the concert hall on Sunday.</p>';
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("asks the background about the page's lead, and again only when the page adds new words to it", async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ enabled: true, reading: false });
    watch();
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    // The first question carries the page's words whole: the background splits them.
    expect(send.mock.calls[0][0]).toEqual({ type: 'gate', terms: [], words: 'The orchestra played Brahms in the concert hall on Sunday.' });
    addParagraph('Brahms, the orchestra.');
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    addParagraph('Tickets for the violinist sold out.');
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
    // A later one, every term the page has shown.
    expect(send.mock.calls[1][0]).toEqual({ type: 'gate', terms: expect.arrayContaining(['orchestra', 'brahms', 'violinist']), words: '' });
  });

  it("reads only the page's lead: words added past its first paragraphs are not asked about, a new headline is", async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ enabled: true, reading: false });
    document.body.innerHTML = Array.from({ length: 12 }, () => `<p>${'The orchestra played Brahms in the concert hall. '.repeat(6)}</p>`).join('');
    watch();
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    addParagraph('Tickets for the violinist sold out.');
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    const headline = document.createElement('h1');
    headline.textContent = 'Violinist cancels tour';
    document.body.prepend(headline);
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1][0]).toEqual({ type: 'gate', terms: expect.arrayContaining(['violinist', 'cancels']), words: '' });
  });

  it('leaves the page once the background has loaded the reader', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ enabled: true, reading: true });
    watch();
    await settle();
    addParagraph('Tickets for the violinist sold out.');
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('stops watching the page when the extension is gone (updated, disabled or removed)', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    watch();
    await settle();
    addParagraph('Tickets for the violinist sold out.');
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps watching after a failed message while the extension is still there', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection.'));
    send.mockResolvedValue({ enabled: true, reading: false });
    watch();
    await settle();
    addParagraph('Tickets for the violinist sold out.');
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("answers the popup's question about the page through sendResponse", async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ enabled: true, reading: false });
    watch();
    await settle();
    const sendResponse = vi.fn();
    // The browsers pass sendResponse as the listener's third argument; WXT's type leaves it out.
    const deliver = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const [kept] = await deliver({ type: 'page-figures' }, {}, sendResponse);
    expect(kept).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledOnce());
    expect(sendResponse.mock.calls[0][0]).toMatchObject({ enabled: true, scans: 1, reader: false, figures: [] });
    // Not a question for the gate: no answer is promised.
    expect(await deliver({ type: 'gate', terms: [], words: '' }, {}, sendResponse)).toEqual([undefined]);
  });
});
