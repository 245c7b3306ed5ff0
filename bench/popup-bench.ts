// How soon the toolbar popup shows its list, measured in headless Chromium with the built
// extension: the popup is opened (as a page of its own, naming the article's tab) over each seed
// page and over unrelated pages, and the time from its navigation start to its
// `crosscount:popup-listed` mark is read off its own timeline. Beside it, the baseline every
// extension page pays before any of our code can answer: its DOMContentLoaded.
import { launchChromium } from '../tests/e2e/support/browsers';
import { startRecordingProxy } from '../tests/e2e/support/server';
import { POPUP_LISTED_MARK } from '../components/popup-list';

const SETTLE_MS = 700;

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

export async function benchPopup(urls: { name: string; url: string; seed: boolean }[], runs: number) {
  const proxy = await startRecordingProxy();
  const browser = await launchChromium(proxy.port);
  const rows: { name: string; seed: boolean; samples: PopupSample[] }[] = [];
  try {
    const control = await browser.openExtensionPage('popup.html');
    for (const { name, url, seed } of urls) {
      const samples: PopupSample[] = [];
      for (let r = 0; r < runs; r++) {
        await browser.page.goto(url);
        await new Promise((res) => setTimeout(res, SETTLE_MS));
        const tabId = await control.evaluate(new Function(`return ${ARTICLE_TAB}`) as () => Promise<number>);
        const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
        const read = new Function(`return ${READ_TIMELINE}`) as () => PopupSample | null;
        await popup.waitFor(read as () => unknown);
        samples.push((await popup.evaluate(read))!);
        await popup.close();
      }
      rows.push({ name, seed, samples });
      process.stderr.write('.');
    }
  } finally {
    process.stderr.write('\n');
    await browser.close();
    await proxy.close();
  }
  return rows;
}
