// The messages of collecting (issue 15): the popup adds the open page's article to an event,
// the options page lists, renames and exports collected events and removes their articles.
// Only the extension's own pages may send them (see the background's handlers); like every
// message, each is checked for shape before it is acted on.
import type { BuildSummary, BundleFile } from '../collect/collection';
import type { PageArticle } from '../collect/article';

export type CollectRequest =
  | { type: 'collect-choices'; text: string }
  | { type: 'collect'; article: PageArticle; to: { event: string } | { title: string } }
  | { type: 'collected' }
  | { type: 'remove-article'; event: string; article: string }
  | { type: 'rename-event'; event: string; title: string }
  | { type: 'export-event'; event: string };

export interface EventChoice {
  id: string;
  title: string;
  articles: number;
  /** The page shares the event's terms: proposed first. */
  related: boolean;
}

/** A failure is said in one sentence for the reader; nothing stored has changed. */
export type Failure = { ok: false; message: string };

export type CollectResponse = { ok: true; event: { id: string; title: string }; summary: BuildSummary; mayMissFigures: boolean } | Failure;

export type ChangeResponse = { ok: true; summary: BuildSummary | null } | Failure;

export interface CollectedArticleListing {
  id: string;
  outlet: string;
  title: string;
  url: string;
  published: string;
  language: string;
  /** Figures the builder found in it. */
  figures: number;
}

export interface CollectedEventListing {
  id: string;
  title: string;
  createdAt: string;
  summary: BuildSummary;
  articles: CollectedArticleListing[];
}

/** An event as a folder `crosscount build` reads; the options page puts it in a .zip. */
export interface ExportedEvent {
  folder: string;
  files: BundleFile[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ARTICLE_FIELDS = ['outlet', 'title', 'url', 'published', 'language', 'text'] as const;

function parseArticle(v: unknown): PageArticle | null {
  if (!isObject(v) || !ARTICLE_FIELDS.every((k) => typeof v[k] === 'string')) return null;
  const { outlet, title, url, published, language, text } = v as Record<(typeof ARTICLE_FIELDS)[number], string>;
  return { outlet, title, url, published, language, text };
}

export const isCollectRequest = (r: { type: string }): r is CollectRequest =>
  ['collect-choices', 'collect', 'collected', 'remove-article', 'rename-event', 'export-event'].includes(r.type);

export function parseCollectRequest(m: Record<string, unknown>): CollectRequest | null {
  switch (m.type) {
    case 'collect-choices':
      return typeof m.text === 'string' ? { type: 'collect-choices', text: m.text } : null;
    case 'collect': {
      const article = parseArticle(m.article);
      const to = m.to;
      if (!article || !isObject(to)) return null;
      if (typeof to.event === 'string') return { type: 'collect', article, to: { event: to.event } };
      if (typeof to.title === 'string') return { type: 'collect', article, to: { title: to.title } };
      return null;
    }
    case 'collected':
      return { type: 'collected' };
    case 'remove-article':
      return typeof m.event === 'string' && typeof m.article === 'string' ? { type: 'remove-article', event: m.event, article: m.article } : null;
    case 'rename-event':
      return typeof m.event === 'string' && typeof m.title === 'string' ? { type: 'rename-event', event: m.event, title: m.title } : null;
    case 'export-event':
      return typeof m.event === 'string' ? { type: 'export-event', event: m.event } : null;
    default:
      return null;
  }
}
