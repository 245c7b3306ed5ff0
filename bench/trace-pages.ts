// Where an extension's added main-thread time goes (`npm run bench:trace`): a few loads of some
// pages, traced with the DevTools Protocol in headless Chromium with no extension and with
// Crosscount (every shared event stored), and the page's main-thread events summed bottom-up by
// name (evaluating, compiling or calling a script, named by its file for the extension's own;
// style recalculation; layout; garbage collection...). Printed side by side, with the difference
// per load; bench:pages gives the totals, this the breakdown behind them.
//
//   npm run bench:trace [-- --runs 3] [--build DIR ...] [--reference NAME ...] [URL_PATH ...]
//                                                                     (default: the five seed pages)
//
// --build: a Chrome build of Crosscount to trace (default .output/chrome-mv3); given more than
// once, each is a column (an earlier commit's build beside this one: a before-and-after in the
// same conditions). --reference: one of bench:pages' reference extensions as a column too (the
// floor a change is measured against). The browsers take turns load by load, so a machine that
// slows down mid-run slows every column alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { readEventFolder } from '../cli/read-articles';
import { buildClaimSet } from '../engine/claimset/build';
import { CHROME_BUILD, launchChromiumWith } from '../tests/e2e/support/browsers';
import { EVENTS_DIR, startPageServer, startRecordingProxy } from '../tests/e2e/support/server';
import { readdirSync, existsSync } from 'node:fs';
import type { ExtensionPage } from './page-loads';
import { writeReferenceExtensions } from './reference-extensions';

const { values: options, positionals } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    build: { type: 'string', multiple: true, default: [CHROME_BUILD] },
    reference: { type: 'string', multiple: true, default: [] },
  },
  allowPositionals: true,
});
const RUNS = Number(options.runs);
const SETTLE_MS = 2000;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: what the thread spent running, which other processes do not inflate. */
  tdur?: number;
  tid: number;
  pid: number;
  cat: string;
  args?: { data?: { url?: string; frame?: string }; name?: string };
}

/** An event's name, with the script's file for the script events (the lead's reading and the reader told
 *  apart from the page's own scripts). */
function nameOf(e: TraceEvent): string {
  const url = e.args?.data?.url;
  if (url === undefined || !/^(EvaluateScript|FunctionCall|v8\.compile|v8\.compileModule|v8\.run)$/.test(e.name)) return e.name;
  return `${e.name} (${url.startsWith('chrome-extension://') ? url.replace(/^chrome-extension:\/\/[^/]+\//, '') : 'page'})`;
}

/** One load's main-thread time bottom-up: each event's self time (its thread time less its
 *  children's), summed by name; and the whole of the tasks. */
function summarise(events: TraceEvent[]): Map<string, number> {
  const main = events.find((e) => e.name === 'thread_name' && (e.args?.name ?? '') === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  const totals = new Map<string, number>();
  if (!main) return totals;
  const complete = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const time = (e: TraceEvent) => e.tdur ?? e.dur!;
  const open: { e: TraceEvent; children: number }[] = [];
  const close = (until: number) => {
    while (open.length && open[open.length - 1].e.ts + open[open.length - 1].e.dur! <= until) {
      const { e, children } = open.pop()!;
      const name = nameOf(e);
      totals.set(name, (totals.get(name) ?? 0) + Math.max(0, time(e) - children) / 1000);
      if (open.length) open[open.length - 1].children += time(e);
      else totals.set('all tasks', (totals.get('all tasks') ?? 0) + time(e) / 1000);
    }
  };
  for (const e of complete) {
    close(e.ts);
    open.push({ e, children: 0 });
  }
  close(Infinity);
  return totals;
}

async function traceLoad(context: BrowserContext, url: string): Promise<Map<string, number>> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', '__metadata'] },
    });
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    await cdp.send('Tracing.end');
    await done;
    return summarise(events);
  } finally {
    await page.close();
  }
}

const proxy = await startRecordingProxy();
const server = await startPageServer();
const scratch = mkdtempSync(join(tmpdir(), 'crosscount-trace-'));
const paths = positionals.length
  ? positionals
  : ['000_9aaf815737494a8d', '001_bde91b57947e7335', '002_171e2be1fd12ec4f', '003_75002a39a95e88fe', '004_fe9da18e060a0d97'].map((n) => `/seeds/pages/${n}.html`);
const contexts: [string, BrowserContext][] = [];
try {
  contexts.push(['plain', await launchChromiumWith(null, join(scratch, 'plain'), proxy.port)]);
  const sets = readdirSync(EVENTS_DIR)
    .filter((e) => existsSync(join(EVENTS_DIR, e, 'pages')))
    .map((e) => readEventFolder(join(EVENTS_DIR, e)))
    .map(({ event, articles }) => buildClaimSet(event, articles));
  for (const [i, build] of options.build.entries()) {
    const name = options.build.length === 1 ? 'Crosscount' : `Crosscount ${i + 1}`;
    const crosscount = await launchChromiumWith(build, join(scratch, `crosscount-${i}`), proxy.port);
    contexts.push([name, crosscount]);
    const worker = crosscount.serviceWorkers()[0] ?? (await crosscount.waitForEvent('serviceworker'));
    const optionsPage = await crosscount.newPage();
    await optionsPage.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await optionsPage.evaluate(async (all: unknown[]) => {
      for (const json of all) await (globalThis as unknown as ExtensionPage).chrome.runtime.sendMessage({ type: 'import', json });
    }, sets);
    await optionsPage.close();
  }
  const references = writeReferenceExtensions(join(scratch, 'references'));
  for (const name of options.reference) {
    const folder = references.get(name);
    if (!folder) throw new Error(`No reference extension "${name}"; there are: ${[...references.keys()].join(', ')}`);
    contexts.push([name, await launchChromiumWith(folder, join(scratch, `reference-${folder.replace(/\W+/g, '-')}`), proxy.port)]);
  }

  const sums = new Map<string, Map<string, number>>(contexts.map(([name]) => [name, new Map()]));
  // A first load in each browser compiles what a reader's browser compiled long ago.
  for (const [, context] of contexts) await traceLoad(context, `${server.origin}${paths[0]}`);
  for (let r = 0; r < RUNS; r++) {
    for (const path of paths) {
      for (const [name, context] of contexts) {
        const total = sums.get(name)!;
        for (const [kind, ms] of await traceLoad(context, `${server.origin}${path}`)) total.set(kind, (total.get(kind) ?? 0) + ms);
      }
    }
  }
  const loads = paths.length * RUNS;
  const columns = contexts.map(([name]) => name).filter((name) => name !== 'plain');
  const kinds = [...new Set([...sums.values()].flatMap((m) => [...m.keys()]))];
  const mean = (name: string, kind: string) => (sums.get(name)!.get(kind) ?? 0) / loads;
  const added = (name: string, kind: string) => mean(name, kind) - mean('plain', kind);
  const rows = kinds
    .filter((kind) => kind === 'all tasks' || columns.some((name) => Math.abs(added(name, kind)) >= 0.2))
    .sort((a, b) => (a === 'all tasks' ? -1 : b === 'all tasks' ? 1 : added(columns[0], b) - added(columns[0], a)));
  console.log(`Main-thread self time by event, mean of ${loads} loads (${paths.length} pages × ${RUNS}), ms; events that differ by 0.2 ms or more; added = minus plain`);
  if (options.build.length > 1) options.build.forEach((build, i) => console.log(`Crosscount ${i + 1}: ${build}`));
  console.log(`| event | plain | ${columns.map((name) => `${name} | added`).join(' | ')} |`);
  console.log(`|---|---:|${columns.map(() => '---:|---:').join('|')}|`);
  for (const kind of rows) {
    const cells = columns.map((name) => `${mean(name, kind).toFixed(2)} | ${added(name, kind).toFixed(2)}`);
    console.log(`| ${kind} | ${mean('plain', kind).toFixed(2)} | ${cells.join(' | ')} |`);
  }
} finally {
  for (const [, c] of contexts) await c.close().catch(() => {});
  await server.close();
  await proxy.close();
  rmSync(scratch, { recursive: true, force: true });
}
