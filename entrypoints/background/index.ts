// Keeps the claim sets, answers the content scripts and the extension's pages, and sets the
// toolbar badge. Listeners are registered synchronously so a restarted service worker (Chrome)
// or event page (Firefox) receives the message that woke it.
import bundledJson from '../../assets/claims/fallujah-convoys-2016.json';
import { validateClaimSet } from '../../engine/claimset/validate';
import { parseBackgroundRequest, STEP_COMMANDS, type TabRequest } from '../../components/messages';
import { createHandlers } from './handlers';
import { Store } from './store';

/** The reader script (entrypoints/reader), as built: loaded only into pages that
 *  concern a stored event. */
const READER = '/reader.js';

export default defineBackground(() => {
  const bundled = validateClaimSet(bundledJson);
  if (!bundled.ok) throw new Error(`The bundled claim set is invalid: ${bundled.errors.join('; ')}`);

  let opened: Promise<Store> | null = null;
  // Firefox MV2 has browserAction where Chrome MV3 has action.
  const action = browser.action ?? browser.browserAction;
  const { handle } = createHandlers({
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
      // Pages about no stored event answer with the gate, which asks about its page again; a
      // tab without a content script (a browser page) does not answer.
      void browser.tabs
        .query({})
        .then((tabs) => {
          for (const tab of tabs) if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, { type: 'refresh' }).catch(() => {});
        })
        .catch(() => {});
    },
    setBadge(tabId, conflicts) {
      void action.setBadgeText({ tabId, text: conflicts > 0 ? String(conflicts) : '' }).catch(() => {});
      void action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => {});
    },
  });

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
