// Growth: the content script's cost as the store fills up. Claim sets of 1, 100 and 1,000
// events (the bundled one plus synthetic ones of about 90 claims each, in wire-copy wording)
// are imported through the extension's own store, then unrelated corpus pages and a seed page
// are loaded and the content script's own time read, as in content-script-bench.ts. Also the
// page's JS heap (the content script shares the page's isolate) after the seed page settles.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClaimSet } from '../engine/claimset/build';
import { launchChromium } from '../tests/e2e/support/browsers';
import { TIMINGS_ON } from './page-loads';
import { CORPUS_DIR, startPageServer, startRecordingProxy } from '../tests/e2e/support/server';
import { median } from './content-script-bench';
import { settle, type ExtensionPage } from './page-loads';
import { syntheticEvent } from './synthetic-events';

const COUNTS = (process.env.BENCH_EVENTS ?? '1,100,1000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const PAGES = 12;
const QUIET_AFTER_IMPORT_MS = 5000;
const SCRIPT_TIME = `performance.getEntriesByName('crosscount:task').reduce((s, t) => s + t.duration, 0)`;

const server = await startPageServer({ crossOriginIsolated: true });
const corpus = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort().slice(0, PAGES);
const seed = `${server.origin}/seed/004_fe9da18e060a0d97.html`;
const synthetic = Array.from({ length: Math.max(...COUNTS) - 1 }, (_, i) => {
  const e = syntheticEvent(5000 + i);
  return buildClaimSet(e.event, e.articles);
});

const rows: { events: number; unrelated: number; seedPage: number; heapMB: number; importSeconds: number }[] = [];
for (const events of COUNTS) {
  const proxy = await startRecordingProxy();
  const browser = await launchChromium(proxy.port);
  await browser.page.addInitScript(TIMINGS_ON);
  try {
    const options = await browser.openExtensionPage('options.html');
    const t0 = performance.now();
    for (let i = 0; i < events - 1; i += 50) {
      const batch = synthetic.slice(i, Math.min(i + 50, events - 1));
      await options.evaluate(async (sets: unknown[]) => {
        for (const json of sets) await (globalThis as unknown as ExtensionPage).chrome.runtime.sendMessage({ type: 'import', json });
      }, batch);
    }
    const importSeconds = (performance.now() - t0) / 1000;
    // Left out of the measured loads: the browser's own work after a large import (IndexedDB
    // compacts its files for a while) and the first compile of the scripts, as in the main
    // benchmark.
    await browser.page.goto(`${server.origin}/corpus/${corpus[0]}`);
    await new Promise((done) => setTimeout(done, QUIET_AFTER_IMPORT_MS));
    const unrelated: number[] = [];
    for (const page of corpus) {
      const times: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        await browser.page.goto(`${server.origin}/corpus/${page}`);
        await settle();
        times.push(await browser.page.evaluate(new Function(`return ${SCRIPT_TIME}`) as () => number));
      }
      unrelated.push(median(times));
    }
    const seedTimes: number[] = [];
    let heap = 0;
    for (let r = 0; r < RUNS; r++) {
      await browser.page.goto(seed);
      await browser.page.waitFor(() => document.querySelector('mark.crosscount-mark'));
      await settle();
      seedTimes.push(await browser.page.evaluate(new Function(`return ${SCRIPT_TIME}`) as () => number));
      heap = await browser.page.evaluate(new Function('return performance.memory ? performance.memory.usedJSHeapSize : 0') as () => number);
    }
    rows.push({ events, unrelated: median(unrelated), seedPage: median(seedTimes), heapMB: heap / 1e6, importSeconds });
    process.stderr.write(`${events} events done\n`);
  } finally {
    await browser.close();
    await proxy.close();
  }
}
await server.close();

const base = rows[0];
const table = [
  `Content script as the store grows (headless Chromium, ${RUNS} loads per page; unrelated = median over ${PAGES} corpus pages).`,
  '',
  '| events stored | unrelated page, ms | × 1 event | seed page, ms | × 1 event | page JS heap, MB | import time, s |',
  '|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.events} | ${r.unrelated.toFixed(2)} | ${(r.unrelated / base.unrelated).toFixed(2)}× | ${r.seedPage.toFixed(2)} | ${(r.seedPage / base.seedPage).toFixed(2)}× | ${r.heapMB.toFixed(1)} | ${r.importSeconds.toFixed(1)} |`),
].join('\n');
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', 'growth.json'), JSON.stringify({ date: new Date().toISOString(), runs: RUNS, rows }, null, 1) + '\n');
writeFileSync(join(import.meta.dirname, 'results', 'growth.md'), table + '\n');
console.log(table);
