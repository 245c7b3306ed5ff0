// The reference extensions bench:pages measures Crosscount against (bench/reference-extensions.ts)
// are floors only if they do what they are said to: a highlighting floor that marked nothing
// would cost a page less than any real highlighter and make Crosscount look worse than it is.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NUMBER as NUMBER_SOURCE, REFERENCES, writeReferenceExtensions } from '../../bench/reference-extensions';
import { launchChromiumWith } from './support/browsers';
import { startPageServer, startRecordingProxy, type PageServer, type RecordingProxy } from './support/server';

const SEED_PAGE = '/seeds/pages/000_9aaf815737494a8d.html';
const NUMBER = new RegExp(`^${NUMBER_SOURCE}$`);

describe('the reference extensions that highlight, in Chromium', () => {
  let scratch: string;
  let references: Map<string, string>;
  let server: PageServer;
  let proxy: RecordingProxy;
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'crosscount-references-'));
    references = writeReferenceExtensions(join(scratch, 'extensions'));
    server = await startPageServer();
    proxy = await startRecordingProxy();
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** The texts of the <mark>s the reference leaves on the seed page, once it has marked any. */
  async function marksLeftBy(name: string): Promise<string[]> {
    const folder = references.get(name)!;
    const context = await launchChromiumWith(folder, join(scratch, `profile-${basename(folder)}`), proxy.port);
    try {
      // A background must be running before the load, or it may miss the load's completion.
      if (REFERENCES.find((ref) => ref.name === name)?.background && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
      const page = await context.newPage();
      await page.goto(`${server.origin}${SEED_PAGE}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('mark') !== null, undefined, { timeout: 10_000 });
      return await page.evaluate(() => Array.from(document.querySelectorAll('mark'), (mark) => mark.textContent ?? ''));
    } finally {
      await context.close();
    }
  }

  it('injected reader: marks the eight ranges its background answers, the text\'s first eight numbers', async () => {
    const marks = await marksLeftBy('injected reader');
    expect(marks).toHaveLength(8);
    for (const text of marks) expect(text).toMatch(NUMBER);
  });

  it('injected marker: marks the page\'s first number', async () => {
    const marks = await marksLeftBy('injected marker');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatch(NUMBER);
  });

  it('naive: marks every number', async () => {
    const marks = await marksLeftBy('naive');
    expect(marks.length).toBeGreaterThan(8);
    for (const text of marks) expect(text).toMatch(NUMBER);
  });
});
