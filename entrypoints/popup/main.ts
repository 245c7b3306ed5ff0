// The toolbar popup: every disputed figure on the current page, those revised over time, then
// its other figures, and the report of the page; for a page without disputes, the stored events
// and their conflicts too. `?tab=<id>` names the tab explicitly
// (tests open the popup as a page of its own, where the active tab is the popup itself).
import type { ListedSet, PageFiguresResponse, Settings, TabPageResponse } from '../../components/messages';
import { NO_ARTICLE_MESSAGE, type ReadArticleResult } from '../../collect/article';
import { mountCollectPanel } from '../../components/collect-panel';
import { POPUP_LISTED_MARK, quantitiesOnPage, renderQuantity, renderStoredEvent } from '../../components/popup-list';
import { reportAnnotations, reportMarkdown, type PageReport } from '../../components/report';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

async function currentTab(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab's page and its figures' views, in one message to the background (see TabPageResponse). */
async function pageOf(tabId: number | undefined): Promise<TabPageResponse | null> {
  if (tabId === undefined) return null;
  return ((await browser.runtime.sendMessage({ type: 'tab-page', tabId })) as TabPageResponse | null) ?? null;
}

function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : null;
  } catch {
    return null;
  }
}

async function showSiteSwitch(tabId: number, page: PageFiguresResponse) {
  const site = siteOf(page.url);
  if (!site) return;
  const settings = (await browser.runtime.sendMessage({ type: 'settings' })) as Settings;
  const box = $<HTMLInputElement>('#site-enabled');
  $('#site-name').textContent = site;
  box.checked = !settings.disabledSites.includes(site);
  box.disabled = !settings.enabled;
  box.addEventListener('change', async () => {
    await browser.runtime.sendMessage({ type: 'set-site', site, enabled: box.checked });
    await browser.tabs.sendMessage(tabId, { type: 'refresh' }).catch(() => browser.runtime.sendMessage({ type: 'refresh-tab', tabId }));
    await render();
  });
  $('#site-switch').hidden = false;
}

async function showStoredEvents() {
  const listed = (await browser.runtime.sendMessage({ type: 'list' })) as ListedSet[];
  const list = $('#events ul');
  list.replaceChildren(...listed.map(({ set }) => renderStoredEvent(document, set)));
  if (listed.length === 0) list.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'No claim sets are stored.' }));
  $('#events').hidden = false;
}

/** The article of the tab's page, read by the collect script injected into it. */
async function readPage(tabId: number): Promise<ReadArticleResult> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/collect.js'] });
  const result = frame?.result as ReadArticleResult | undefined;
  return result && typeof result === 'object' && 'ok' in result ? result : { ok: false, problem: 'no-article', message: NO_ARTICLE_MESSAGE };
}

let collectMounted = false;
function showCollect(tabId: number) {
  if (collectMounted) return;
  collectMounted = true;
  const send = <T>(message: object) => browser.runtime.sendMessage(message) as Promise<T>;
  // The popup's document lives as long as the panel, so its teardown is never needed here.
  mountCollectPanel($('#collect-panel'), { readPage: () => readPage(tabId), send });
  $('#collect').hidden = false;
}

let annotationsUrl: string | null = null;

/** The report of the page, as Markdown to copy and as Web Annotations to download. */
function offerReport(report: PageReport) {
  const disputed = new Set(report.figures.filter((f) => f.figure.timeVerdict === 'disputed').map((f) => f.figure.groupId)).size;
  const status = $('#report-status');
  $('#copy-report').onclick = () => {
    navigator.clipboard.writeText(reportMarkdown(report)).then(
      () => (status.textContent = `Copied: the page and its ${disputed} disputed ${disputed === 1 ? 'quantity' : 'quantities'}, with every outlet's figure.`),
      () => (status.textContent = 'The browser did not let Crosscount copy to the clipboard.'),
    );
  };
  if (annotationsUrl) URL.revokeObjectURL(annotationsUrl);
  const json = JSON.stringify(reportAnnotations(report, `urn:uuid:${crypto.randomUUID()}`), null, 2);
  annotationsUrl = URL.createObjectURL(new Blob([json], { type: 'application/ld+json' }));
  const link = $<HTMLAnchorElement>('#download-annotations');
  link.href = annotationsUrl;
  link.download = `crosscount-${(siteOf(report.url) ?? 'page').replace(/[^a-z0-9.-]/gi, '_')}-annotations.json`;
  $('#report').hidden = false;
}

async function render() {
  const tabId = await currentTab();
  const { page = null, views = [] } = (await pageOf(tabId)) ?? {};
  const status = $('#status');
  for (const id of ['#conflicts', '#revised', '#others', '#events', '#report']) $(id).hidden = true;

  const quantities = page ? quantitiesOnPage(page.figures, views) : [];
  const reveal = (index: number) => {
    void browser.tabs.sendMessage(tabId!, { type: 'reveal', index }).then(() => {
      // A real popup closes so the reader sees the figure; one opened as a page stays.
      if (!new URLSearchParams(location.search).has('tab')) window.close();
    });
  };
  // A toll revised over time is not a dispute between outlets: it gets a section of its own.
  const conflicts = quantities.filter((q) => q.timeVerdict === 'disputed');
  const revised = quantities.filter((q) => q.timeVerdict === 'revised');
  const others = quantities.filter((q) => q.timeVerdict !== 'disputed' && q.timeVerdict !== 'revised');
  for (const [id, list] of [['#conflicts', conflicts], ['#revised', revised], ['#others', others]] as const) {
    $(`${id} ul`).replaceChildren(...list.map((q) => renderQuantity(document, q, reveal)));
    $(id).hidden = list.length === 0;
  }

  if (page && !page.enabled) status.textContent = 'Crosscount is off for this page.';
  else if (conflicts.length > 0)
    status.textContent = `${conflicts.length} figure${conflicts.length === 1 ? ' is' : 's are'} disputed by other outlets on this page.${revised.length > 0 ? ` ${revised.length} ${revised.length === 1 ? 'was' : 'were'} revised over time.` : ''}`;
  else if (revised.length > 0)
    status.textContent = `No figure on this page is disputed; ${revised.length} ${revised.length === 1 ? 'was' : 'were'} revised over time.`;
  else if (quantities.length > 0) status.textContent = 'No figure on this page is disputed by another outlet.';
  else status.textContent = 'No figures on this page match a stored event.';
  if (performance.getEntriesByName(POPUP_LISTED_MARK).length === 0) performance.mark(POPUP_LISTED_MARK);

  if (page?.quotes && page.quotes.length === page.figures.length && page.figures.length > 0) {
    offerReport({
      url: page.url,
      title: page.title ?? '',
      made: new Date(),
      figures: page.figures.map((figure, i) => ({ figure, view: views[i], quote: page.quotes![i] })),
    });
  }

  if (conflicts.length === 0) await showStoredEvents();
  if (page && tabId !== undefined && $('#site-switch').hidden) await showSiteSwitch(tabId, page);
  // Any http(s) page is answered for (by its reader, or by the background that read its lead),
  // so a page answered: its article can be collected.
  if (page && tabId !== undefined && siteOf(page.url)) showCollect(tabId);
}

render().catch((error) => {
  $('#status').textContent = `Crosscount could not read this page (${error instanceof Error ? error.message : String(error)}).`;
});
