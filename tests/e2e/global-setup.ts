// Runs once before both browsers' tests: what `crosscount annotate --json` prints for each seed
// page, so each browser compares its highlights with the command line's without running it again.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { seedPages } from '../../scripts/seed-pages';

export interface PrintedFigure {
  text: string;
  prefix: string;
  suffix: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Seed page name -> the figures `crosscount annotate PAGE --json` printed for it. */
    annotated: Record<string, PrintedFigure[]>;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'crosscount-seeds-'));
  try {
    const entries = await Promise.all(
      seedPages().map(async (page) => {
        writeFileSync(join(dir, page.name), page.html);
        const { stdout } = await promisify(execFile)('node', [join(ROOT, 'cli/crosscount.mjs'), 'annotate', join(dir, page.name), '--json'], { cwd: ROOT });
        return [page.name, (JSON.parse(stdout) as { figures: PrintedFigure[] }).figures] as const;
      }),
    );
    project.provide('annotated', Object.fromEntries(entries));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
