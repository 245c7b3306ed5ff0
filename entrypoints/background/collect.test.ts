// Collecting, through the background's handlers, on a real store (fake-indexeddb) with the real
// builder, from articles read out of the labelled event pages by the collect script's own code.
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import bundledJson from '../../assets/claims/fallujah-convoys-2016.json';
import { documentFromHtml } from '../../cli/html-document';
import { builderInput } from '../../collect/collection';
import type { PageArticle } from '../../collect/article';
import { readArticle } from '../../collect/read-article';
import { zip } from '../../collect/zip';
import type { ChangeResponse, CollectedEventListing, CollectResponse, EventChoice, ExportedEvent } from '../../components/collect-messages';
import type { ImportResponse, LookupResponse } from '../../components/messages';
import { buildClaimSet } from '../../engine/claimset/build';
import { claimSetJson } from '../../engine/claimset/serialize';
import { validateClaimSet } from '../../engine/claimset/validate';
import { createHandlers, type Sender } from './handlers';
import { Store } from './store';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = join(ROOT, '../shared/events/las-vegas-shooting-2017/pages');
const bundled = (() => {
  const result = validateClaimSet(bundledJson);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
})();

function articleOf(file: string): PageArticle {
  const url = `http://127.0.0.1:8000/events/las-vegas-shooting-2017/pages/${file}`;
  const result = readArticle(documentFromHtml(readFileSync(join(PAGES, file), 'utf8'), url), url);
  if (!result.ok) throw new Error(result.message);
  return result.article;
}
const [AV_CLUB, SLATE, GUARDIAN, DAILY_NEWS] = ['01-av-club.html', '02-slate.html', '03-the-guardian.html', '04-ny-daily-news.html'].map(articleOf);

const fromPopup: Sender = { extensionPage: true };
let opened: Store[] = [];
let n = 0;
function setup() {
  const name = `collect-test-${++n}`;
  const refreshTabs = vi.fn();
  const open = async () => {
    const s = await Store.open(name);
    opened.push(s);
    return s;
  };
  const { handle } = createHandlers({ store: open, bundled, version: '1.0.0', setBadge: () => {}, loadReader: async () => null, tabPage: async () => null, refreshTab: async () => {}, refreshTabs });
  const send = <T>(request: Parameters<typeof handle>[0]) => handle(request, fromPopup) as Promise<T>;
  /** Everything stored about collected events and claim sets, to show that a refusal changed nothing. */
  const stored = async () => {
    // The first message of a new store stores the bundled set: that is not a change made here.
    await send({ type: 'list' });
    const s = await open();
    const events = await s.collectedEvents();
    const articles = (await Promise.all(events.map((e) => s.articlesOf(e.id)))).flat();
    return { events, articles, sets: await s.sets(), terms: await s.eventTerms() };
  };
  return { handle, send, refreshTabs, open, stored };
}
afterEach(() => {
  for (const s of opened) s.close();
  opened = [];
});

const VEGAS = 'Route 91 shooting';

async function collectThree(send: ReturnType<typeof setup>['send']) {
  const first = await send<CollectResponse>({ type: 'collect', article: AV_CLUB, to: { title: VEGAS } });
  if (!first.ok) throw new Error(first.message);
  for (const article of [SLATE, GUARDIAN]) {
    const next = await send<CollectResponse>({ type: 'collect', article, to: { event: first.event.id } });
    if (!next.ok) throw new Error(next.message);
  }
  return first.event.id;
}

describe('collecting articles into an event', () => {
  it('adds three articles to a new event, rebuilding its claim set with the command line\'s builder each time', async () => {
    const { send, refreshTabs, open } = setup();
    const first = await send<CollectResponse>({ type: 'collect', article: AV_CLUB, to: { title: VEGAS } });
    expect(first).toMatchObject({ ok: true, event: { id: 'route-91-shooting', title: VEGAS }, mayMissFigures: false });
    expect(refreshTabs).toHaveBeenCalledTimes(1);
    const second = await send<CollectResponse>({ type: 'collect', article: SLATE, to: { event: 'route-91-shooting' } });
    const third = await send<CollectResponse>({ type: 'collect', article: GUARDIAN, to: { event: 'route-91-shooting' } });
    if (!second.ok || !third.ok) throw new Error('not added');

    // Another new event of the same title gets an id of its own.
    expect(await send<CollectResponse>({ type: 'collect', article: DAILY_NEWS, to: { title: VEGAS } })).toMatchObject({ ok: true, event: { id: 'route-91-shooting-2' } });

    const s = await open();
    const event = (await s.collectedEvent('route-91-shooting'))!;
    const articles = await s.articlesOf(event.id);
    expect(articles.map((a) => [a.id, a.outlet])).toEqual([
      ['01-the-a-v-club', 'The A.V. Club'],
      ['02-slate', 'Slate'],
      ['03-the-guardian', 'The Guardian'],
    ]);
    const input = builderInput(event, articles);
    const set = (await s.get(event.id))!.set;
    expect(claimSetJson(set)).toBe(claimSetJson(buildClaimSet(input.event, input.articles)));
    expect(third.summary).toEqual({ articles: 3, figures: set.claims.length, disputed: set.groups.filter((g) => g.verdict === 'conflict').length });
    expect(third.summary.figures).toBeGreaterThan(10);
    // Nothing of a page but its article's text and metadata is kept.
    expect(Object.keys(articles[0]).sort()).toEqual(['addedAt', 'eventId', 'id', 'language', 'number', 'outlet', 'published', 'text', 'title', 'url']);
  });

  it('finds the new event from a fourth page of the story, and proposes it first when collecting that page', async () => {
    const { send, handle } = setup();
    const id = await collectThree(send);
    const other = await send<CollectResponse>({ type: 'collect', article: articleOf('../../camp-fire-paradise-2018/pages/01-latimes.html'), to: { title: 'Camp Fire' } });
    expect(other.ok).toBe(true);
    const page = { url: 'https://www.nydailynews.com/x', tabId: 3, extensionPage: false };
    const lookup = (await handle({ type: 'lookup', terms: [], words: DAILY_NEWS.text }, page)) as LookupResponse;
    expect(lookup.events).toContain(id);
    const { events } = await send<{ events: EventChoice[] }>({ type: 'collect-choices', text: DAILY_NEWS.text });
    expect(events.map((e) => [e.id, e.related, e.articles])).toEqual([
      [id, true, 3],
      ['camp-fire', false, 1],
    ]);
  });

  it('exports the event as a folder and a .zip from which `crosscount build` writes the same claim set, byte for byte', async () => {
    const { send, open } = setup();
    const id = await collectThree(send);
    const exported = (await send<ExportedEvent>({ type: 'export-event', event: id }))!;
    expect(exported.files.map((f) => f.name)).toEqual(['sources.json', '01-the-a-v-club.txt', '02-slate.txt', '03-the-guardian.txt']);
    const stored = claimSetJson((await (await open()).get(id))!.set);

    const dir = mkdtempSync(join(tmpdir(), 'crosscount-export-'));
    for (const file of exported.files) writeFileSync(join(dir, file.name), file.text);
    const archive = join(dir, `${id}.zip`);
    const encoder = new TextEncoder();
    writeFileSync(archive, zip(exported.files.map((f) => ({ name: `${exported.folder}/${f.name}`, data: encoder.encode(f.text) }))));
    try {
      for (const input of [dir, archive]) {
        const r = spawnSync('node', [join(ROOT, 'cli/crosscount.mjs'), 'build', input], { encoding: 'utf8' });
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(stored);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('removes an article and rebuilds without it; removing the last article removes the event', async () => {
    const { send, open, refreshTabs } = setup();
    const id = await collectThree(send);
    refreshTabs.mockClear();
    const removed = await send<ChangeResponse>({ type: 'remove-article', event: id, article: '02-slate' });
    expect(removed).toMatchObject({ ok: true, summary: { articles: 2 } });
    expect(refreshTabs).toHaveBeenCalledTimes(1);
    const set = (await (await open()).get(id))!.set;
    expect(set.sources.map((s) => s.outlet)).toEqual(['The A.V. Club', 'The Guardian']);
    expect(set.claims.every((c) => c.source !== '02-slate')).toBe(true);

    // A new article never takes a removed one's number.
    const again = await send<CollectResponse>({ type: 'collect', article: SLATE, to: { event: id } });
    expect(again.ok).toBe(true);
    expect((await (await open()).articlesOf(id)).map((a) => a.id)).toEqual(['01-the-a-v-club', '03-the-guardian', '04-slate']);

    for (const article of ['01-the-a-v-club', '03-the-guardian']) await send({ type: 'remove-article', event: id, article });
    expect(await send<ChangeResponse>({ type: 'remove-article', event: id, article: '04-slate' })).toEqual({ ok: true, summary: null });
    const s = await open();
    expect(await s.collectedEvent(id)).toBeUndefined();
    expect(await s.get(id)).toBeUndefined();
  });

  it('renames an event: its claim set carries the new title, under the same id', async () => {
    const { send, open } = setup();
    const id = await collectThree(send);
    expect(await send<ChangeResponse>({ type: 'rename-event', event: id, title: '  Las Vegas,   1 October  ' })).toMatchObject({ ok: true });
    expect((await (await open()).get(id))!.set.event).toEqual({ id, title: 'Las Vegas, 1 October' });
    expect(await send<ChangeResponse>({ type: 'rename-event', event: id, title: '   ' })).toMatchObject({ ok: false });
  });

  it('lists each event with its articles: outlet, title, date and figures found', async () => {
    const { send } = setup();
    const id = await collectThree(send);
    const [listed] = await send<CollectedEventListing[]>({ type: 'collected' });
    expect(listed.id).toBe(id);
    expect(listed.articles.map((a) => [a.outlet, a.published])).toEqual([
      ['The A.V. Club', '2017-10-02'],
      ['Slate', '2017-10-02'],
      ['The Guardian', '2017-10-02'],
    ]);
    expect(listed.articles.reduce((sum, a) => sum + a.figures, 0)).toBe(listed.summary.figures);
    expect(listed.articles.every((a) => a.figures > 0)).toBe(true);
  });

  it('deletes an event with its articles, like any claim set', async () => {
    const { send, handle, open } = setup();
    const id = await collectThree(send);
    expect(await handle({ type: 'remove', id }, fromPopup)).toEqual({ removed: true });
    expect(await (await open()).articlesOf(id)).toEqual([]);
    expect(await send({ type: 'collected' })).toEqual([]);
  });
});

describe('bad input', () => {
  it('does not add the same article twice: same canonical address, or the same text elsewhere', async () => {
    const { send, stored } = setup();
    const id = await collectThree(send);
    const before = await stored();
    const sameUrl = await send<CollectResponse>({ type: 'collect', article: { ...SLATE, text: `${SLATE.text}\n\nUpdated.` }, to: { event: id } });
    expect(sameUrl).toEqual({ ok: false, message: 'This article is already in “Route 91 shooting” (Slate, “More Than 58 Killed and 500 Injured in Mass Shooting at Las Vegas Music Festival, Deadliest in U.S. History”), so it was not added again.' });
    const sameText = await send<CollectResponse>({ type: 'collect', article: { ...SLATE, url: 'https://syndicated.example/slate-copy' }, to: { event: id } });
    expect(sameText).toMatchObject({ ok: false, message: expect.stringMatching(/^An article with the same text is already in/) });
    expect(await stored()).toEqual(before);
  });

  it('refuses an article over the size limit and an empty one, storing nothing', async () => {
    const { send, stored } = setup();
    const before = await stored();
    const long = await send<CollectResponse>({ type: 'collect', article: { ...SLATE, text: 'x'.repeat(100_001) }, to: { title: 'Long' } });
    expect(long).toMatchObject({ ok: false, message: expect.stringContaining('100,000-character limit') });
    expect(await send<CollectResponse>({ type: 'collect', article: { ...SLATE, text: '  ' }, to: { title: 'Empty' } })).toMatchObject({ ok: false, message: expect.stringMatching(/^No article/) });
    expect(await send<CollectResponse>({ type: 'collect', article: { ...SLATE, url: 'javascript:alert(1)' }, to: { title: 'Bad' } })).toMatchObject({ ok: false });
    expect(await stored()).toEqual(before);
  });

  it('accepts a page in another language and says figures may be missed', async () => {
    const { send } = setup();
    const url = 'https://www.lemonde.fr/pixels/article/2015/05/04/loi.html';
    const page = readArticle(documentFromHtml(readFileSync(join(ROOT, '../shared/corpus/pages/lemonde-1.html'), 'utf8'), url), url);
    if (!page.ok) throw new Error(page.message);
    expect(await send<CollectResponse>({ type: 'collect', article: page.article, to: { title: 'Loi sur le renseignement' } })).toMatchObject({ ok: true, mayMissFigures: true });
  });

  it('keeps the previous claim set, and does not add the article, when the rebuild fails', async () => {
    const { send, stored } = setup();
    const id = await collectThree(send);
    const before = await stored();
    // A figure in a sentence longer than a claim set may hold: the rebuilt set fails validation.
    const runOn = `${'and the crowd kept running '.repeat(200)}while 59 people died`;
    const result = await send<CollectResponse>({ type: 'collect', article: { ...DAILY_NEWS, text: `Headline\n\n${runOn}.` }, to: { event: id } });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^The claim set could not be rebuilt \(.*sentence.*\); the previous one is kept/) });
    expect(await stored()).toEqual(before);
  });

  it('takes no collecting message from a web page', async () => {
    const { handle, stored } = setup();
    const before = await stored();
    const page: Sender = { url: 'https://evil.example/', tabId: 4, extensionPage: false };
    expect(await handle({ type: 'collect', article: SLATE, to: { title: 'Forged' } }, page)).toBeNull();
    expect(await handle({ type: 'collected' }, page)).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('refuses to import a claim set over an event being collected', async () => {
    const { send, handle, open } = setup();
    const id = await collectThree(send);
    const set = (await (await open()).get(id))!.set;
    const result = (await handle({ type: 'import', json: { ...set, event: { ...set.event, title: 'Imported' } } }, fromPopup)) as ImportResponse;
    expect(result.ok).toBe(false);
    expect((await (await open()).get(id))!.set.event.title).toBe(VEGAS);
  });
});
