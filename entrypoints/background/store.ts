// Claim sets and settings in IndexedDB (through idb). The schema is versioned: each entry of
// MIGRATIONS upgrades the database by one version, so a browser holding any older version is
// brought up to date step by step and keeps what it stored.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ClaimSet } from '../../engine/claimset/types';
import type { CollectedArticle, CollectedEvent } from '../../collect/collection';
import { eventNames } from '../../engine/match/relevance';

export interface StoredSet {
  /** The event id: one stored set per event, so importing an event again replaces it. */
  id: string;
  set: ClaimSet;
  /** True for the set shipped with the extension. */
  bundled: boolean;
  storedAt: string;
}

export interface Settings {
  /** Off everywhere when false. */
  enabled: boolean;
  /** Host names where Crosscount is off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

export interface EventTerms {
  /** The event id, as in StoredSet. */
  id: string;
  /** The claim set's terms, unchanged. */
  terms: string[];
  /** Those of them that name something (eventNames): the gate wants one of them on a page. */
  names: string[];
}

const termsOf = (set: ClaimSet): EventTerms => ({ id: set.event.id, terms: set.terms, names: eventNames(set) });

export interface StoreSchema extends DBSchema {
  claimSets: { key: string; value: StoredSet };
  /** 'settings' holds the Settings; 'bundledFor' the extension version whose bundled set was stored. */
  meta: { key: string; value: Settings | string };
  /** Each stored set's terms apart from its claims, so the term index is built without reading every claim. */
  eventTerms: { key: string; value: EventTerms };
  /** Events the reader collects articles for; each has its claim set in claimSets under the same id. */
  collectedEvents: { key: string; value: CollectedEvent };
  /** The collected articles (text and metadata, never a page's HTML), keyed by [eventId, id]. */
  articles: { key: [string, string]; value: CollectedArticle; indexes: { event: string } };
}

type Upgrade = IDBPTransaction<StoreSchema, StoreNames<StoreSchema>[], 'versionchange'>;

/**
 * Entry v - 1 upgrades version v - 1 to version v. A migration may be async, but it must await
 * only requests of `tx`: the upgrade transaction commits as soon as it has nothing left to do.
 */
export const MIGRATIONS: ((db: IDBPDatabase<StoreSchema>, tx: Upgrade) => void | Promise<void>)[] = [
  // 1: claim sets keyed by event id; settings and bookkeeping as key-value records.
  (db) => {
    db.createObjectStore('claimSets', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
  // 2: event terms in their own store. Building the term index (on every service worker start)
  // then reads a few words per event instead of deserialising every claim set. The sets already
  // stored get theirs here, in the upgrade transaction, so no reader ever sees a set without terms.
  async (db, tx) => {
    const terms = db.createObjectStore('eventTerms', { keyPath: 'id' });
    for (let cursor = await tx.objectStore('claimSets').openCursor(); cursor; cursor = await cursor.continue()) {
      await terms.put(termsOf(cursor.value.set));
    }
  },
  // 3: the events a reader collects articles for, and those articles, beside the claim sets
  // built from them (which stay in claimSets, so pages are matched against them as against any).
  (db) => {
    db.createObjectStore('collectedEvents', { keyPath: 'id' });
    db.createObjectStore('articles', { keyPath: ['eventId', 'id'] }).createIndex('event', 'eventId');
  },
];

export const DB_NAME = 'crosscount';
export const DB_VERSION = MIGRATIONS.length;

/**
 * The upgrade callback for openDB that brings a database from the version it holds to `version`,
 * one migration after the other. idb calls it synchronously, so each migration starts inside the
 * upgradeneeded event and an async one holds the next back until it is done. A migration that
 * fails aborts the whole upgrade: the database stays at its old version with everything it held,
 * rather than at the new version half migrated. `failed` receives the reason, which the aborted
 * open would otherwise hide behind an AbortError.
 */
export function upgradeTo(version: number, failed: (error: unknown) => void = () => {}) {
  return (db: IDBPDatabase<StoreSchema>, oldVersion: number, _newVersion: number | null, tx: Upgrade): void => {
    const from = (v: number): void | Promise<void> => {
      for (; v < version; v++) {
        const pending = MIGRATIONS[v](db, tx);
        if (pending) return pending.then(() => from(v + 1));
      }
    };
    const abort = (error: unknown) => {
      failed(error);
      // The failed open reports it; tx.done would reject a second time with no one listening.
      tx.done.catch(() => {});
      try {
        tx.abort();
      } catch {
        // Already finished or aborted: the open fails or succeeds on its own.
      }
    };
    try {
      void from(oldVersion)?.catch(abort);
    } catch (error) {
      abort(error);
    }
  };
}

export class Store {
  private constructor(private readonly db: IDBPDatabase<StoreSchema>) {}

  static async open(name = DB_NAME): Promise<Store> {
    let failure: unknown;
    try {
      return new Store(await openDB<StoreSchema>(name, DB_VERSION, { upgrade: upgradeTo(DB_VERSION, (error) => (failure = error)) }));
    } catch (error) {
      throw failure ?? error;
    }
  }

  sets(): Promise<StoredSet[]> {
    return this.db.getAll('claimSets');
  }

  /** Every stored set's terms, without its claims. */
  eventTerms(): Promise<EventTerms[]> {
    return this.db.getAll('eventTerms');
  }

  get(id: string): Promise<StoredSet | undefined> {
    return this.db.get('claimSets', id);
  }

  // A set and its terms are written and deleted in one transaction, so the terms never name a set
  // that is gone nor miss one that is stored.
  async put(set: ClaimSet, bundled: boolean): Promise<void> {
    const tx = this.db.transaction(['claimSets', 'eventTerms'], 'readwrite');
    await Promise.all([
      tx.objectStore('claimSets').put({ id: set.event.id, set, bundled, storedAt: new Date().toISOString() }),
      tx.objectStore('eventTerms').put(termsOf(set)),
      tx.done,
    ]);
  }

  async has(id: string): Promise<boolean> {
    return (await this.db.getKey('claimSets', id)) !== undefined;
  }

  /** Removes a claim set, and the collected event it was built from with its articles. */
  async remove(id: string): Promise<boolean> {
    const tx = this.db.transaction(['claimSets', 'eventTerms', 'collectedEvents', 'articles'], 'readwrite');
    const sets = tx.objectStore('claimSets');
    const found = (await sets.getKey(id)) !== undefined;
    const articles = await tx.objectStore('articles').index('event').getAllKeys(id);
    await Promise.all([
      sets.delete(id),
      tx.objectStore('eventTerms').delete(id),
      tx.objectStore('collectedEvents').delete(id),
      ...articles.map((key) => tx.objectStore('articles').delete(key)),
      tx.done,
    ]);
    return found;
  }

  collectedEvents(): Promise<CollectedEvent[]> {
    return this.db.getAll('collectedEvents');
  }

  collectedEvent(id: string): Promise<CollectedEvent | undefined> {
    return this.db.get('collectedEvents', id);
  }

  articlesOf(eventId: string): Promise<CollectedArticle[]> {
    return this.db.getAllFromIndex('articles', 'event', eventId);
  }

  /**
   * A collected event after a change: its record, the articles added and removed, and the claim
   * set rebuilt from the articles it now has, in one transaction, so the set is never out of step
   * with its articles and a failure leaves the previous state whole.
   */
  async saveCollected(event: CollectedEvent, set: ClaimSet, changes: { put?: CollectedArticle[]; remove?: string[] }): Promise<void> {
    const tx = this.db.transaction(['claimSets', 'eventTerms', 'collectedEvents', 'articles'], 'readwrite');
    const articles = tx.objectStore('articles');
    await Promise.all([
      tx.objectStore('collectedEvents').put(event),
      ...(changes.put ?? []).map((article) => articles.put(article)),
      ...(changes.remove ?? []).map((id) => articles.delete([event.id, id])),
      tx.objectStore('claimSets').put({ id: set.event.id, set, bundled: false, storedAt: new Date().toISOString() }),
      tx.objectStore('eventTerms').put(termsOf(set)),
      tx.done,
    ]);
  }

  async settings(): Promise<Settings> {
    return { ...DEFAULT_SETTINGS, ...((await this.db.get('meta', 'settings')) as Settings | undefined) };
  }

  async saveSettings(settings: Settings): Promise<void> {
    await this.db.put('meta', settings, 'settings');
  }

  async bundledFor(): Promise<string | undefined> {
    return (await this.db.get('meta', 'bundledFor')) as string | undefined;
  }

  async setBundledFor(version: string): Promise<void> {
    await this.db.put('meta', version, 'bundledFor');
  }

  close(): void {
    this.db.close();
  }
}
