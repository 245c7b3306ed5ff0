// crosscount build <folder> [-o claims.json]
// crosscount annotate <page.html|page.txt> [--claims claims.json] [--url URL] [--json]
import { readFileSync, renameSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClaimSet } from '../engine/claimset/build';
import type { ClaimSet } from '../engine/claimset/types';
import { claimSetJson } from '../engine/claimset/serialize';
import { parseClaimSet } from '../engine/claimset/validate';
import { annotateFile, formatTable } from './annotate-page';
import { UsageError } from './errors';
import { readEventFolder, type EventFolder } from './read-articles';
import { unzip } from '../collect/zip';

const here = dirname(fileURLToPath(import.meta.url));
export const BUNDLED_CLAIMS = join(here, '..', 'assets', 'claims', 'fallujah-convoys-2016.json');

const USAGE = `usage:
  crosscount build <folder|bundle.zip> [-o claims.json]
                                                   build a claim set from an event folder, or a .zip of one
  crosscount annotate <page> [--claims FILE] [--url URL] [--json]
                                                   show the figures a page shares with a claim set`;

function option(args: string[], ...names: string[]): string | undefined {
  const i = args.findIndex((a) => names.includes(a));
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('-')) throw new UsageError(`${args[i]} needs a value\n${USAGE}`);
  args.splice(i, 2);
  return value;
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/**
 * An event folder packed in a .zip (the extension's export of a collected event): its files,
 * at the archive's top level or in one folder, are unpacked into a temporary folder and read
 * as any folder is; problems name the archive.
 */
export function readEventZip(path: string): EventFolder {
  let entries;
  try {
    entries = unzip(readFileSync(path));
  } catch (e) {
    throw new UsageError(`${path}: ${(e as NodeJS.ErrnoException).code ? `cannot be read (${(e as NodeJS.ErrnoException).code})` : (e as Error).message}`);
  }
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const folders = new Set(files.map((e) => (e.name.includes('/') ? e.name.slice(0, e.name.lastIndexOf('/')) : '')));
  if (folders.size !== 1) throw new UsageError(`${path}: must hold one event folder (sources.json and its articles), not files in ${folders.size} folders`);
  const temp = mkdtempSync(join(tmpdir(), 'crosscount-bundle-'));
  try {
    for (const entry of files) writeFileSync(join(temp, basename(entry.name)), entry.data);
    return readEventFolder(temp);
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(e.message.split(temp).join(path));
    throw e;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

export function loadClaimSet(path: string): ClaimSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const result = parseClaimSet(text);
  if (!result.ok) throw new UsageError(`${path}: not a valid claim set:\n  ${result.errors.join('\n  ')}`);
  return result.value;
}

export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  try {
    const command = args.shift();
    if (command === 'build') {
      const out = option(args, '-o', '--out');
      if (args.length !== 1) throw new UsageError(USAGE);
      const { event, articles } = args[0].toLowerCase().endsWith('.zip') ? readEventZip(args[0]) : readEventFolder(args[0]);
      const json = claimSetJson(buildClaimSet(event, articles));
      if (out) writeAtomically(out, json);
      else process.stdout.write(json);
      return 0;
    }
    if (command === 'annotate') {
      const claimsPath = option(args, '--claims') ?? BUNDLED_CLAIMS;
      const url = option(args, '--url');
      const asJson = args.includes('--json');
      const rest = args.filter((a) => a !== '--json');
      if (rest.length !== 1) throw new UsageError(USAGE);
      const sets = [loadClaimSet(claimsPath)];
      const figures = annotateFile(rest[0], sets, url);
      process.stdout.write(asJson ? JSON.stringify({ page: rest[0], figures }, null, 1) + '\n' : formatTable(figures, sets) + '\n');
      return 0;
    }
    throw new UsageError(USAGE);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`crosscount: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
