// Reads an event folder: sources.json plus one file per article (.txt, or a saved .html page
// whose article text is read). Every problem names the file and what is wrong with it.
import { readFileSync, existsSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import type { Article } from '../engine/claimset/build';
import type { EventInfo } from '../engine/claimset/types';
import { readVisibleText } from '../page/visible-text';
import { UsageError } from './errors';
import { documentFromHtml } from './html-document';

export interface EventFolder {
  event: EventInfo;
  articles: Article[];
}

const REQUIRED_SOURCE_FIELDS = ['file', 'outlet'] as const;
// Saved pages often lack a title, an address or a date; the article is still worth reading.
const OPTIONAL_SOURCE_FIELDS = ['url', 'title', 'published'] as const;
const LONGEST_TITLE = 300;

/** A title for an article that was given none: its first line, which is its headline. */
function headlineOf(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  return line.length > LONGEST_TITLE ? `${line.slice(0, LONGEST_TITLE - 1)}…` : line;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

/** The article text of a saved page: its <article> or <main> if it has one, else its body. */
export function articleTextOfHtml(html: string): string {
  const doc = documentFromHtml(html);
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return root ? readVisibleText(root).text : '';
}

export function readEventFolder(folder: string): EventFolder {
  const sourcesPath = join(folder, 'sources.json');
  if (!existsSync(sourcesPath)) throw new UsageError(`${sourcesPath}: missing; an event folder needs a sources.json naming each article's outlet, URL, title and date`);
  const meta = readJson(sourcesPath) as Record<string, unknown>;
  const where = (what: string) => `${sourcesPath}: ${what}`;
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) throw new UsageError(where('must be a JSON object'));
  const ev = meta.event as Record<string, unknown> | undefined;
  if (!ev || typeof ev !== 'object' || typeof ev.id !== 'string') {
    throw new UsageError(where('"event" must be an object with a string "id"'));
  }
  if (ev.title !== undefined && typeof ev.title !== 'string') throw new UsageError(where('"event".title must be a string'));
  if (!/^[a-z0-9][a-z0-9-]*$/.test(ev.id)) throw new UsageError(where(`event id "${ev.id}" must be lower-case letters, digits and hyphens`));
  if (!Array.isArray(meta.sources) || !meta.sources.length) throw new UsageError(where('"sources" must be a non-empty list'));
  const event: EventInfo = { id: ev.id, title: (ev.title as string | undefined)?.trim() ?? '' };
  if (typeof ev.dates === 'string') event.dates = ev.dates;
  if (typeof ev.place === 'string') event.place = ev.place;
  const seen = new Set<string>();
  const articles = meta.sources.map((s: Record<string, unknown>, i: number) => {
    for (const key of REQUIRED_SOURCE_FIELDS) {
      if (typeof s?.[key] !== 'string' || !(s[key] as string).trim()) throw new UsageError(where(`sources[${i}].${key} must be a non-empty string`));
    }
    for (const key of OPTIONAL_SOURCE_FIELDS) {
      if (s[key] !== undefined && typeof s[key] !== 'string') throw new UsageError(where(`sources[${i}].${key} must be a string when given`));
    }
    const url = ((s.url as string | undefined) ?? '').trim();
    const file = s.file as string;
    if (basename(file) !== file) throw new UsageError(where(`sources[${i}].file "${file}" must be a file name inside the folder`));
    if (url && !/^https?:\/\//i.test(url)) throw new UsageError(where(`sources[${i}].url must be an http(s) address`));
    const id = file.replace(/\.[^.]+$/, '');
    if (seen.has(id)) throw new UsageError(where(`sources[${i}].file "${file}" is listed twice`));
    seen.add(id);
    const ext = extname(file).toLowerCase();
    if (ext !== '.txt' && ext !== '.html' && ext !== '.htm') throw new UsageError(`${join(folder, file)}: articles must be .txt or .html files`);
    let raw: string;
    try {
      raw = readFileSync(join(folder, file), 'utf8');
    } catch (e) {
      throw new UsageError(`${join(folder, file)}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    if (raw.includes('\u0000')) throw new UsageError(`${join(folder, file)}: is not a text file`);
    const text = ext === '.txt' ? raw : articleTextOfHtml(raw);
    if (!text.trim()) throw new UsageError(`${join(folder, file)}: has no article text`);
    return {
      source: {
        id, file, outlet: (s.outlet as string).trim(), url,
        title: ((s.title as string | undefined) ?? '').trim() || headlineOf(text) || (s.outlet as string).trim(),
        published: ((s.published as string | undefined) ?? '').trim(),
      },
      text,
    };
  });
  // An event without a title is named by its first article's headline.
  if (!event.title) event.title = articles[0].source.title;
  return { event, articles };
}
