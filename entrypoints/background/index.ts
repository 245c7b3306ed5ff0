// Keeps the claim sets, reads each loaded page's lead, answers the reader and the extension's
// pages, and sets the toolbar badge. Listeners are registered synchronously so a restarted
// service worker (Chrome) or event page (Firefox) receives the message that woke it.
import bundledJson from '../../assets/claims/fallujah-convoys-2016.json';
import { validateClaimSet } from '../../engine/claimset/validate';
import { parseBackgroundRequest, STEP_COMMANDS, type PageFiguresResponse, type TabRequest } from '../../components/messages';
import type { LeadResult } from '../lead';
import { createHandlers } from './handlers';
import { createPageWatch } from './page-watch';
import { Store } from './store';

/** The reader script (entrypoints/reader), as built: loaded only into pages that
 *  concern a stored event. */
const READER = '/reader.js';
/** The lead script (entrypoints/lead): run once in each loaded page, it returns the page's lead. */
const LEAD = '/lead.js';

export default defineBackground(() => {
  const bundled = validateClaimSet(bundledJson);
  if (!bundled.ok) throw new Error(`The bundled claim set is invalid: ${bundled.errors.join('; ')}`);

  let opened: Promise<Store> | null = null;
  // Firefox MV2 has browserAction where Chrome MV3 has action.
  const action = browser.action ?? browser.browserAction;
  const { handle, checkPage } = createHandlers({
    store: () => (opened ??= Store.open()),
    bundled: bundled.value,
    version: browser.runtime.getManifest().version,
    async loadReader(tabId, frameId) {
      // The reader alone: it gets its figures in the answer to its first scan (see
      // MatchResponse). Data given to executeScript as arguments would be written into the
      // script's source, which the page's thread then compiles and runs, none of it in the
      // reader's own measures.
      const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER] });
      // The reader's result: the conflicts its first scan found (see entrypoints/reader).
      return typeof frame?.result === 'number' ? frame.result : null;
    },
    refreshTabs() {
      // A page with the reader reads itself again; any other page has its lead read again.
      void browser.tabs
        .query({})
        .then((tabs) => {
          for (const tab of tabs) if (tab.id !== undefined) void refreshTab(tab.id, tab.url);
        })
        .catch(() => {});
    },
    async tabPage(tabId) {
      // The reader answers for its page, even one this worker has not seen (a restarted service
      // worker knows no tab); for any other page, the page watch does.
      const request: TabRequest = { type: 'page-figures' };
      const askReader = () => browser.tabs.sendMessage(tabId, request).then((answer) => (answer as PageFiguresResponse | undefined) ?? null, () => null);
      const fromReader = await askReader();
      if (fromReader) return fromReader;
      const page = await pages.pageOf(tabId, await browser.tabs.get(tabId));
      // Reading the page may have brought the reader in.
      return page?.reader ? ((await askReader()) ?? page) : page;
    },
    async refreshTab(tabId) {
      await refreshTab(tabId, (await browser.tabs.get(tabId)).url);
    },
    setBadge(tabId, conflicts) {
      void action.setBadgeText({ tabId, text: conflicts > 0 ? String(conflicts) : '' }).catch(() => {});
      void action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => {});
    },
  });

  const pages = createPageWatch({
    async readLead(tabId) {
      const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [LEAD] });
      return frame?.result as LeadResult | undefined;
    },
    check: (words, { tabId, url }) => checkPage(words, { tabId, frameId: 0, url, extensionPage: false }),
    setTimer: (run, ms) => void setTimeout(run, ms),
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => pages.updated(tabId, change, tab));
  browser.tabs.onRemoved.addListener((tabId) => pages.removed(tabId));

  /** The reader, when it is on the tab's page, reads it again; otherwise the page's lead is. */
  function refreshTab(tabId: number, url: string | undefined): Promise<void> {
    return browser.tabs.sendMessage(tabId, { type: 'refresh' } satisfies TabRequest).then(
      () => undefined,
      () => pages.refresh(tabId, url),
    );
  }

  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender) => {
    const request = parseBackgroundRequest(message);
    if (!request) return undefined;
    const extensionPage = sender.url?.startsWith(extensionOrigin) ?? false;
    return handle(request, { tabId: sender.tab?.id, frameId: sender.frameId, url: extensionPage ? undefined : sender.url, extensionPage });
  });

  // The shortcuts the manifest declares (and the reader may change in the browser's settings):
  // the tab's reader moves to the next or previous disputed figure. A tab without a reader
  // has no listener, and the message goes nowhere.
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = STEP_COMMANDS[command];
    if (direction === undefined || tab?.id === undefined) return;
    void browser.tabs.sendMessage(tab.id, { type: 'step-disputed', direction } satisfies TabRequest).catch(() => {});
  });
});
