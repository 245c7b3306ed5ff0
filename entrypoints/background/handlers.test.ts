import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import bundledJson from '../../assets/claims/fallujah-convoys-2016.json';
import type { ClaimSet } from '../../engine/claimset/types';
import { validateClaimSet } from '../../engine/claimset/validate';
import { matchPage } from '../../engine/match/match-page';
import { pageTerms } from '../../engine/match/relevance';
import { summarizeFigure, viewFigure, type FigureView } from '../../components/figure-view';
import { fromJsonText, type BackgroundRequest, type FigureOnPage, type ImportResponse, type ListedSet, type LookupResponse, type MatchResponse, type PageFiguresResponse, type TabPageResponse } from '../../components/messages';
import { createHandlers, type Sender } from './handlers';
import { Store } from './store';

const bundled = (() => {
  const result = validateClaimSet(bundledJson);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
})();

const fromPage = (url: string, tabId = 7): Sender => ({ url, tabId, extensionPage: false });
const fromOptions: Sender = { extensionPage: true };
const SEED_TEXT = readFileSync(join(import.meta.dirname, '..', '..', 'events', 'fallujah-convoys-2016', '004_fe9da18e060a0d97.txt'), 'utf8');
const ARTICLE = 'Coalition airstrikes hit ISIS convoys fleeing Fallujah; Iraqi aircraft attacked the convoy of vehicles in Anbar province, destroying fighters.';

let opened: Store[] = [];
let n = 0;
function setup(version = '1.0.0', name = `test-${++n}`) {
  const setBadge = vi.fn();
  const loadReader = vi.fn(async (_tabId: number, _frameId: number): Promise<number | null> => 2);
  const refreshTabs = vi.fn();
  const tabPage = vi.fn(async (_tabId: number): Promise<PageFiguresResponse | null> => null);
  const refreshTab = vi.fn(async (_tabId: number) => {});
  const handlers = createHandlers({
    refreshTabs,
    tabPage,
    refreshTab,
    store: async () => {
      const s = await Store.open(name);
      opened.push(s);
      return s;
    },
    bundled,
    version,
    setBadge,
    loadReader,
  });
  return { ...handlers, setBadge, loadReader, refreshTabs, tabPage, refreshTab, name };
}
afterEach(() => {
  for (const s of opened) s.close();
  opened = [];
});

const other = (id: string): ClaimSet => ({ ...bundled, event: { ...bundled.event, id, title: `Other ${id}` } });

describe('background', () => {
  it('stores the bundled claim set before answering the first lookup', async () => {
    const { handle } = setup();
    const answer = (await handle({ type: 'lookup', terms: pageTerms(ARTICLE), words: '' }, fromPage('https://news.example/a'))) as LookupResponse;
    expect(answer.enabled).toBe(true);
    expect(answer.events).toEqual([bundled.event.id]);
  });

  it('names no event to a page about something else', async () => {
    const { handle } = setup();
    const answer = (await handle({ type: 'lookup', terms: pageTerms('A recipe for bread with flour and water'), words: '' }, fromPage('https://food.example/'))) as LookupResponse;
    expect(answer.events).toEqual([]);
  });

  it('loads the reader into the frame of a page about a stored event, and nowhere else', async () => {
    const { checkPage, loadReader, setBadge } = setup();
    const frame = { ...fromPage('https://news.example/a', 7), frameId: 3 };
    expect(await checkPage('A recipe for bread with flour and water', frame)).toEqual({ enabled: true, reading: false });
    expect(loadReader).not.toHaveBeenCalled();
    expect(await checkPage(ARTICLE, frame)).toEqual({ enabled: true, reading: true });
    expect(loadReader).toHaveBeenCalledExactlyOnceWith(7, 3);
    // The reader's first scan found two conflicts: they go on the tab's badge.
    expect(setBadge).toHaveBeenCalledExactlyOnceWith(7, 2);
  });

  it('answers that no reader is on a page when the browser refuses to load one', async () => {
    const { checkPage, loadReader } = setup();
    loadReader.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await checkPage(ARTICLE, fromPage('https://news.example/a'))).toEqual({ enabled: true, reading: false });
  });

  it('loads no reader where Crosscount is turned off', async () => {
    const { handle, checkPage, loadReader } = setup();
    await handle({ type: 'set-site', site: 'news.example', enabled: false }, fromOptions);
    expect(await checkPage(ARTICLE, fromPage('https://news.example/a'))).toEqual({ enabled: false, reading: false });
    expect(loadReader).not.toHaveBeenCalled();
  });

  it('tells only the extension\'s own pages about a tab, and reads a tab again only for them', async () => {
    const { handle, tabPage, refreshTab } = setup();
    expect(await handle({ type: 'tab-page', tabId: 3 }, fromPage('https://news.example/a'))).toBe(null);
    expect(await handle({ type: 'refresh-tab', tabId: 3 }, fromPage('https://news.example/a'))).toBe(null);
    expect(tabPage).not.toHaveBeenCalled();
    expect(refreshTab).not.toHaveBeenCalled();
    await handle({ type: 'tab-page', tabId: 3 }, fromOptions);
    await handle({ type: 'refresh-tab', tabId: 3 }, fromOptions);
    expect(tabPage).toHaveBeenCalledExactlyOnceWith(3);
    expect(refreshTab).toHaveBeenCalledExactlyOnceWith(3);
  });

  it('rejects a bad file with errors and keeps every stored set', async () => {
    const { handle } = setup();
    const before = (await handle({ type: 'list' }, fromOptions)) as ListedSet[];
    const result = (await handle({ type: 'import', json: { format: 'nope' } }, fromOptions)) as ImportResponse;
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.errors.length).toBeGreaterThan(0);
    expect(await handle({ type: 'list' }, fromOptions)).toEqual(before);
  });

  it('imports, removes and restores claim sets', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'import', json: other('flood-2020') }, fromOptions)).toMatchObject({ ok: true, id: 'flood-2020', replaced: false });
    const ids = async () => ((await handle({ type: 'list' }, fromOptions)) as ListedSet[]).map((l) => l.set.event.id).sort();
    expect(await ids()).toEqual([bundled.event.id, 'flood-2020'].sort());
    await handle({ type: 'remove', id: bundled.event.id }, fromOptions);
    expect(await ids()).toEqual(['flood-2020']);
    await handle({ type: 'restore-bundled' }, fromOptions);
    expect(await ids()).toEqual([bundled.event.id, 'flood-2020'].sort());
  });

  it('keeps a removed bundled set removed until the next version', async () => {
    const first = setup('1.0.0');
    await first.handle({ type: 'remove', id: bundled.event.id }, fromOptions);
    const restarted = setup('1.0.0', first.name);
    expect(await restarted.handle({ type: 'list' }, fromOptions)).toEqual([]);
    const updated = setup('1.1.0', first.name);
    expect(((await updated.handle({ type: 'list' }, fromOptions)) as ListedSet[]).map((l) => l.bundled)).toEqual([true]);
  });

  it('answers lookups with nothing when turned off everywhere or for the site', async () => {
    const { handle } = setup();
    const terms = pageTerms(ARTICLE);
    await handle({ type: 'set-site', site: 'news.example', enabled: false }, fromOptions);
    expect(await handle({ type: 'lookup', terms, words: '' }, fromPage('https://news.example/a'))).toEqual({ enabled: false, events: [] });
    expect(((await handle({ type: 'lookup', terms, words: '' }, fromPage('https://other.example/a'))) as LookupResponse).enabled).toBe(true);
    await handle({ type: 'set-enabled', enabled: false }, fromOptions);
    expect(((await handle({ type: 'lookup', terms, words: '' }, fromPage('https://other.example/a'))) as LookupResponse).enabled).toBe(false);
  });

  it("matches a page's text against the stored events it names, and nothing where turned off", async () => {
    const { handle } = setup();
    const request: BackgroundRequest = { type: 'match', text: SEED_TEXT, url: 'https://news.example/a', events: [bundled.event.id] };
    const answer = (await handle(request, fromPage('https://news.example/a'))) as MatchResponse;
    expect(answer.enabled).toBe(true);
    const figures = fromJsonText(answer.figures);
    expect(figures.map((f) => f.text)).toContain('approximately 55');
    expect(figures.every((f) => f.eventId === bundled.event.id && SEED_TEXT.slice(f.start, f.end) === f.text)).toBe(true);
    // An event not stored (removed since the page asked) matches nothing.
    expect(await handle({ ...request, events: ['removed-event'] }, fromPage('https://news.example/a'))).toEqual({ enabled: true, figures: '[]', events: null });
    await handle({ type: 'set-site', site: 'news.example', enabled: false }, fromOptions);
    expect(await handle(request, fromPage('https://news.example/a'))).toEqual({ enabled: false, figures: '[]', events: null });
  });

  it("finds the events from the text itself when the reader's first scan names none, and names them", async () => {
    const { handle } = setup();
    const first = (await handle({ type: 'match', text: SEED_TEXT, url: 'https://news.example/a', events: null }, fromPage('https://news.example/a'))) as MatchResponse;
    expect(fromJsonText(first.figures).map((f) => f.text)).toContain('approximately 55');
    expect(first.events).toEqual([bundled.event.id]);
    const unrelated = { type: 'match', text: 'A recipe for bread with flour and water: 500 grams of flour.', url: 'https://food.example/', events: null } as const;
    expect(await handle(unrelated, fromPage('https://food.example/'))).toEqual({ enabled: true, figures: '[]', events: [] });
  });

  it('sends each figure with its summary, and its view when asked, built from the claims it names', async () => {
    const { handle } = setup();
    const page = fromPage('https://news.example/a');
    const answer = (await handle({ type: 'match', text: SEED_TEXT, url: page.url!, events: null }, page)) as MatchResponse;
    const figures: FigureOnPage[] = fromJsonText(answer.figures);
    const disputed = figures.find((f) => f.verdict === 'conflict')!;
    expect(disputed.summary).toBe(summarizeFigure(disputed, [bundled]));
    const views = (await handle({ type: 'views', figures: [disputed, figures[0]] }, page)) as FigureView[];
    expect(views).toEqual([viewFigure(disputed, [bundled]), viewFigure(figures[0], [bundled])]);
    expect(views[0].competitors.map((c) => c.claimId).sort()).toEqual([...disputed.competitors].sort());
    // A figure of an event no longer stored has no other outlets to show.
    const [orphan] = (await handle({ type: 'views', figures: [{ ...disputed, eventId: 'removed-event' }] }, page)) as FigureView[];
    expect(orphan.competitors).toEqual([]);
  });

  it("answers the popup with a tab's page and its figures' views in one message", async () => {
    const { handle, tabPage } = setup();
    const page = fromPage('https://news.example/a');
    const answer = (await handle({ type: 'match', text: SEED_TEXT, url: page.url!, events: null }, page)) as MatchResponse;
    const figures: FigureOnPage[] = fromJsonText(answer.figures);
    const told: PageFiguresResponse = { url: page.url!, enabled: true, scans: 1, reader: true, problems: [], figures };
    tabPage.mockResolvedValueOnce(told);
    const { page: shown, views } = (await handle({ type: 'tab-page', tabId: 7 }, fromOptions)) as TabPageResponse;
    expect(shown).toEqual(told);
    expect(views).toEqual(figures.map((f) => viewFigure(f, [bundled])));
    // A tab with no web page has nothing to show.
    expect(await handle({ type: 'tab-page', tabId: 8 }, fromOptions)).toBeNull();
  });

  it('lets only the extension pages change what is stored', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'remove', id: bundled.event.id }, fromPage('https://evil.example/'))).toBeNull();
    expect(((await handle({ type: 'list' }, fromOptions)) as ListedSet[]).length).toBe(1);
  });

  it('answers lookups from the stored terms, reading only the sets a page matches, once until they change', async () => {
    const { handle } = setup();
    const flood: ClaimSet = { ...other('flood-2020'), terms: ['brahmaputra', 'monsoon', 'embankment', 'sirajganj'] };
    await handle({ type: 'import', json: flood }, fromOptions);
    const sets = vi.spyOn(Store.prototype, 'sets');
    const get = vi.spyOn(Store.prototype, 'get');
    const page = fromPage('https://news.example/a');
    const lookup = async (text: string) => ((await handle({ type: 'lookup', terms: pageTerms(text), words: '' }, page)) as LookupResponse).events;
    const outletsSeen = async () => {
      const figure = matchPage(SEED_TEXT, [bundled], { pageUrl: page.url }).find((f) => f.competitors.length > 0)!;
      const [view] = (await handle({ type: 'views', figures: [figure] }, page)) as FigureView[];
      return view.competitors.map((c) => c.outlet);
    };
    try {
      expect(await lookup(ARTICLE)).toEqual([bundled.event.id]);
      expect(await lookup(ARTICLE)).toEqual([bundled.event.id]);
      expect(await outletsSeen()).not.toContain('Renamed');
      expect(sets).not.toHaveBeenCalled();
      expect(get.mock.calls).toEqual([[bundled.event.id]]);

      // A change is seen by the next lookup: the replaced set is read again, a removed one is gone.
      const renamed = { ...bundled, sources: bundled.sources.map((s) => ({ ...s, outlet: 'Renamed' })) };
      await handle({ type: 'import', json: renamed }, fromOptions);
      expect(await lookup(ARTICLE)).toEqual([bundled.event.id]);
      expect(new Set(await outletsSeen())).toEqual(new Set(['Renamed']));
      await handle({ type: 'remove', id: bundled.event.id }, fromOptions);
      expect(await lookup(ARTICLE)).toEqual([]);
      expect(await lookup('Monsoon floods on the Brahmaputra broke an embankment at Sirajganj.')).toEqual([flood.event.id]);
      expect(sets).not.toHaveBeenCalled();
    } finally {
      sets.mockRestore();
      get.mockRestore();
    }
  });

  it('sets the badge of the tab that reported', async () => {
    const { handle, setBadge } = setup();
    await handle({ type: 'report', conflicts: 3 }, fromPage('https://news.example/a', 42));
    expect(setBadge).toHaveBeenCalledWith(42, 3);
  });
});
