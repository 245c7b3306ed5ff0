// The rehearsal of the real use: for each seed article, build a claim set from the other four,
// annotate the fifth as a page the claim set was not built from, and score it with the shared
// page scorer. Prints each page's score and the mean; writes the inputs under tmp/rehearsal.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClaimSet } from '../engine/claimset/build';
import { annotateFile } from '../cli/annotate-page';
import { claimSetJson } from '../engine/claimset/serialize';
import { readEventFolder } from '../cli/read-articles';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const eventDir = join(root, 'events', 'fallujah-convoys-2016');
const out = join(root, 'tmp', 'rehearsal');
mkdirSync(out, { recursive: true });

const { event, articles } = readEventFolder(eventDir);
const f1s: number[] = [];
for (const page of articles) {
  const others = articles.filter((a) => a !== page);
  const set = buildClaimSet(event, others);
  const claimsPath = join(out, `claims-without-${page.source.id}.json`);
  writeFileSync(claimsPath, claimSetJson(set));
  const figures = annotateFile(join(eventDir, page.source.file), [set]);
  const annotatePath = join(out, `annotate-${page.source.id}.json`);
  writeFileSync(annotatePath, JSON.stringify({ figures }, null, 1));
  const args = ['page', annotatePath, '--page', join(shared, 'seeds', 'pages', `${page.source.id}.json`), '--claims', claimsPath];
  const report = execFileSync('node', [join(shared, 'eval', 'score.mjs'), ...args, '--json'], { encoding: 'utf8' });
  const score = JSON.parse(report);
  f1s.push(Number.isFinite(score.f1) ? score.f1 : 0);
  console.log(`${page.source.id}  P=${score.precision?.toFixed(3)} R=${score.recall?.toFixed(3)} F1=${score.f1?.toFixed(3)}  (true ${score.truePairs}, false ${score.falsePairs}, gold ${score.goldPairs})`);
  for (const l of score.falseLinks) console.log(`    false link: ${l}`);
  for (const u of score.unplaced) console.log(`    not found in page text: ${u}`);
}
console.log(`mean F1 ${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(3)}, lowest ${Math.min(...f1s).toFixed(3)}`);
