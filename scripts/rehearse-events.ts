// The rehearsal of the real use on labelled events, in one process: for each event folder, the
// claim set built from all its articles, and each article's rendered page annotated against a
// claim set built from the other articles, both scored by the shared scorer. The same
// measurement as ../shared/eval/rehearse-events.sh without a process start per step, so a rule
// can be checked on every event in seconds.
//
//   npm run rehearse [-- EVENT_DIR...] [--verbose]     (default: ../shared/events/* and ../shared/seeds)
//
// Writes every claim set, annotation and score under tmp/rehearsal/<event>/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { annotateFile } from '../cli/annotate-page';
import { readEventFolder } from '../cli/read-articles';
import { buildClaimSet } from '../engine/claimset/build';
import { claimSetJson } from '../engine/claimset/serialize';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const folders = args.filter((a) => !a.startsWith('--'));
if (!folders.length) {
  const events = join(shared, 'events');
  for (const e of readdirSync(events).sort()) if (existsSync(join(events, e, 'gold.json'))) folders.push(join(events, e));
  folders.push(join(shared, 'seeds'));
}

const score = (...a: string[]) => JSON.parse(execFileSync('node', [scorer, ...a, '--json'], { encoding: 'utf8' }));
const f = (x: number | null) => (x === null || !Number.isFinite(x) ? '  n/a' : x.toFixed(3));

const rows: { event: string; setF1: number; pageF1: number; verdicts: [number, number] }[] = [];
for (const folder of folders) {
  const event = basename(folder.replace(/\/+$/, ''));
  const out = join(root, 'tmp', 'rehearsal', event);
  mkdirSync(out, { recursive: true });
  const gold = join(folder, 'gold.json');
  const { event: info, articles } = readEventFolder(folder);
  const allPath = join(out, 'all.json');
  writeFileSync(allPath, claimSetJson(buildClaimSet(info, articles)));
  const set = score('claimset', allPath, '--gold', gold);
  let tp = 0, fp = 0, positives = 0;
  const pageLines: string[] = [];
  for (const page of articles) {
    const name = page.source.file.replace(/\.[^.]+$/, '');
    const pagePath = join(folder, 'pages', `${name}.html`);
    if (!existsSync(pagePath)) continue;
    const claimsPath = join(out, `without-${name}.json`);
    const others = buildClaimSet(info, articles.filter((a) => a !== page));
    writeFileSync(claimsPath, claimSetJson(others));
    const annotatePath = join(out, `without-${name}.annotate.json`);
    writeFileSync(annotatePath, JSON.stringify({ figures: annotateFile(pagePath, [others]) }, null, 1));
    const s = score('page', annotatePath, '--page', join(folder, 'pages', `${name}.json`), '--claims', claimsPath, '--gold', gold);
    tp += s.truePairs; fp += s.falsePairs; positives += s.goldPairs;
    pageLines.push(`    page ${name}: P ${f(s.precision)} R ${f(s.recall)} F1 ${f(s.f1)}`);
    if (verbose) for (const l of s.falseLinks) pageLines.push(`      false link: ${l}`);
  }
  const p = tp + fp ? tp / (tp + fp) : 0, r = positives ? tp / positives : 0;
  const pageF1 = p + r ? (2 * p * r) / (p + r) : 0;
  const pairs = set.pairs;
  rows.push({ event, setF1: pairs.f1 ?? 0, pageF1, verdicts: [set.conflicts.correct, set.conflicts.total] });
  console.log(
    `${event.padEnd(36)} set: figures ${f(set.figureRecall)}  P ${f(pairs.precision)} R ${f(pairs.recall)} F1 ${f(pairs.f1)}` +
      `  verdicts ${set.conflicts.correct}/${set.conflicts.total} | pages: P ${f(p)} R ${f(r)} F1 ${f(pageF1)}`,
  );
  if (verbose) {
    for (const l of set.falseLinks) console.log(`    false link: ${l}`);
    for (const v of set.conflicts.verdicts) if (!v.ok) console.log(`    verdict wrong: ${v.cluster} (gold ${v.want ? 'conflict' : 'agree'}, got ${v.got})`);
    for (const l of pageLines) console.log(l);
  }
}
const mean = (k: 'setF1' | 'pageF1') => rows.reduce((a, r) => a + r[k], 0) / rows.length;
const right = rows.reduce((a, r) => a + r.verdicts[0], 0), total = rows.reduce((a, r) => a + r.verdicts[1], 0);
console.log(`events ${rows.length}: mean set F1 ${f(mean('setF1'))}, mean page F1 ${f(mean('pageF1'))}, verdicts ${right}/${total}`);
