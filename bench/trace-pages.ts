// Where an extension's added main-thread time goes (`npm run bench:trace`): a few loads of some
// pages, traced with the DevTools Protocol in headless Chromium with no extension and with
// Crosscount (every shared event stored), and the page's main-thread events summed bottom-up by
// name (evaluating, compiling or calling a script, named by its file for the extension's own;
// style recalculation; layout; garbage collection...). Printed side by side, with the difference
// per load; bench:pages gives the totals, this the breakdown behind them.
//
//   npm run bench:trace [-- --runs 3] [--build DIR] [URL_PATH ...]      (default: the five seed pages)
//
// --build: another Chrome build of Crosscount to trace (an earlier commit's .output/chrome-mv3),
// for a before-and-after in the same conditions.
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

const { values: options, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, build: { type: 'string', default: CHROME_BUILD } },
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
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as TraceEvent[])));
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
  const crosscount = await launchChromiumWith(options.build, join(scratch, 'crosscount'), proxy.port);
  contexts.push(['Crosscount', crosscount]);
  const worker = crosscount.serviceWorkers()[0] ?? (await crosscount.waitForEvent('serviceworker'));
  const optionsPage = await crosscount.newPage();
  await optionsPage.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  const sets = readdirSync(EVENTS_DIR)
    .filter((e) => existsSync(join(EVENTS_DIR, e, 'pages')))
    .map((e) => readEventFolder(join(EVENTS_DIR, e)))
    .map(({ event, articles }) => buildClaimSet(event, articles));
  await optionsPage.evaluate(async (all: unknown[]) => {
    for (const json of all) await chrome.runtime.sendMessage({ type: 'import', json });
  }, sets);
  await optionsPage.close();

  const sums = new Map<string, Map<string, number>>();
  for (const [name, context] of contexts) {
    await traceLoad(context, `${server.origin}${paths[0]}`);
    const total = new Map<string, number>();
    for (const path of paths) {
      for (let r = 0; r < RUNS; r++) {
        for (const [kind, ms] of await traceLoad(context, `${server.origin}${path}`)) total.set(kind, (total.get(kind) ?? 0) + ms);
      }
    }
    sums.set(name, total);
  }
  const loads = paths.length * RUNS;
  const kinds = [...new Set([...sums.values()].flatMap((m) => [...m.keys()]))];
  const mean = (name: string, kind: string) => (sums.get(name)!.get(kind) ?? 0) / loads;
  const rows = kinds
    .map((kind) => ({ kind, plain: mean('plain', kind), crosscount: mean('Crosscount', kind) }))
    .filter((r) => r.kind === 'all tasks' || Math.abs(r.crosscount - r.plain) >= 0.2)
    .sort((a, b) => (a.kind === 'all tasks' ? -1 : b.kind === 'all tasks' ? 1 : b.crosscount - b.plain - (a.crosscount - a.plain)));
  console.log(`Main-thread self time by event, mean of ${loads} loads (${paths.length} pages × ${RUNS}), ms; events that differ by 0.2 ms or more`);
  console.log('| event | plain | Crosscount | added |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.kind} | ${r.plain.toFixed(2)} | ${r.crosscount.toFixed(2)} | ${(r.crosscount - r.plain).toFixed(2)} |`);
} finally {
  for (const [, c] of contexts) await c.close().catch(() => {});
  await server.close();
  await proxy.close();
  rmSync(scratch, { recursive: true, force: true });
}
