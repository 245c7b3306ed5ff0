import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import bundledJson from '../../assets/claims/fallujah-convoys-2016.json';
import type { ClaimSet } from '../../engine/claimset/types';
import { validateClaimSet } from '../../engine/claimset/validate';
import { eventNames } from '../../engine/match/relevance';
import type { LookupResponse } from '../../components/messages';
import { createHandlers } from './handlers';
import { DB_VERSION, MIGRATIONS, Store, upgradeTo, type Settings, type StoredSet } from './store';

const bundled = (() => {
  const result = validateClaimSet(bundledJson);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
})();

// Other events with words of their own, so a page about one of them matches it alone.
const variant = (id: string, terms: string[]): ClaimSet => ({ ...bundled, event: { ...bundled.event, id, title: `Event ${id}` }, terms });
const FLOOD_TERMS = ['brahmaputra', 'monsoon', 'embankment', 'sirajganj', 'villages', 'flooding'];
const flood = variant('flood-2020', FLOOD_TERMS);
const quake = variant('quake-2023', ['kahramanmaras', 'earthquake', 'aftershock', 'rubble', 'hatay', 'magnitude']);
const FLOOD_PAGE = 'Monsoon flooding on the Brahmaputra breached an embankment near Sirajganj and swept through villages.';

// Records as version 1 wrote them (Store.put at version 1), oldest first.
const V1_SETS: StoredSet[] = [
  { id: bundled.event.id, set: bundled, bundled: true, storedAt: '2024-01-02T03:04:05.000Z' },
  { id: flood.event.id, set: flood, bundled: false, storedAt: '2024-02-03T04:05:06.000Z' },
  { id: quake.event.id, set: quake, bundled: false, storedAt: '2024-03-04T05:06:07.000Z' },
];
const V1_SETTINGS: Settings = { enabled: false, disabledSites: ['a.example', 'b.example'] };
const V1_BUNDLED_FOR = '0.0.9';

let n = 0;
const fresh = () => `store-test-${++n}`;

let opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened) db.close();
  opened = [];
});
async function open(name: string): Promise<Store> {
  const store = await Store.open(name);
  opened.push(store);
  return store;
}

/** A database at version 1, built by the real migration 1 and filled the way version 1 filled it. */
async function writeVersion1(name: string, bundledFor = V1_BUNDLED_FOR): Promise<void> {
  const db = await openDB(name, 1, { upgrade: upgradeTo(1) });
  expect([...db.objectStoreNames].sort()).toEqual(['claimSets', 'meta']);
  for (const stored of V1_SETS) await db.put('claimSets', stored);
  await db.put('meta', V1_SETTINGS, 'settings');
  await db.put('meta', bundledFor, 'bundledFor');
  db.close();
}

/** A database at version 2, built by the real migrations 1 and 2 from what version 1 wrote. */
async function writeVersion2(name: string): Promise<void> {
  await writeVersion1(name);
  const db = await openDB(name, 2, { upgrade: upgradeTo(2) });
  expect([...db.objectStoreNames].sort()).toEqual(['claimSets', 'eventTerms', 'meta']);
  db.close();
}

/** Everything the database holds, read without Store (which would upgrade it). */
async function snapshot(name: string) {
  const db = await openDB(name);
  const stores = [...db.objectStoreNames].sort();
  const contents: Record<string, { keys: unknown[]; values: unknown[] }> = {};
  for (const store of stores) contents[store] = { keys: await db.getAllKeys(store), values: await db.getAll(store) };
  const version = db.version;
  db.close();
  return { version, stores, contents };
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('store schema', () => {
  it('upgrades a store written by schema version 1 and finds every claim set intact', async () => {
    const name = fresh();
    await writeVersion1(name);
    expect((await snapshot(name)).version).toBe(1);

    const store = await open(name);
    expect(byId(await store.sets())).toEqual(byId(V1_SETS));
    for (const stored of V1_SETS) expect(await store.get(stored.id)).toEqual(stored);
    expect(await store.settings()).toEqual(V1_SETTINGS);
    expect(await store.bundledFor()).toBe(V1_BUNDLED_FOR);
    expect(byId(await store.eventTerms())).toEqual(byId(V1_SETS.map(({ id, set }) => ({ id, terms: set.terms, names: eventNames(set) }))));
    store.close();

    const after = await snapshot(name);
    expect(after.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(3);
    expect(after.stores).toEqual(['articles', 'claimSets', 'collectedEvents', 'eventTerms', 'meta']);
  });

  it('upgrades a store written by schema version 2: every set, term and setting intact, no collected event yet', async () => {
    const name = fresh();
    await writeVersion2(name);
    const before = await snapshot(name);
    expect(before.version).toBe(2);

    const store = await open(name);
    expect(byId(await store.sets())).toEqual(byId(V1_SETS));
    expect(await store.settings()).toEqual(V1_SETTINGS);
    expect(await store.bundledFor()).toBe(V1_BUNDLED_FOR);
    expect(await store.eventTerms()).toEqual(before.contents.eventTerms.values);
    expect(await store.collectedEvents()).toEqual([]);
    expect(await store.articlesOf(flood.event.id)).toEqual([]);
    store.close();
    const after = await snapshot(name);
    expect(after.version).toBe(3);
    for (const kept of before.stores) expect(after.contents[kept], kept).toEqual(before.contents[kept]);
  });

  it('leaves a version 2 store as it was when migration 3 fails', async () => {
    const name = fresh();
    await writeVersion2(name);
    const before = await snapshot(name);
    const real = MIGRATIONS[2];
    const broken = new Error('migration 3 failed after creating its stores');
    MIGRATIONS[2] = (db, tx) => {
      real(db, tx);
      throw broken;
    };
    try {
      await expect(Store.open(name)).rejects.toBe(broken);
    } finally {
      MIGRATIONS[2] = real;
    }
    expect(await snapshot(name)).toEqual(before);
    const store = await open(name);
    expect(await store.collectedEvents()).toEqual([]);
  });

  it('upgrades an empty version 1 store to an empty terms store', async () => {
    const name = fresh();
    (await openDB(name, 1, { upgrade: upgradeTo(1) })).close();
    const store = await open(name);
    expect(await store.eventTerms()).toEqual([]);
    expect(await store.sets()).toEqual([]);
  });

  it('leaves a version 1 store as it was when a migration fails, and upgrades it on the next open', async () => {
    const name = fresh();
    await writeVersion1(name);
    const before = await snapshot(name);
    const real = MIGRATIONS[1];
    const broken = new Error('migration 2 failed after its backfill');
    MIGRATIONS[1] = async (db, tx) => {
      await real(db, tx);
      throw broken;
    };
    try {
      await expect(Store.open(name)).rejects.toBe(broken);
    } finally {
      MIGRATIONS[1] = real;
    }
    expect(await snapshot(name)).toEqual(before);

    const store = await open(name);
    expect(byId(await store.eventTerms()).map((t) => t.id)).toEqual(byId(V1_SETS).map((s) => s.id));
  });

  it('opens a store already at the current version without running a migration or changing anything', async () => {
    const name = fresh();
    const first = await open(name);
    await first.put(bundled, true);
    await first.put(flood, false);
    await first.saveSettings(V1_SETTINGS);
    await first.setBundledFor('1.2.3');
    first.close();
    // A terms record the backfill would overwrite: it survives only if no migration runs.
    const raw = await openDB(name);
    await raw.put('eventTerms', { id: flood.event.id, terms: ['untouched'] });
    raw.close();
    const before = await snapshot(name);
    expect(before.version).toBe(DB_VERSION);

    const spies = MIGRATIONS.map((_, i) => vi.spyOn(MIGRATIONS, i));
    try {
      const again = await open(name);
      expect(await again.settings()).toEqual(V1_SETTINGS);
      again.close();
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(await snapshot(name)).toEqual(before);
  });
});

describe('store writes', () => {
  it('keeps event terms in step with the claim sets on put and remove', async () => {
    const store = await open(fresh());
    await store.put(bundled, true);
    await store.put(flood, false);
    await store.put(quake, false);
    expect(byId(await store.eventTerms())).toEqual(byId([bundled, flood, quake].map((s) => ({ id: s.event.id, terms: s.terms, names: eventNames(s) }))));

    // Replacing a set replaces its terms.
    const renamed = variant(flood.event.id, ['jamuna', 'cyclone', 'deluge']);
    await store.put(renamed, false);
    expect(await store.get(flood.event.id)).toMatchObject({ id: flood.event.id, set: renamed, bundled: false });
    expect((await store.eventTerms()).find((t) => t.id === flood.event.id)).toEqual({ id: flood.event.id, terms: renamed.terms, names: eventNames(renamed) });

    // A removed set leaves neither its claims nor its terms behind.
    expect(await store.remove(quake.event.id)).toBe(true);
    expect(await store.get(quake.event.id)).toBeUndefined();
    expect(await store.has(quake.event.id)).toBe(false);
    expect((await store.sets()).map((s) => s.id).sort()).toEqual([bundled.event.id, flood.event.id].sort());
    expect((await store.eventTerms()).map((t) => t.id).sort()).toEqual([bundled.event.id, flood.event.id].sort());
    expect(await store.remove(quake.event.id)).toBe(false);
  });
});

describe('collected events', () => {
  const event = { id: flood.event.id, title: flood.event.title, createdAt: '2026-12-02T10:00:00.000Z', nextArticle: 3 };
  const article = (id: string, number: number) => ({
    eventId: event.id, id, number, outlet: id, title: id, url: `https://news.example/${id}`, published: '', language: 'en', text: FLOOD_PAGE, addedAt: '2026-12-02T10:00:00.000Z',
  });

  it('stores an event, its articles and its set together, and removes them together', async () => {
    const store = await open(fresh());
    await store.put(quake, false);
    await store.saveCollected(event, flood, { put: [article('01-a', 1), article('02-b', 2)] });
    expect(await store.collectedEvent(event.id)).toEqual(event);
    expect((await store.articlesOf(event.id)).map((a) => a.id)).toEqual(['01-a', '02-b']);
    expect((await store.get(event.id))?.set).toEqual(flood);
    expect((await store.eventTerms()).map((t) => t.id).sort()).toEqual([flood.event.id, quake.event.id].sort());

    await store.saveCollected({ ...event, nextArticle: 4 }, variant(event.id, ['jamuna']), { put: [article('03-c', 3)], remove: ['01-a'] });
    expect((await store.articlesOf(event.id)).map((a) => a.id)).toEqual(['02-b', '03-c']);
    expect((await store.eventTerms()).find((t) => t.id === event.id)?.terms).toEqual(['jamuna']);

    expect(await store.remove(event.id)).toBe(true);
    expect(await store.collectedEvents()).toEqual([]);
    expect(await store.articlesOf(event.id)).toEqual([]);
    expect((await store.sets()).map((s) => s.id)).toEqual([quake.event.id]);
  });
});

describe('background on an upgraded store', () => {
  it('serves pages from the sets a version 1 store held', async () => {
    const name = fresh();
    // The version whose bundled set is stored, so the handlers store nothing before answering:
    // whatever a page gets comes from what version 1 wrote.
    await writeVersion1(name, '1.0.0');
    const reenabled = await open(name);
    await reenabled.saveSettings({ enabled: true, disabledSites: [] });
    reenabled.close();

    const { handle } = createHandlers({ store: () => open(name), bundled, version: '1.0.0', setBadge: () => {}, loadReader: async () => null, tabPage: async () => null, refreshTab: async () => {}, refreshTabs: () => {} });
    const page = { url: 'https://news.example/flood', tabId: 1, extensionPage: false };
    const floodAnswer = (await handle({ type: 'lookup', terms: [], words: FLOOD_PAGE }, page)) as LookupResponse;
    expect(floodAnswer.enabled).toBe(true);
    expect(floodAnswer.events).toEqual([flood.event.id]);

    const fallujah = 'Coalition airstrikes hit ISIS convoys fleeing Fallujah; Iraqi aircraft attacked the convoy of vehicles in Anbar province, destroying fighters.';
    expect(((await handle({ type: 'lookup', terms: [], words: fallujah }, page)) as LookupResponse).events).toEqual([bundled.event.id]);
  });
});
