// What the popup is told about a tab's page (by its reader, or by the background for a page the
// reader is not on), asked from an extension page: scans finished, figures, and errors caught.
import type { TestPage } from './browsers';

type Ext = typeof import('wxt/browser').browser;

export interface PageState {
  scans: number;
  /** True once the reader runs on the page (it concerns a stored event). */
  reader: boolean;
  enabled: boolean;
  figures: { text: string }[];
  problems: string[];
}

export function pageStateOf(control: TestPage, tabId: number): Promise<PageState | null> {
  return control.evaluate(
    async (id) => {
      const ext = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as Ext;
      // The reader answers for its page; for any other page, the background that read it.
      const fromReader = (await ext.tabs.sendMessage(id, { type: 'page-figures' }).catch(() => null)) as PageState | null;
      return fromReader ?? ((await ext.runtime.sendMessage({ type: 'tab-page', tabId: id }).catch(() => null)) as { page: PageState } | null)?.page ?? null;
    },
    tabId,
  );
}
