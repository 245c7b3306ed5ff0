// What a tab's content script reports about its page (the popup's own 'page-figures' message),
// asked from an extension page: scans finished, figures, and errors it caught.
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
      return ext.tabs.sendMessage(id, { type: 'page-figures' }).catch(() => null) as Promise<PageState | null>;
    },
    tabId,
  );
}
