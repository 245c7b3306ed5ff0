// What the popup is told about a tab's page, asked as the popup asks it (one 'tab-page' message
// to the background, which asks the page's reader where there is one): scans finished, figures,
// and errors caught.
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
      const answer = (await ext.runtime.sendMessage({ type: 'tab-page', tabId: id }).catch(() => null)) as { page: PageState } | null;
      return answer?.page ?? null;
    },
    tabId,
  );
}
