// Which open pages concern a stored event, decided from the background: once a page has loaded,
// the background reads its lead (entrypoints/lead) and, when its words point to a stored event,
// loads the reader into it. No script of ours runs on a page before that, and the one that reads
// the lead touches no extension API and leaves nothing running.
//
// The trade-off against a content script on every page (the gate this replaced): a page is read
// when the browser says it has loaded, after its images and scripts, not as soon as its document
// is parsed, so on a slow page the highlights come later; and the page's changes are not watched.
// What stands in for watching: a single-page app's navigation or a new title reads the lead again,
// and a page whose lead was still thin when it loaded (an article drawn by script) is read once
// more a little later. Once the reader is on a page, it watches the page itself.
import type { LeadResult } from '../lead';
import type { GateResponse, PageFiguresResponse } from '../../components/messages';

/** Fewer characters than this in a loaded page's lead: its article may still be coming. */
const THIN_LEAD = 500;
/** How long after loading a thin page is read again. */
const LATE_READ_MS = 2000;
/** Errors kept per page, the last ones: a page that breaks every read does not fill memory. */
const MAX_PROBLEMS = 10;

export interface PageWatchDeps {
  /** Runs the lead script in the tab's top frame; rejects where the browser keeps scripts out. */
  readLead: (tabId: number) => Promise<LeadResult | undefined>;
  /** The background's answer to a page's words: off, not about a stored event, or reader loaded. */
  check: (words: string, tab: { tabId: number; url: string }) => Promise<GateResponse>;
  setTimer: (run: () => void, ms: number) => void;
}

/** What tabs.onUpdated tells (the part used here). */
export interface TabChange {
  status?: string;
  url?: string;
  title?: string;
}

interface TabPage {
  url: string;
  /** Reads finished since the page began to load. */
  scans: number;
  enabled: boolean;
  /** The reader is on the page: it watches the page from now on. */
  reading: boolean;
  problems: string[];
  /** The last lead the background answered for; the same words are not asked about again. */
  asked: string | null;
  lateRead: boolean;
  underWay: Promise<void> | null;
  again: boolean;
}

const isWebPage = (url: string | undefined): url is string => !!url && /^https?:/i.test(url);

export function createPageWatch({ readLead, check, setTimer }: PageWatchDeps) {
  const tabs = new Map<number, TabPage>();

  const fresh = (url: string): TabPage => ({ url, scans: 0, enabled: true, reading: false, problems: [], asked: null, lateRead: false, underWay: null, again: false });

  async function readOnce(tabId: number, page: TabPage): Promise<void> {
    let lead: LeadResult | undefined;
    try {
      lead = await readLead(tabId);
    } catch {
      // A page the browser keeps scripts out of (a store's page, a tab closed meanwhile).
      lead = undefined;
    }
    if (tabs.get(tabId) !== page) return;
    if (lead && 'problem' in lead) page.problems = [...page.problems, lead.problem].slice(-MAX_PROBLEMS);
    const words = lead && 'words' in lead ? lead.words : null;
    if (words !== null && words !== page.asked) {
      const answer = await check(words, { tabId, url: page.url });
      if (tabs.get(tabId) !== page) return;
      page.asked = words;
      page.enabled = answer.enabled;
      page.reading = answer.reading;
    }
    page.scans++;
    if (!page.reading && !page.lateRead && words !== null && words.length < THIN_LEAD) {
      page.lateRead = true;
      setTimer(() => void read(tabId), LATE_READ_MS);
    }
  }

  /** Reads the tab's lead now, or once more after the read under way; settles when done. */
  function read(tabId: number): Promise<void> {
    const page = tabs.get(tabId);
    if (!page || page.reading) return Promise.resolve();
    if (page.underWay) {
      page.again = true;
      return page.underWay;
    }
    page.underWay = (async () => {
      try {
        do {
          page.again = false;
          await readOnce(tabId, page);
        } while (page.again && !page.reading);
      } finally {
        page.underWay = null;
      }
    })();
    return page.underWay;
  }

  return {
    /** tabs.onUpdated: a page begins to load (forgotten), has loaded (read), or a loaded page
     *  changes its address or title (read again). */
    updated(tabId: number, change: TabChange, tab: { url?: string; status?: string }): void {
      const url = change.url ?? tab.url;
      if (!isWebPage(url)) {
        tabs.delete(tabId);
        return;
      }
      if (change.status === 'loading' || !tabs.has(tabId)) tabs.set(tabId, fresh(url));
      const page = tabs.get(tabId)!;
      page.url = url;
      if (change.status === 'complete' || (tab.status === 'complete' && (change.url !== undefined || change.title !== undefined))) void read(tabId);
    },

    removed(tabId: number): void {
      tabs.delete(tabId);
    },

    /** Reads the tab's page again as when it loaded, after the stored sets or settings changed. */
    refresh(tabId: number, url: string | undefined): Promise<void> {
      if (!isWebPage(url)) return Promise.resolve();
      tabs.set(tabId, fresh(url));
      return read(tabId);
    },

    /** What the popup shows of a tab the reader is not on. A loaded page not read yet (open
     *  before the background started) is read first; a page still loading has no scans yet.
     *  `reader` tells that the read brought the reader in, which answers for its page. */
    async pageOf(tabId: number, tab: { url?: string; status?: string }): Promise<PageFiguresResponse | null> {
      if (!isWebPage(tab.url)) return null;
      if (tabs.get(tabId)?.url !== tab.url) tabs.set(tabId, fresh(tab.url));
      const page = tabs.get(tabId)!;
      if (page.scans === 0 && tab.status === 'complete') await read(tabId);
      return { url: page.url, enabled: page.enabled, scans: page.scans, reader: page.reading, problems: [...page.problems], figures: [] };
    },
  };
}

export type PageWatch = ReturnType<typeof createPageWatch>;
