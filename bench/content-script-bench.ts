// Our scripts' cost on real pages (the lead's reading on every loaded page, plus the reader on
// pages about a stored event), side by side with the physical floor and the naive peer, in headless Chromium
// with the built extension (`npm run bench`).
//
// For each page, several fresh loads. Per load:
// - content script: the sum of the scripts' own `crosscount:task` measures (every stretch of
//   main-thread work they do records one, their own evaluation and deferred work included),
//   read once the page has been idle;
// - floor: a bare TreeWalker pass over the visible text nodes, nothing else;
// - naive: mark.js markRegExp highlighting every number on the page.
// - background: the work the background did for the page (splitting the lead's words, matching
//   the reader's text), which the page does not wait on; reported beside, not added in.
// Reports per-page medians, ratios to the floor, the longest single task, and how noisy the
// runs were (median relative spread across runs); then the popup's time to its list (see
// popup-bench.ts). Writes bench/results/content-script.json and .md. Pages are served
// cross-origin isolated, for the 5 µs timer: small pages' floors are tenths of a millisecond.
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { CHROME_BUILD } from '../tests/e2e/support/browsers';
import { CORPUS_DIR, startPageServer } from '../tests/e2e/support/server';
import { seedPages } from '../scripts/seed-pages';
import { samplePageLoads, settle, type PageToLoad } from './page-loads';
import { benchPopup } from './popup-bench';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const LIMIT = Number(process.env.BENCH_PAGES ?? Infinity);
const MARK_JS = readFileSync(join(import.meta.dirname, '..', 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');

export interface PageSample {
  script: number;
  longestTask: number;
  tasks: number;
  floor: number;
  naive: number;
  /** Whether the page had the fine timer of a cross-origin isolated page (see startPageServer). */
  isolated: boolean;
  /** The background's work for the page (splitting its words, matching its text), off the
   *  page's thread: its own `crosscount:task` measures over the load. */
  background: number;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/**
 * Runs in the page: the content script's own measures, then the floor, then the naive peer.
 * Plain JavaScript source, so the TypeScript runner's helpers never reach the page.
 */
const MEASURE_IN_PAGE = `(() => {
  const tasks = performance.getEntriesByName('crosscount:task');
  const script = tasks.reduce((sum, t) => sum + t.duration, 0);
  const longestTask = tasks.reduce((max, t) => Math.max(max, t.duration), 0);
  const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  let t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => n.nodeType === 1 && (skipped.has(n.tagName) || getComputedStyle(n).display === 'none')
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeType === 3) chars += n.data.length;
  const floor = performance.now() - t0;
  (0, eval)(${JSON.stringify(MARK_JS)});
  t0 = performance.now();
  new window.Mark(document.body).markRegExp(/\\d+(?:[.,]\\d+)*/g);
  const naive = performance.now() - t0;
  return { script, longestTask, tasks: tasks.length, floor, naive, chars, isolated: crossOriginIsolated };
})()`;

/** Runs in the background: the time of its tasks since the last reading, which it clears. */
const MEASURE_IN_BACKGROUND = `(() => {
  const total = performance.getEntriesByName('crosscount:task').reduce((sum, t) => sum + t.duration, 0);
  performance.clearMeasures('crosscount:task');
  return total;
})()`;

export function benchPages(urls: PageToLoad[], runs = RUNS) {
  return samplePageLoads(urls, runs, async (browser) => {
    // One unmeasured load first: the first page a fresh browser opens also pays for compiling
    // the extension's scripts, which a reader's browser did long before.
    await browser.page.goto(urls[0].url);
    await settle();
    const background = () => browser.evaluateInBackground?.<number>(MEASURE_IN_BACKGROUND) ?? Promise.resolve(NaN);
    await background();
    return async () => ({
      ...(await browser.page.evaluate(new Function(`return ${MEASURE_IN_PAGE}`) as () => Omit<PageSample, 'background'>)),
      background: await background(),
    });
  });
}

function summarise(rows: Awaited<ReturnType<typeof benchPages>>) {
  return rows.map(({ name, seed, samples }) => {
    const script = median(samples.map((s) => s.script));
    const floor = median(samples.map((s) => s.floor));
    const naive = median(samples.map((s) => s.naive));
    const background = median(samples.map((s) => s.background));
    const spread = (xs: number[]) => (median(xs) > 0 ? (Math.max(...xs) - Math.min(...xs)) / median(xs) : 0);
    return {
      name, seed, script, floor, naive, background,
      scriptToFloor: script / floor,
      naiveToFloor: naive / floor,
      longestTask: Math.max(...samples.map((s) => s.longestTask)),
      tasks: median(samples.map((s) => s.tasks)),
      noise: spread(samples.map((s) => s.script)),
      isolated: samples.every((s) => s.isolated),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startPageServer({ crossOriginIsolated: true });
  const corpus = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort().slice(0, LIMIT);
  const urls = [
    ...seedPages().map((p) => ({ name: p.name, url: `${server.origin}/seed/${p.name}`, seed: true })),
    ...corpus.map((f) => ({ name: f, url: `${server.origin}/corpus/${f}`, seed: false })),
  ];
  const rows = summarise(await benchPages(urls));
  // The popup over every seed page and over a spread of unrelated ones (its other case: no
  // figures, so it lists the stored events instead).
  const popupUrls = [...urls.filter((u) => u.seed), ...urls.filter((u) => !u.seed).filter((_, i) => i % 20 === 0)];
  const popups = (await benchPopup(popupUrls, RUNS)).map(({ name, seed, samples }) => ({
    name, seed,
    listed: median(samples.map((s) => s.listed)),
    domContentLoaded: median(samples.map((s) => s.domContentLoaded)),
    worst: Math.max(...samples.map((s) => s.listed)),
  }));
  await server.close();
  const fmt = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
  // What a page runs: the lead's reading on every page, the reader only on pages about a stored event.
  const bundles = [
    { name: 'lead', file: 'lead.js' },
    { name: 'reader', file: 'reader.js' },
  ].map(({ name, file }) => {
    const code = readFileSync(join(CHROME_BUILD, file));
    return { name, bytes: code.length, gzipped: gzipSync(code).length };
  });
  const group = (seed: boolean) => rows.filter((r) => r.seed === seed);
  const line = (label: string, rs: typeof rows) =>
    `| ${label} | ${rs.length} | ${fmt(median(rs.map((r) => r.script)))} | ${fmt(median(rs.map((r) => r.floor)))} | ${fmt(median(rs.map((r) => r.naive)))} | ${fmt(median(rs.map((r) => r.background)))} | ${fmt(median(rs.map((r) => r.scriptToFloor)))}× | ${fmt(Math.max(...rs.map((r) => r.scriptToFloor)))}× | ${fmt(median(rs.map((r) => r.naiveToFloor)))}× | ${fmt(Math.max(...rs.map((r) => r.longestTask)))} | ${fmt(median(rs.map((r) => r.noise)) * 100, 0)} % |`;
  const table = [
    `Content scripts in headless Chromium, ${RUNS} loads per page, medians in ms of main-thread time.`,
    `"background": the background's work for the page (splitting its words, matching its text), on its own thread; the page does not wait on it and it is not in "script".`,
    `Pages served cross-origin isolated (5 µs timer): ${rows.filter((r) => r.isolated).length} of ${rows.length}.`,
    '',
    ...bundles.map((b) => `- ${b.name === 'lead' ? 'lead (every page, once loaded)' : 'reader (pages about a stored event)'}: ${fmt(b.bytes / 1024, 1)} KB, ${fmt(b.gzipped / 1024, 1)} KB gzipped`),
    '',
    '| pages | n | script | floor | naive | background | script/floor (median) | script/floor (max) | naive/floor | longest task | run-to-run spread |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    line('about no stored event (corpus)', group(false)),
    line('about the stored event (seed pages)', group(true)),
    '',
    '| page | script | floor | naive | background | script/floor | longest task | tasks |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${fmt(r.script)} | ${fmt(r.floor)} | ${fmt(r.naive)} | ${fmt(r.background)} | ${fmt(r.scriptToFloor)}× | ${fmt(r.longestTask)} | ${r.tasks} |`),
    '',
    `Popup, ${RUNS} openings per page: ms from opening to its list on screen, beside the popup page's own DOMContentLoaded.`,
    '',
    '| page | list shown (median) | list shown (worst) | DOMContentLoaded | over the page load |',
    '|---|---:|---:|---:|---:|',
    ...popups.map((p) => `| ${p.name}${p.seed ? ' (seed)' : ''} | ${fmt(p.listed, 1)} | ${fmt(p.worst, 1)} | ${fmt(p.domContentLoaded, 1)} | ${fmt(p.listed - p.domContentLoaded, 1)} |`),
  ].join('\n');
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'content-script.json'), JSON.stringify({ date: new Date().toISOString(), runs: RUNS, bundles, rows, popups }, null, 1) + '\n');
  writeFileSync(join(import.meta.dirname, 'results', 'content-script.md'), table + '\n');
  console.log(table);
}
