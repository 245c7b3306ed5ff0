// The page matcher's own cost on pages about a stored event: every labelled page of
// ../shared/events and ../shared/seeds/pages, matched against a claim set built from the other
// articles of its event (the real use). Times `matchPage` alone (the claim set is built and the
// page's visible text read before timing), median of several runs per page.
//
//   npm run bench:matcher [-- --baseline ../other-checkout]
//
// With --baseline, the same pages are matched by another checkout's engine too (built from its
// own claim sets), alternating run by run, and the table shows both side by side with the ratio.
// Numbers, never assertions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { documentFromHtml } from '../cli/html-document';
import { readEventFolder } from '../cli/read-articles';
import { readVisibleText } from '../page/visible-text';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const args = process.argv.slice(2);
const baselineAt = args.indexOf('--baseline');
const checkouts = [root, ...(baselineAt >= 0 ? [resolve(args[baselineAt + 1])] : [])];

interface Engine {
  buildClaimSet: (event: unknown, articles: unknown[]) => unknown;
  matchPage: (text: string, sets: unknown[], options: { pageUrl?: string }) => unknown[];
}
const engines: Engine[] = [];
for (const dir of checkouts) {
  const { buildClaimSet } = await import(join(dir, 'engine', 'claimset', 'build.ts'));
  const { matchPage } = await import(join(dir, 'engine', 'match', 'match-page.ts'));
  engines.push({ buildClaimSet, matchPage });
}

const folders = [
  ...readdirSync(join(shared, 'events')).map((e) => join(shared, 'events', e)).filter((d) => existsSync(join(d, 'gold.json'))),
  join(shared, 'seeds'),
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows: { page: string; ms: number[]; figures: number[] }[] = [];
for (const folder of folders) {
  const { event, articles } = readEventFolder(folder);
  for (const page of articles) {
    const htmlPath = join(folder, 'pages', page.source.file.replace(/\.[^.]+$/, '.html'));
    if (!existsSync(htmlPath)) continue;
    const { text } = readVisibleText(documentFromHtml(readFileSync(htmlPath, 'utf8')).body!);
    const others = articles.filter((a) => a !== page);
    const sets = engines.map((e) => e.buildClaimSet(event, others));
    const times = engines.map(() => [] as number[]);
    const found = engines.map((e, i) => e.matchPage(text, [sets[i]], {}).length);
    for (let r = 0; r < RUNS; r++) {
      engines.forEach((e, i) => {
        const t0 = performance.now();
        e.matchPage(text, [sets[i]], {});
        times[i].push(performance.now() - t0);
      });
    }
    rows.push({ page: `${event.id.slice(0, 18)}/${page.source.file.slice(0, 18)}`, ms: times.map(median), figures: found });
  }
}

const names = checkouts.map((d, i) => (i === 0 ? 'this checkout' : `baseline (${d})`));
console.log(`| page | ${names.map((n) => `${n}: ms (figures)`).join(' | ')}${engines.length > 1 ? ' | ratio' : ''} |`);
console.log(`|---|${names.map(() => '---:').join('|')}${engines.length > 1 ? '|---:' : ''}|`);
for (const r of rows) {
  const cells = r.ms.map((ms, i) => `${ms.toFixed(2)} (${r.figures[i]})`);
  console.log(`| ${r.page} | ${cells.join(' | ')}${engines.length > 1 ? ` | ${(r.ms[0] / r.ms[1]).toFixed(2)}` : ''} |`);
}
const medians = engines.map((_, i) => median(rows.map((r) => r.ms[i])));
const ratios = engines.length > 1 ? rows.map((r) => r.ms[0] / r.ms[1]) : [];
console.log(`\nMedian over ${rows.length} pages: ${medians.map((m, i) => `${names[i]} ${m.toFixed(2)} ms`).join(', ')}` +
  (ratios.length ? `; median of per-page ratios ${median(ratios).toFixed(2)}` : '') + ` (${RUNS} runs per page).`);
