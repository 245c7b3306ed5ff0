// How soon the toolbar popup shows its list, measured in headless Chromium with the built
// extension: the popup is opened (as a page of its own, naming the article's tab) over each seed
// page and over unrelated pages, and the time from its navigation start to its
// `crosscount:popup-listed` mark is read off its own timeline. Beside it, the baseline every
// extension page pays before any of our code can answer: its DOMContentLoaded; and the same
// measure of the one-message popup (reference-extensions.ts), opened over the same pages.
import { POPUP_LISTED_MARK } from '../components/popup-list';
import { samplePageLoads, type PageToLoad } from './page-loads';

export interface PopupSample {
  listed: number;
  domContentLoaded: number;
}

const READ_TIMELINE = `(() => {
  const listed = performance.getEntriesByName(${JSON.stringify(POPUP_LISTED_MARK)})[0];
  const nav = performance.getEntriesByType('navigation')[0];
  return listed ? { listed: listed.startTime, domContentLoaded: nav.domContentLoadedEventEnd } : null;
})()`;

const ARTICLE_TAB = `(async () => {
  const me = await chrome.tabs.getCurrent();
  const others = (await chrome.tabs.query({})).filter((t) => t.id !== me?.id);
  if (others.length !== 1) throw new Error('expected one article tab, found ' + others.length);
  return others[0].id;
})()`;

/** Crosscount's popup, or the popup of the unpacked extension `extension` (a reference). */
export function benchPopup(pages: PageToLoad[], runs: number, extension?: string) {
  return samplePageLoads(pages, runs, async (browser) => {
    const control = await browser.openExtensionPage('popup.html');
    return async (): Promise<PopupSample> => {
      const tabId = await control.evaluate(new Function(`return ${ARTICLE_TAB}`) as () => Promise<number>);
      const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
      const read = new Function(`return ${READ_TIMELINE}`) as () => PopupSample | null;
      await popup.waitFor(read as () => unknown);
      const sample = (await popup.evaluate(read))!;
      await popup.close();
      return sample;
    };
  }, extension);
}

