// What the content script would mark on a page, computed from a saved file: the same DOM text
// walker, the same matcher. Claim-set authors check pages with it, and the page scorer reads it.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { ClaimSet } from '../engine/claimset/types';
import { matchPage } from '../engine/match/match-page';
import type { PageFigure } from '../engine/match/page-figure';
import { pageUrlOf } from '../page/page-url';
import { readVisibleText } from '../page/visible-text';
import { UsageError } from './errors';
import { documentFromHtml, documentFromText } from './html-document';

/** Visible text either side of a figure, as CONTRACT.md's prefix/suffix. */
const CONTEXT = 32;

export interface AnnotatedFigure extends PageFigure {
  prefix: string;
  suffix: string;
}

/** pageUrl: the article's address; by default the page's canonical link, as the content script reads it. */
export function annotateDocument(doc: Document, sets: readonly ClaimSet[], pageUrl = pageUrlOf(doc)): AnnotatedFigure[] {
  const { text } = readVisibleText(doc.body ?? doc.documentElement);
  return matchPage(text, sets, { pageUrl }).map((f) => ({
    ...f,
    prefix: text.slice(Math.max(0, f.start - CONTEXT), f.start),
    suffix: text.slice(f.end, f.end + CONTEXT),
  }));
}

export function annotateFile(path: string, sets: readonly ClaimSet[], pageUrl?: string): AnnotatedFigure[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const ext = extname(path).toLowerCase();
  const doc = ext === '.txt' ? documentFromText(raw) : documentFromHtml(raw);
  return annotateDocument(doc, sets, pageUrl ?? pageUrlOf(doc));
}

export function formatTable(figures: AnnotatedFigure[], sets: readonly ClaimSet[]): string {
  if (!figures.length) return 'No figure on this page reports a quantity in the claim set.';
  const claims = new Map(sets.flatMap((s) => s.claims.map((c) => [c.id, c] as const)));
  const outlets = new Map(sets.flatMap((s) => s.sources.map((src) => [src.id, src.outlet] as const)));
  const lines: string[] = [];
  for (const f of figures) {
    lines.push(`${f.verdict.toUpperCase().padEnd(8)} "${f.text}" — ${f.label}`);
    for (const id of f.competitors) {
      const c = claims.get(id)!;
      const agrees = f.agreeing.includes(id) ? 'agrees' : 'differs';
      lines.push(`           ${agrees.padEnd(7)} ${outlets.get(c.source)}: "${c.text}"${c.speaker ? ` (${c.speaker})` : ''}`);
    }
  }
  const conflicts = figures.filter((f) => f.verdict === 'conflict').length;
  lines.push('', `${figures.length} figure(s) matched, ${conflicts} in conflict with other outlets.`);
  return lines.join('\n');
}
