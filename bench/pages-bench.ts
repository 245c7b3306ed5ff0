// The main-thread time an extension adds to a page load, measured from outside the page as the
// browser counts it (`npm run bench:pages`): headless Debian Chromium, each page loaded in a
// fresh tab of a browser with no extension, of one with each reference extension
// (reference-extensions.ts) and of one with Crosscount, the browsers taking turns. Per load,
// Chrome DevTools Protocol Performance.getMetrics once the page has gone quiet: TaskDuration,
// ScriptDuration, LayoutDuration and RecalcStyleDuration. Per page, the median over its loads;
// an extension's added time is its median minus the plain browser's. Reported per page set: the
// median and 90th percentile over pages, and ratios to do-nothing and walk-only.
//
// Page sets: `../shared/corpus/pages` (about no stored event) and the rendered pages of
// `../shared/events/*` and `../shared/seeds` (about a stored event: Crosscount has every one of
// those events stored, the seed as its bundled set). With `--growth N`, one more browser has
// Crosscount with N events stored (the others synthetic), to see what a full store costs.
//
// Beside them, as diagnostics: Crosscount's own in-page timings (its `crosscount:task` measures:
// the sum, and its longest task), read in the same browser with the timings turned on (a variant
// of its own, so that what they cost is seen too), and how many figures it highlighted. Last, the popup's time to
// its list over the seed pages, beside the one-message popup's (popup-bench.ts).
//
//   npm run bench:pages [-- --runs 3] [--corpus 32] [--event-pages 3] [--sets corpus,events] [--growth 1000] [--clock wall|thread]
//                       [--references "pulled lead gate,injected reader"] [--popup false]
//
// --event-pages: how many of each shared event's pages (the seed's five are always loaded).
// --references: the reference extensions to load besides do-nothing and walk-only (the ratios'
// bases, always loaded); all by default. Fewer browsers give more loads per page in the same
// time, for a question about a few of them. --popup false leaves out the popups.
//
// Writes bench/results/pages.json and pages.md. Firefox has no equivalent: its WebDriver BiDi
// gives no task metrics, and it no longer speaks the DevTools Protocol.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { readEventFolder } from '../cli/read-articles';
import { buildClaimSet } from '../engine/claimset/build';
import { CHROME_BUILD, launchChromiumWith } from '../tests/e2e/support/browsers';
import { CORPUS_DIR, EVENTS_DIR, SHARED_SEEDS_DIR, startPageServer, startRecordingProxy } from '../tests/e2e/support/server';
import { median } from './content-script-bench';
import { TIMINGS_ON, type ExtensionPage } from './page-loads';
import { benchPopup, type PopupSample } from './popup-bench';
import { REFERENCES, writeReferenceExtensions, writeReferencePopup } from './reference-extensions';
import { syntheticEvent } from './synthetic-events';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    corpus: { type: 'string', default: '32' },
    sets: { type: 'string', default: 'corpus,events' },
    'event-pages': { type: 'string', default: '3' },
    growth: { type: 'string', default: '0' },
    clock: { type: 'string', default: 'wall' },
    references: { type: 'string' },
    popup: { type: 'string', default: 'true' },
  },
});
const RUNS = Number(options.runs);
const CORPUS_PAGES = Number(options.corpus);
const SETS = new Set(options.sets.split(','));
const EVENT_PAGES = Number(options['event-pages']);
const GROWTH = Number(options.growth);
/** 'wall' (the DevTools default) counts a task's time as it passed; 'thread' counts only the time
 *  the main thread was running, which another process sharing the machine does not inflate. */
const CLOCK = options.clock === 'thread' ? 'threadTicks' : 'timeTicks';
const RATIO_BASES = ['do-nothing', 'walk-only'];
const REFERENCES_LOADED = options.references === undefined ? null : new Set([...RATIO_BASES, ...options.references.split(',').map((name) => name.trim())]);
const POPUP = options.popup !== 'false';

/** How long after the load event a page is left before its metrics are read: the content
 *  scripts run at idle, and a gate's re-check of a changing page waits half a second. A fixed
 *  time rather than a wait for quiet: reading the metrics is itself a task of about a
 *  millisecond, so polling for quiet would add to what it measures. */
const SETTLE_MS = 1500;
const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;
type Metric = (typeof METRICS)[number];
type Sample = Record<Metric, number> & { ownScript: number; ownLongest: number; marks: number };

const CROSSCOUNT = 'Crosscount';
const TIMED = `${CROSSCOUNT}, in-page timings on`;
const IN_PAGE = `(() => {
  const tasks = performance.getEntriesByName('crosscount:task');
  return {
    ownScript: tasks.reduce((sum, t) => sum + t.duration, 0),
    ownLongest: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
    marks: document.querySelectorAll('mark.crosscount-mark').length,
  };
})()`;

interface Variant {
  name: string;
  context: BrowserContext;
  /** Whether its pages turn on the content scripts' in-page timings (content/task-timing.ts). */
  timings?: boolean;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function metrics(cdp: CDPSession): Promise<Record<Metric, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return Object.fromEntries(METRICS.map((m) => [m, value(m)])) as Record<Metric, number>;
}

/** Loads url in a fresh tab and reads the metrics once the page has settled. */
async function load(context: BrowserContext, url: string, timings = false): Promise<Sample> {
  const page: Page = await context.newPage();
  try {
    if (timings) await page.addInitScript(TIMINGS_ON);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: CLOCK });
    await page.goto(url, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const final = await metrics(cdp);
    const own = (await page.evaluate(IN_PAGE)) as Pick<Sample, 'ownScript' | 'ownLongest' | 'marks'>;
    return { ...final, ...own };
  } finally {
    await page.close();
  }
}

async function extensionPage(context: BrowserContext, path: string): Promise<Page> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/${path}`);
  return page;
}

/** Stores the claim sets in Crosscount through its own import, as a reader would. */
async function storeEvents(context: BrowserContext, sets: unknown[]): Promise<void> {
  const options = await extensionPage(context, 'options.html');
  for (let i = 0; i < sets.length; i += 50) {
    const failed = await options.evaluate(async (batch: unknown[]) => {
      const errors: string[] = [];
      for (const json of batch) {
        const answer = (await (globalThis as unknown as ExtensionPage).chrome.runtime.sendMessage({ type: 'import', json })) as { ok: boolean; errors?: string[] };
        if (!answer.ok) errors.push(...(answer.errors ?? []));
      }
      return errors;
    }, sets.slice(i, i + 50));
    if (failed.length) throw new Error(`import refused: ${failed.join('; ')}`);
  }
  await options.close();
}

function eventFolders(): string[] {
  return readdirSync(EVENTS_DIR)
    .filter((e) => existsSync(join(EVENTS_DIR, e, 'pages')))
    .sort()
    .map((e) => join(EVENTS_DIR, e));
}

interface PageSet {
  name: string;
  urls: string[];
  /** Reference extensions left out: those worth measuring only on the other set. */
  skipped: string[];
}

const onlyOn = (set: 'corpus' | 'events') => REFERENCES.filter((ref) => ref.only === set).map((ref) => ref.name);

function pageSets(origin: string): PageSet[] {
  const sets: PageSet[] = [];
  if (SETS.has('corpus')) {
    const all = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort();
    // Evenly spread over the corpus, which is sorted by kind of site.
    const step = all.length / Math.min(CORPUS_PAGES, all.length);
    const chosen = Array.from({ length: Math.min(CORPUS_PAGES, all.length) }, (_, i) => all[Math.floor(i * step)]);
    sets.push({ name: `${chosen.length} corpus pages (about no stored event)`, urls: chosen.map((f) => `${origin}/corpus/${encodeURIComponent(f)}`), skipped: onlyOn('events') });
  }
  if (SETS.has('events')) {
    const urls: string[] = [];
    for (const folder of eventFolders()) {
      const event = folder.split('/').pop()!;
      const files = readdirSync(join(folder, 'pages')).filter((f) => f.endsWith('.html')).sort().slice(0, EVENT_PAGES);
      for (const f of files) urls.push(`${origin}/events/${event}/pages/${f}`);
    }
    for (const f of readdirSync(join(SHARED_SEEDS_DIR, 'pages')).filter((f) => f.endsWith('.html')).sort()) urls.push(`${origin}/seeds/pages/${f}`);
    sets.push({ name: `${urls.length} pages about a stored event`, urls, skipped: onlyOn('corpus') });
  }
  return sets;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const ratio = (x: number, y: number) => (y > 0 ? `${(x / y).toFixed(2)}×` : 'n/a');

const proxy = await startRecordingProxy();
const server = await startPageServer();
const scratch = mkdtempSync(join(tmpdir(), 'crosscount-bench-pages-'));
const references = writeReferenceExtensions(join(scratch, 'extensions'));
for (const name of REFERENCES_LOADED ?? []) {
  if (!references.has(name)) throw new Error(`No reference extension "${name}"; there are: ${[...references.keys()].join(', ')}`);
}
const eventSets = eventFolders().map((folder) => {
  const { event, articles } = readEventFolder(folder);
  return buildClaimSet(event, articles);
});

const variants: Variant[] = [];
const launch = async (name: string, extension: string | null) => {
  const context = await launchChromiumWith(extension, join(scratch, `profile-${variants.length}`), proxy.port);
  variants.push({ name, context });
  return context;
};
const results: { set: string; pages: { url: string; samples: Record<string, Sample[]> }[] }[] = [];
try {
  await launch('plain', null);
  for (const [name, folder] of references) if (!REFERENCES_LOADED || REFERENCES_LOADED.has(name)) await launch(name, folder);
  const crosscount = await launch(CROSSCOUNT, CHROME_BUILD);
  await storeEvents(crosscount, eventSets);
  // The same browser with the in-page timings on, for the diagnostics below; measured as a
  // variant of its own, it also shows what the timings cost.
  variants.push({ name: TIMED, context: crosscount, timings: true });
  if (GROWTH > 0) {
    process.stderr.write(`storing ${GROWTH} events...\n`);
    const synthetic = Array.from({ length: Math.max(0, GROWTH - 1 - eventSets.length) }, (_, i) => {
      const e = syntheticEvent(5000 + i);
      return buildClaimSet(e.event, e.articles);
    });
    await storeEvents(await launch(`${CROSSCOUNT}, ${GROWTH} events`, CHROME_BUILD), [...eventSets, ...synthetic]);
  }
  const sets = pageSets(server.origin);
  // Unmeasured: each browser compiles the extension's scripts on its first pages, which a
  // reader's browser did long ago.
  for (const { context } of variants) for (const { urls } of sets) await load(context, urls[0]);

  for (const { name, urls, skipped } of sets) {
    const pages: (typeof results)[number]['pages'] = [];
    const measured = variants.filter((v) => !skipped.includes(v.name));
    for (const [p, url] of urls.entries()) {
      const samples: Record<string, Sample[]> = Object.fromEntries(measured.map((v) => [v.name, []]));
      for (let run = 0; run < RUNS; run++) {
        // The browsers take turns, each starting first as often as the others.
        for (let i = 0; i < measured.length; i++) {
          const v = measured[(i + run + p) % measured.length];
          samples[v.name].push(await load(v.context, url, v.timings));
        }
      }
      pages.push({ url, samples });
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    results.push({ set: name, pages });
  }
} finally {
  for (const { context } of variants) await context.close().catch(() => {});
}
// The popup over the seed pages, in a browser of its own once the others are closed.
const seedPages = readdirSync(join(SHARED_SEEDS_DIR, 'pages')).filter((f) => f.endsWith('.html')).sort();
const popupPages = seedPages.map((f) => ({ name: f, url: `${server.origin}/seeds/pages/${f}`, seed: true }));
let popups: Awaited<ReturnType<typeof benchPopup>> = [];
let referencePopups: typeof popups = [];
try {
  if (POPUP) {
    popups = await benchPopup(popupPages, RUNS);
    referencePopups = await benchPopup(popupPages, RUNS, writeReferencePopup(join(scratch, 'extensions')));
  }
} finally {
  await server.close();
  await proxy.close();
  rmSync(scratch, { recursive: true, force: true });
}

// Per page: the median of each variant's loads minus the plain browser's.
const report: string[] = [
  `# Main-thread time added to a page load (headless Chromium, ${RUNS} loads per page and browser, ${options.clock} clock, ${new Date().toISOString().slice(0, 10)})`,
  '',
];
const summary: Record<string, Record<string, Record<string, { median: number; p90: number }>>> = {};
for (const { set, pages } of results) {
  const perPage = (variant: string, key: keyof Sample) => pages.map(({ samples }) => median(samples[variant].map((s) => s[key])));
  const plain = Object.fromEntries(METRICS.map((m) => [m, perPage('plain', m)])) as Record<Metric, number[]>;
  const added = (variant: string, metric: Metric) => perPage(variant, metric).map((x, i) => x - plain[metric][i]);
  const names = Object.keys(pages[0].samples).filter((n) => n !== 'plain');
  summary[set] = {};
  for (const name of names) {
    summary[set][name] = Object.fromEntries(METRICS.map((m) => [m, { median: median(added(name, m)), p90: quantile(added(name, m), 0.9) }]));
  }
  const task = (n: string) => summary[set][n].TaskDuration.median;
  report.push(
    `## ${set}`,
    '',
    '| extension | task, median | task, p90 | script, median | script, p90 | layout | style | task × do-nothing | task × walk-only |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...names.map((n) => {
      const s = summary[set][n];
      return `| ${n} | ${ms(s.TaskDuration.median)} | ${ms(s.TaskDuration.p90)} | ${ms(s.ScriptDuration.median)} | ${ms(s.ScriptDuration.p90)} | ${ms(s.LayoutDuration.median)} | ${ms(s.RecalcStyleDuration.median)} | ${ratio(task(n), task('do-nothing'))} | ${ratio(task(n), task('walk-only'))} |`;
    }),
    '',
    `Plain load (no extension): task ${ms(median(plain.TaskDuration))} ms, median over pages.`,
  );
  for (const n of names.filter((n) => n === TIMED)) {
    const longest = Math.max(...pages.flatMap(({ samples }) => samples[n].map((s) => s.ownLongest)));
    const highlighted = pages.filter(({ samples }) => median(samples[n].map((s) => s.marks)) > 0).length;
    report.push(
      `${n}, in-page timings: own script ${ms(median(perPage(n, 'ownScript')))} ms (median over pages), longest own task ${ms(longest)} ms over every load; pages with highlights: ${highlighted} of ${pages.length}.`,
    );
  }
  report.push('');
}
const perPopup = (rows: typeof popups, key: keyof PopupSample) => rows.map(({ samples }) => median(samples.map((s) => s[key])));
const listed = perPopup(popups, 'listed');
const referenceListed = perPopup(referencePopups, 'listed');
if (POPUP) report.push(
  `## Popup over the seed pages`,
  '',
  `Time to its list, median per page: ${listed.map(ms).join(', ')} ms (median ${ms(median(listed))}); its page's own DOMContentLoaded: median ${ms(median(perPopup(popups, 'domContentLoaded')))} ms.`,
  `The one-message popup (reference), opened as often over the same pages: ${referenceListed.map(ms).join(', ')} ms to its list (median ${ms(median(referenceListed))}; ${ratio(median(listed), median(referenceListed))} for Crosscount's); its DOMContentLoaded: median ${ms(median(perPopup(referencePopups, 'domContentLoaded')))} ms.`,
  '',
);
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(join(import.meta.dirname, 'results', 'pages.json'), JSON.stringify({ date: new Date().toISOString(), runs: RUNS, summary, results, popups, referencePopups }, null, 1) + '\n');
writeFileSync(join(import.meta.dirname, 'results', 'pages.md'), report.join('\n') + '\n');
console.log(report.join('\n'));
