// The background's side of collecting: it adds an article the popup read from a page to an
// event, removes one, renames an event, lists and exports them, and after each change rebuilds
// the event's claim set with the builder `crosscount build` runs, here, off every page's thread.
// A change is stored only with the set rebuilt from it, in one transaction; a rebuild that fails
// or gives an invalid set changes nothing. Changes run one at a time, so two never interleave.
import { buildClaimSet } from '../../engine/claimset/build';
import type { ClaimSet } from '../../engine/claimset/types';
import { validateClaimSet } from '../../engine/claimset/validate';
import { byCodeUnit } from '../../engine/text/compare';
import {
  articleId,
  builderInput,
  duplicateMessage,
  eventFolder,
  findDuplicate,
  newEventId,
  type BuildSummary,
  type CollectedArticle,
  type CollectedEvent,
} from '../../collect/collection';
import { mayMissFigures, MAX_METADATA_CHARACTERS } from '../../collect/page-metadata';
import { MAX_ARTICLE_CHARACTERS, NO_ARTICLE_MESSAGE, tooLongMessage, type PageArticle } from '../../collect/article';
import type { ChangeResponse, CollectedEventListing, CollectRequest, CollectResponse, EventChoice, ExportedEvent, Failure } from '../../components/collect-messages';
import type { Store } from './store';

export interface CollectDeps {
  store: () => Promise<Store>;
  /** Ids of the stored events whose terms a text shares (the term index the gate uses). */
  relatedEvents: (text: string) => Promise<string[]>;
  /** Ids no new event may take: the bundled set's, whether stored or not. */
  reservedIds: readonly string[];
  /** After a change: the term index is rebuilt and every open tab reads its page again. */
  changed: () => void;
}

export const summaryOf = (set: ClaimSet): BuildSummary => ({
  articles: set.sources.length,
  figures: set.claims.length,
  disputed: set.groups.filter((g) => g.verdict === 'conflict').length,
});

const fail = (message: string): Failure => ({ ok: false, message });
const NO_EVENT = fail('That event is no longer stored; nothing was changed.');

/** The claim set of an event's articles, or why it could not be built. */
function rebuild(event: CollectedEvent, articles: readonly CollectedArticle[]): { ok: true; set: ClaimSet } | Failure {
  try {
    const input = builderInput(event, articles);
    const checked = validateClaimSet(buildClaimSet(input.event, input.articles));
    if (checked.ok) return { ok: true, set: checked.value };
    return fail(`The claim set could not be rebuilt (${checked.errors[0]}); the previous one is kept and nothing was changed.`);
  } catch (error) {
    return fail(`The claim set could not be rebuilt (${error instanceof Error ? error.message : String(error)}); the previous one is kept and nothing was changed.`);
  }
}

/** An article from the popup, checked as untrusted input. */
function checkArticle(article: PageArticle): Failure | null {
  if (!article.text.trim()) return fail(NO_ARTICLE_MESSAGE);
  if (article.text.length > MAX_ARTICLE_CHARACTERS) return fail(tooLongMessage(article.text.length));
  if (!/^https?:\/\/\S/i.test(article.url)) return fail('This page has no http(s) address, so its article cannot be collected.');
  if (!article.outlet.trim()) return fail('This page names no outlet, so its article cannot be collected.');
  return null;
}

const clip = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, MAX_METADATA_CHARACTERS);

export function createCollector({ store, relatedEvents, reservedIds, changed }: CollectDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs changes one after the other: each reads what the one before stored. */
  const serially = <T>(change: () => Promise<T>): Promise<T> => {
    const next = queue.then(change, change);
    queue = next.catch(() => {});
    return next;
  };

  async function choices(text: string): Promise<{ events: EventChoice[] }> {
    const s = await store();
    const related = new Set(await relatedEvents(text));
    const events = await s.collectedEvents();
    const counted = await Promise.all(events.map(async (e) => ({ e, articles: (await s.articlesOf(e.id)).length })));
    return {
      events: counted
        .map(({ e, articles }) => ({ id: e.id, title: e.title, articles, related: related.has(e.id), createdAt: e.createdAt }))
        .sort((a, b) => Number(b.related) - Number(a.related) || byCodeUnit(b.createdAt, a.createdAt))
        .map(({ createdAt: _, ...choice }) => choice),
    };
  }

  async function collect(page: PageArticle, to: { event: string } | { title: string }): Promise<CollectResponse> {
    const problem = checkArticle(page);
    if (problem) return problem;
    const s = await store();
    let event: CollectedEvent;
    let articles: CollectedArticle[];
    if ('event' in to) {
      const stored = await s.collectedEvent(to.event);
      if (!stored) return NO_EVENT;
      event = stored;
      articles = await s.articlesOf(event.id);
      const duplicate = findDuplicate(page, articles);
      if (duplicate) return fail(duplicateMessage(duplicate, event.title));
    } else {
      const title = clip(to.title);
      if (!title) return fail('Give the new event a title.');
      const taken = new Set([...reservedIds, ...(await s.sets()).map((x) => x.id), ...(await s.collectedEvents()).map((e) => e.id)]);
      event = { id: newEventId(title, taken), title, createdAt: new Date().toISOString(), nextArticle: 1 };
      articles = [];
    }
    const number = event.nextArticle;
    const article: CollectedArticle = {
      eventId: event.id,
      id: articleId(number, page.outlet),
      number,
      outlet: clip(page.outlet),
      title: clip(page.title),
      url: page.url.trim(),
      published: clip(page.published),
      language: clip(page.language),
      text: page.text,
      addedAt: new Date().toISOString(),
    };
    const next = { ...event, nextArticle: number + 1 };
    const built = rebuild(next, [...articles, article]);
    if (!built.ok) return built;
    await s.saveCollected(next, built.set, { put: [article] });
    changed();
    return { ok: true, event: { id: next.id, title: next.title }, summary: summaryOf(built.set), mayMissFigures: mayMissFigures(article.language) };
  }

  /** Stores `event` with its articles changed, once its set is rebuilt. */
  async function change(event: CollectedEvent, articles: CollectedArticle[], removed: string[]): Promise<ChangeResponse> {
    const built = rebuild(event, articles);
    if (!built.ok) return built;
    await (await store()).saveCollected(event, built.set, { remove: removed });
    changed();
    return { ok: true, summary: summaryOf(built.set) };
  }

  async function removeArticle(eventId: string, articleId: string): Promise<ChangeResponse> {
    const s = await store();
    const event = await s.collectedEvent(eventId);
    if (!event) return NO_EVENT;
    const articles = await s.articlesOf(eventId);
    const left = articles.filter((a) => a.id !== articleId);
    if (left.length === articles.length) return fail('That article is no longer stored; nothing was changed.');
    // An event keeps at least one article: removing its last is removing the event.
    if (left.length === 0) {
      await s.remove(eventId);
      changed();
      return { ok: true, summary: null };
    }
    return change(event, left, [articleId]);
  }

  async function rename(eventId: string, title: string): Promise<ChangeResponse> {
    const s = await store();
    const event = await s.collectedEvent(eventId);
    if (!event) return NO_EVENT;
    const clipped = clip(title);
    if (!clipped) return fail('An event needs a title; nothing was changed.');
    return change({ ...event, title: clipped }, await s.articlesOf(eventId), []);
  }

  async function listing(): Promise<CollectedEventListing[]> {
    const s = await store();
    const events = (await s.collectedEvents()).sort((a, b) => byCodeUnit(a.createdAt, b.createdAt));
    return Promise.all(
      events.map(async (event) => {
        const set = (await s.get(event.id))?.set;
        const figures = new Map<string, number>();
        for (const claim of set?.claims ?? []) figures.set(claim.source, (figures.get(claim.source) ?? 0) + 1);
        const articles = (await s.articlesOf(event.id)).sort((a, b) => a.number - b.number);
        return {
          id: event.id,
          title: event.title,
          createdAt: event.createdAt,
          summary: set ? summaryOf(set) : { articles: articles.length, figures: 0, disputed: 0 },
          articles: articles.map(({ id, outlet, title, url, published, language }) => ({ id, outlet, title, url, published, language, figures: figures.get(id) ?? 0 })),
        };
      }),
    );
  }

  async function exported(eventId: string): Promise<ExportedEvent | null> {
    const s = await store();
    const event = await s.collectedEvent(eventId);
    return event ? { folder: event.id, files: eventFolder(event, await s.articlesOf(eventId)) } : null;
  }

  function handle(request: CollectRequest): Promise<unknown> {
    switch (request.type) {
      case 'collect-choices':
        return choices(request.text);
      case 'collect':
        return serially(() => collect(request.article, request.to));
      case 'collected':
        return listing();
      case 'remove-article':
        return serially(() => removeArticle(request.event, request.article));
      case 'rename-event':
        return serially(() => rename(request.event, request.title));
      case 'export-event':
        return exported(request.event);
    }
  }

  return { handle };
}
