// Claim sets and settings in IndexedDB (through idb). The schema is versioned: each entry of
// MIGRATIONS upgrades the database by one version, so a browser holding any older version is
// brought up to date step by step and keeps what it stored.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ClaimSet } from '../../engine/claimset/types';

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

interface Schema extends DBSchema {
  claimSets: { key: string; value: StoredSet };
  /** 'settings' holds the Settings; 'bundledFor' the extension version whose bundled set was stored. */
  meta: { key: string; value: Settings | string };
}

type Upgrade = IDBPTransaction<Schema, StoreNames<Schema>[], 'versionchange'>;

const MIGRATIONS: ((db: IDBPDatabase<Schema>, tx: Upgrade) => void)[] = [
  // 1: claim sets keyed by event id; settings and bookkeeping as key-value records.
  (db) => {
    db.createObjectStore('claimSets', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
];

export const DB_NAME = 'crosscount';
export const DB_VERSION = MIGRATIONS.length;

export class Store {
  private constructor(private readonly db: IDBPDatabase<Schema>) {}

  static async open(name = DB_NAME): Promise<Store> {
    const db = await openDB<Schema>(name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v](db, tx);
      },
    });
    return new Store(db);
  }

  sets(): Promise<StoredSet[]> {
    return this.db.getAll('claimSets');
  }

  async put(set: ClaimSet, bundled: boolean): Promise<void> {
    await this.db.put('claimSets', { id: set.event.id, set, bundled, storedAt: new Date().toISOString() });
  }

  async has(id: string): Promise<boolean> {
    return (await this.db.getKey('claimSets', id)) !== undefined;
  }

  async remove(id: string): Promise<boolean> {
    const tx = this.db.transaction('claimSets', 'readwrite');
    const found = (await tx.store.getKey(id)) !== undefined;
    if (found) await tx.store.delete(id);
    await tx.done;
    return found;
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
