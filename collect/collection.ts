// A collected event and its articles, as the background keeps them, and what they become: the
// builder's input, and the folder `crosscount build` reads (sources.json and one .txt per
// article), so the extension and the command line build the same claim set from the same data.
// Pure: no DOM, no browser API.
import type { Article } from '../engine/claimset/build';
import type { EventInfo, Source } from '../engine/claimset/types';
import type { PageArticle } from './article';

export interface CollectedEvent {
  /** Also the id of its claim set. */
  id: string;
  title: string;
  createdAt: string;
  /** Number of the next article added: an article's number is never reused, so neither is its id. */
  nextArticle: number;
}

export interface CollectedArticle {
  eventId: string;
  /** The source id in the claim set, and the name of its .txt without the extension ("03-slate"). */
  id: string;
  number: number;
  outlet: string;
  title: string;
  url: string;
  published: string;
  language: string;
  text: string;
  addedAt: string;
}

/** Lower-case letters, digits and hyphens: what `crosscount build` accepts as an event id and a file name keeps as is. */
export function slug(text: string, fallback: string, max = 48): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, max).replace(/-+$/, '') || fallback;
}

/** An id for a new event titled `title`, unlike every id in `taken` (stored claim sets included). */
export function newEventId(title: string, taken: ReadonlySet<string>): string {
  const base = slug(title, 'event');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function articleId(number: number, outlet: string): string {
  return `${String(number).padStart(2, '0')}-${slug(outlet, 'article', 32)}`;
}

/** An address compared for sameness: no fragment, no trailing slash, host in lower case, "www." dropped. */
function comparableUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url;
  }
}

/** A text compared for sameness: spacing and case do not count. */
const comparableText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The article of `articles` that `candidate` repeats (same canonical address, or the same text), and how. */
export function findDuplicate(candidate: Pick<PageArticle, 'url' | 'text'>, articles: readonly CollectedArticle[]): { article: CollectedArticle; same: 'url' | 'text' } | null {
  const url = comparableUrl(candidate.url);
  const text = comparableText(candidate.text);
  for (const article of articles) {
    if (comparableUrl(article.url) === url) return { article, same: 'url' };
    if (comparableText(article.text) === text) return { article, same: 'text' };
  }
  return null;
}

export function duplicateMessage({ article, same }: { article: CollectedArticle; same: 'url' | 'text' }, eventTitle: string): string {
  const what = same === 'url' ? 'This article' : 'An article with the same text';
  return `${what} is already in “${eventTitle}” (${article.outlet}${article.title ? `, “${article.title}”` : ''}), so it was not added again.`;
}

const byNumber = (a: CollectedArticle, b: CollectedArticle) => a.number - b.number;

function sourceOf(a: CollectedArticle): Source {
  // The key order of the command line's sources (cli/read-articles.ts): the claim sets are compared byte for byte.
  return { id: a.id, file: `${a.id}.txt`, outlet: a.outlet, url: a.url, title: a.title, published: a.published };
}

/** The builder's input for a collected event: its articles in the order they were added. */
export function builderInput(event: CollectedEvent, articles: readonly CollectedArticle[]): { event: EventInfo; articles: Article[] } {
  return {
    event: { id: event.id, title: event.title },
    articles: [...articles].sort(byNumber).map((a) => ({ source: sourceOf(a), text: a.text })),
  };
}

export interface BundleFile {
  /** Inside the event's folder: "sources.json", "01-slate.txt". */
  name: string;
  text: string;
}

/** The event as a folder `crosscount build` reads: sources.json and the articles as .txt files. */
export function eventFolder(event: CollectedEvent, articles: readonly CollectedArticle[]): BundleFile[] {
  const input = builderInput(event, articles);
  const sources = {
    event: input.event,
    sources: input.articles.map(({ source: { file, outlet, url, title, published } }) => ({ file, outlet, url, title, published })),
  };
  return [{ name: 'sources.json', text: JSON.stringify(sources, null, 1) + '\n' }, ...input.articles.map((a) => ({ name: a.source.file, text: a.text }))];
}

export interface BuildSummary {
  articles: number;
  figures: number;
  disputed: number;
}

export function summaryText({ articles, figures, disputed }: BuildSummary): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `${n(articles, 'article', 'articles')}, ${n(figures, 'figure', 'figures')}, ${n(disputed, 'disputed quantity', 'disputed quantities')}`;
}
