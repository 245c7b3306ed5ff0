// Builder throughput on synthetic corpora of 100, 1,000 and 10,000 articles (events of five
// outlets each), with the slope of time against corpus size. Writes bench/results/builder.json
// and prints a Markdown table. Numbers, never assertions.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClaimSet } from '../engine/claimset/build';
import { syntheticEvent } from './synthetic-events';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const OUTLETS = 5;
const out = join(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });

// Warm the JIT once so the smallest corpus is not charged for compilation.
buildClaimSet(syntheticEvent(1).event, syntheticEvent(1).articles);

const rows: { articles: number; events: number; megabytes: number; seconds: number; claims: number; articlesPerSecond: number; megabytesPerSecond: number }[] = [];
for (const size of SIZES) {
  const events = Array.from({ length: size / OUTLETS }, (_, i) => syntheticEvent(1000 + i, OUTLETS));
  const bytes = events.reduce((sum, e) => sum + e.articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0), 0);
  const t0 = performance.now();
  let claims = 0;
  for (const e of events) claims += buildClaimSet(e.event, e.articles).claims.length;
  const seconds = (performance.now() - t0) / 1000;
  rows.push({ articles: size, events: events.length, megabytes: bytes / 1e6, seconds, claims, articlesPerSecond: size / seconds, megabytesPerSecond: bytes / 1e6 / seconds });
}
// Least-squares slope of seconds against articles: the cost of one more article.
const n = rows.length, mx = rows.reduce((s, r) => s + r.articles, 0) / n, my = rows.reduce((s, r) => s + r.seconds, 0) / n;
const slope = rows.reduce((s, r) => s + (r.articles - mx) * (r.seconds - my), 0) / rows.reduce((s, r) => s + (r.articles - mx) ** 2, 0);
const table = [
  '| articles | events | MB | seconds | claims | articles/s | MB/s |',
  '|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.articles} | ${r.events} | ${r.megabytes.toFixed(2)} | ${r.seconds.toFixed(2)} | ${r.claims} | ${r.articlesPerSecond.toFixed(0)} | ${r.megabytesPerSecond.toFixed(2)} |`),
  '',
  `Slope: ${(slope * 1000).toFixed(3)} ms per article (least squares over the sizes above); per-article cost at the smallest size ${((rows[0].seconds / rows[0].articles) * 1000).toFixed(3)} ms, at the largest ${((rows[n - 1].seconds / rows[n - 1].articles) * 1000).toFixed(3)} ms.`,
].join('\n');
writeFileSync(join(out, 'builder.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, slopeMsPerArticle: slope * 1000 }, null, 1) + '\n');
console.log(table);
