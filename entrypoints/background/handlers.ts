// What the background does for each message; the entrypoint only wires these to the browser.
import type { ClaimSet } from '../../engine/claimset/types';
import { validateClaimSet } from '../../engine/claimset/validate';
import { matchPageInSteps } from '../../engine/match/match-page';
import type { PageFigure } from '../../engine/match/page-figure';
import { pageTerms } from '../../engine/match/relevance';
import { figureOnPage, viewFigure, type FigureView } from '../../components/figure-view';
import { asJsonText, termsOfQuestion, type BackgroundRequest, type FigureOnPage, type GateResponse, type ImportResponse, type ListedSet, type LookupResponse, type MatchResponse, type PageFiguresResponse, type TabPageResponse } from '../../components/messages';
import { nextTask, timed } from '../../content/task-timing';
import { isCollectRequest } from '../../components/collect-messages';
import { createCollector } from './collect';
import type { Settings, Store } from './store';
import { TermIndex } from './term-index';

export interface Sender {
  tabId?: number;
  /** The frame of the content script that sent the message (0: the tab's top document). */
  frameId?: number;
  /** The URL of the page that sent the message, when a content script sent it. */
  url?: string;
  /** True for the extension's own pages (popup, options): only they may change what is stored. */
  extensionPage: boolean;
}

/** Requests only the extension's own pages may make: they change what is stored, or ask about a
 *  tab other than the sender's. */
const EXTENSION_PAGES_ONLY = new Set<BackgroundRequest['type']>(['import', 'remove', 'restore-bundled', 'set-enabled', 'set-site', 'tab-page', 'refresh-tab']);

export interface BackgroundDeps {
  store: () => Promise<Store>;
  bundled: ClaimSet;
  /** The extension's version: the bundled set is stored once per version, on install and on update. */
  version: string;
  setBadge: (tabId: number, conflicts: number) => void;
  /** Loads the reader into a frame whose page concerns a stored event; settles with the
   *  conflicts its first scan found (null: not known). */
  loadReader: (tabId: number, frameId: number) => Promise<number | null>;
  /** Has every open tab's page read again, after the stored sets changed. */
  refreshTabs: () => void;
  /** A tab's page as its reader tells it, or as the background read it where the reader is not
   *  (see page-watch.ts). */
  tabPage: (tabId: number) => Promise<PageFiguresResponse | null>;
  /** Reads a tab's page again, after its site was turned off or on. */
  refreshTab: (tabId: number) => Promise<void>;
}

/** Sentences matched between pauses: a few milliseconds, so a long page being matched for one
 *  tab holds up another tab's question by no more than that. */
const SENTENCES_PER_STEP = 150;

/**
 * The figures of a page's text that report a quantity of `sets`. Matching runs here, off the
 * page's main thread: the reader only reads the page and highlights what comes back, so a page
 * about a stored event waits for neither the grammar nor the claim reader (nor evaluates their
 * code). Each step is recorded as a task, as in the content scripts, so its cost can be read
 * off this context's timeline.
 */
async function matchOffThePage(text: string, sets: readonly ClaimSet[], pageUrl: string): Promise<PageFigure[]> {
  const steps = matchPageInSteps(text, sets, { pageUrl }, SENTENCES_PER_STEP);
  for (;;) {
    const step = timed(() => steps.next());
    if (step.done) return step.value;
    await nextTask();
  }
}

export function siteOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname || null : null;
  } catch {
    return null;
  }
}

export function isOff(settings: Settings, url: string | undefined): boolean {
  const site = siteOf(url);
  return !settings.enabled || (site !== null && settings.disabledSites.includes(site));
}

export function createHandlers({ store, bundled, version, setBadge, loadReader, refreshTabs, tabPage, refreshTab }: BackgroundDeps) {
  // Built on the first lookup after a (service worker) start and after every change of sets, from
  // the stored terms alone: a wake-up reads a few words per event, not every claim. A set is read
  // when a page first matches it and kept until the next change, so the sets a reader's pages
  // match are read once per start and the others not at all.
  let cached: Promise<{ index: TermIndex; sets: Map<string, Promise<ClaimSet | undefined>> }> | null = null;
  const index = () =>
    (cached ??= store()
      .then((s) => s.eventTerms())
      .then((terms) => ({ index: new TermIndex(terms), sets: new Map() })));
  const changed = () => {
    cached = null;
  };

  const collector = createCollector({
    store,
    relatedEvents: async (text) => (await index()).index.lookup(pageTerms(text)),
    reservedIds: [bundled.event.id],
    changed: () => {
      changed();
      refreshTabs();
    },
  });

  const turnedOff = async (sender: Sender) => isOff(await (await store()).settings(), sender.url);

  /** Ids of the stored events a page's terms point to; null where Crosscount is off. */
  async function eventsFor(terms: readonly string[], sender: Sender): Promise<string[] | null> {
    if (await turnedOff(sender)) return null;
    return (await index()).index.lookup(terms);
  }

  async function setsOf(ids: readonly string[]): Promise<ClaimSet[]> {
    const { sets } = await index();
    const found = await Promise.all(
      ids.map((id) => {
        let set = sets.get(id);
        if (!set) {
          set = store()
            .then((s) => s.get(id))
            .then((stored) => stored?.set);
          // A failed read is tried again by the next page rather than remembered.
          set.catch(() => sets.delete(id));
          sets.set(id, set);
        }
        return set;
      }),
    );
    // A set removed while this lookup was under way is not sent.
    return found.filter((set) => set !== undefined);
  }

  async function viewsOf(figures: readonly PageFigure[]): Promise<FigureView[]> {
    // Most pages the popup opens on have none: no need to wake the store for them.
    if (figures.length === 0) return [];
    const sets = await setsOf([...new Set(figures.map((figure) => figure.eventId))]);
    return figures.map((figure) => viewFigure(figure, sets));
  }

  async function installBundled(): Promise<void> {
    const s = await store();
    await s.put(bundled, true);
    await s.setBundledFor(version);
    changed();
  }

  // Checked before the first answer rather than in runtime.onInstalled, whose event can arrive
  // after a content script's first lookup; a reader who removed the bundled set keeps it removed
  // until the next version.
  let ready: Promise<void> | null = null;
  const bundledStored = () =>
    (ready ??= store()
      .then((s) => s.bundledFor())
      .then((stored) => (stored === version ? undefined : installBundled())));

  /**
   * The answer to a page's lead (page-watch.ts): the reader's code, and the figures it
   * highlights, go only to pages that concern a stored event; no script of ours stays on any
   * other page.
   */
  async function checkPage(words: string, sender: Sender): Promise<GateResponse> {
    await bundledStored();
    const events = await eventsFor(timed(() => pageTerms(words)), sender);
    if (!events) return { enabled: false, reading: false };
    const notRead = { enabled: true, reading: false } satisfies GateResponse;
    if (sender.tabId === undefined || events.length === 0) return notRead;
    // A set removed since the index was built is not found: nothing to read.
    if ((await setsOf(events)).length === 0) return notRead;
    try {
      const conflicts = await loadReader(sender.tabId, sender.frameId ?? 0);
      if (conflicts !== null) setBadge(sender.tabId, conflicts);
    } catch {
      // A page the browser keeps scripts out of (a store page, a closed tab).
      return notRead;
    }
    return { enabled: true, reading: true };
  }

  async function handle(request: BackgroundRequest, sender: Sender): Promise<unknown> {
    if (EXTENSION_PAGES_ONLY.has(request.type) && !sender.extensionPage) return null;
    await bundledStored();
    if (isCollectRequest(request)) return sender.extensionPage ? collector.handle(request) : null;
    switch (request.type) {
      case 'lookup': {
        const events = await eventsFor(timed(() => termsOfQuestion(request)), sender);
        if (!events) return { enabled: false, events: [] } satisfies LookupResponse;
        // A set removed since the index was built is not named.
        return { enabled: true, events: (await setsOf(events)).map((set) => set.event.id) } satisfies LookupResponse;
      }
      case 'match': {
        if (await turnedOff(sender)) return { enabled: false, figures: asJsonText([]), events: null } satisfies MatchResponse;
        // Without events named, the text is asked about as the gate's words were (see MatchResponse).
        const events = request.events ?? (await index()).index.lookup(timed(() => pageTerms(request.text)));
        const sets = await setsOf(events);
        const matched = await matchOffThePage(request.text, sets, request.url);
        const figures = timed(() => asJsonText(matched.map((figure): FigureOnPage => figureOnPage(figure, sets))));
        return { enabled: true, figures, events: request.events ? null : sets.map((set) => set.event.id) } satisfies MatchResponse;
      }
      case 'views':
        return viewsOf(request.figures);
      case 'report':
        if (sender.tabId !== undefined) setBadge(sender.tabId, request.conflicts);
        return null;
      case 'tab-page': {
        const page = await tabPage(request.tabId);
        return page && ({ page, views: await viewsOf(page.figures) } satisfies TabPageResponse);
      }
      case 'refresh-tab':
        await refreshTab(request.tabId);
        return null;
      case 'list':
        return (await (await store()).sets()).map(({ set, bundled }) => ({ set, bundled })) satisfies ListedSet[];
      case 'import': {
        const result = validateClaimSet(request.json);
        if (!result.ok) return { ok: false, errors: result.errors } satisfies ImportResponse;
        const s = await store();
        // Its set is rebuilt from its articles at their next change, which would undo the import.
        if (await s.collectedEvent(result.value.event.id)) {
          return { ok: false, errors: [`event.id: "${result.value.event.id}" is an event whose articles you collect; rename the file's event id to import it beside it`] } satisfies ImportResponse;
        }
        // A key lookup, not a read of every stored set: imports stay cheap as the store grows.
        const replaced = await s.has(result.value.event.id);
        await s.put(result.value, false);
        changed();
        return { ok: true, id: result.value.event.id, title: result.value.event.title, replaced } satisfies ImportResponse;
      }
      case 'remove': {
        const removed = await (await store()).remove(request.id);
        changed();
        refreshTabs();
        return { removed };
      }
      case 'restore-bundled':
        await installBundled();
        return { id: bundled.event.id };
      case 'settings':
        return (await store()).settings();
      case 'set-enabled': {
        const s = await store();
        const settings = { ...(await s.settings()), enabled: request.enabled };
        await s.saveSettings(settings);
        return settings;
      }
      case 'set-site': {
        const s = await store();
        const current = await s.settings();
        const others = current.disabledSites.filter((site) => site !== request.site);
        const settings = { ...current, disabledSites: request.enabled ? others : [...others, request.site].sort() };
        await s.saveSettings(settings);
        return settings;
      }
    }
  }

  return { handle, checkPage };
}
