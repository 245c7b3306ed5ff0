// Settings and claim sets. Every change goes through the background, which validates imports
// before storing anything: a bad file leaves the stored sets as they were.
import { h } from '../../components/dom';
import { claimSetJson } from '../../engine/claimset/serialize';
import type { ImportResponse, ListedSet, Settings } from '../../components/messages';
import type { ChangeResponse, CollectedEventListing, ExportedEvent } from '../../components/collect-messages';
import { renderCollectedEvent } from '../../components/collected-events';
import { summaryText } from '../../collect/collection';
import { zip } from '../../collect/zip';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const send = <T>(message: object) => browser.runtime.sendMessage(message) as Promise<T>;

async function showSettings(settings?: Settings) {
  settings ??= await send<Settings>({ type: 'settings' });
  $<HTMLInputElement>('#enabled').checked = settings.enabled;
  const items = settings.disabledSites.map((site) => {
    const on = h(document, 'button', { type: 'button' }, 'Turn back on');
    on.addEventListener('click', async () => showSettings(await send<Settings>({ type: 'set-site', site, enabled: true })));
    return h(document, 'li', {}, site, on);
  });
  $('#sites').replaceChildren(...(items.length > 0 ? items : [h(document, 'li', { class: 'meta' }, 'None')]));
}

let exportUrls: string[] = [];

async function showSets() {
  const listed = await send<ListedSet[]>({ type: 'list' });
  for (const url of exportUrls) URL.revokeObjectURL(url);
  exportUrls = [];
  const items = listed.map(({ set, bundled }) => {
    const remove = h(document, 'button', { type: 'button', 'aria-label': `Remove ${set.event.title}` }, 'Remove');
    remove.addEventListener('click', async () => {
      await send({ type: 'remove', id: set.event.id });
      await Promise.all([showSets(), showCollected()]);
    });
    // Export: the stored set as a file, byte for byte what an import of it stores again.
    const exported = h(document, 'a', { download: `${set.event.id}.json`, 'aria-label': `Export ${set.event.title}` }, 'Export');
    const url = URL.createObjectURL(new Blob([claimSetJson(set)], { type: 'application/json' }));
    exportUrls.push(url);
    exported.setAttribute('href', url);
    const conflicts = set.groups.filter((g) => g.verdict === 'conflict').length;
    return h(
      document,
      'li',
      { 'data-event': set.event.id },
      h(document, 'strong', {}, set.event.title),
      bundled && h(document, 'span', { class: 'bundled' }, 'bundled'),
      remove,
      exported,
      h(document, 'div', { class: 'meta' }, `${set.event.id} · ${set.sources.length} articles · ${set.groups.length} quantities · ${conflicts} in conflict`),
    );
  });
  $('#claim-sets').replaceChildren(...(items.length > 0 ? items : [h(document, 'li', { class: 'meta' }, 'No claim sets are stored.')]));
}

let bundleUrls: string[] = [];

/** The event's folder as a .zip, ready to download. */
async function bundleUrl(id: string): Promise<string> {
  const exported = await send<ExportedEvent | null>({ type: 'export-event', event: id });
  const encoder = new TextEncoder();
  const entries = (exported?.files ?? []).map((f) => ({ name: `${exported!.folder}/${f.name}`, data: encoder.encode(f.text) }));
  const url = URL.createObjectURL(new Blob([zip(entries)], { type: 'application/zip' }));
  bundleUrls.push(url);
  return url;
}

async function showCollected() {
  const listed = await send<CollectedEventListing[]>({ type: 'collected' });
  for (const url of bundleUrls) URL.revokeObjectURL(url);
  bundleUrls = [];
  const result = $('#collected-result');
  const after = async (response: ChangeResponse, done: string) => {
    // The lists first: when the result says "Removed", the article is gone from them.
    await Promise.all([showCollected(), showSets()]);
    result.replaceChildren(
      response.ok
        ? h(document, 'p', { class: 'ok' }, response.summary ? `${done} The claim set now holds ${summaryText(response.summary)}.` : `${done} It was the event's last article, so the event was deleted.`)
        : h(document, 'p', { class: 'error' }, response.message),
    );
  };
  const items = await Promise.all(
    listed.map(async (event) =>
      renderCollectedEvent(document, event, await bundleUrl(event.id), {
        rename: async (title) => after(await send<ChangeResponse>({ type: 'rename-event', event: event.id, title }), 'Renamed.'),
        remove: async () => {
          await send({ type: 'remove', id: event.id });
          await Promise.all([showCollected(), showSets()]);
          result.replaceChildren(h(document, 'p', { class: 'ok' }, `Deleted “${event.title}” and its articles.`));
        },
        removeArticle: async (articleId) => {
          result.replaceChildren(h(document, 'p', {}, h(document, 'progress', { 'aria-label': 'Rebuilding' }), ' Rebuilding the claim set…'));
          await after(await send<ChangeResponse>({ type: 'remove-article', event: event.id, article: articleId }), 'Removed the article.');
        },
      }),
    ),
  );
  $('#collected').replaceChildren(...(items.length > 0 ? items : [h(document, 'li', { class: 'meta' }, 'No collected events yet.')]));
}

function showImportResult(result: ImportResponse | { ok: false; errors: string[] }) {
  const box = $('#import-result');
  if (result.ok) {
    box.replaceChildren(h(document, 'p', { class: 'ok' }, `${result.replaced ? 'Replaced' : 'Imported'} “${result.title}”.`));
  } else {
    box.replaceChildren(
      h(document, 'p', { class: 'error' }, 'This file was not imported; nothing stored was changed.'),
      h(document, 'ul', {}, ...result.errors.slice(0, 20).map((e) => h(document, 'li', {}, e))),
    );
  }
}

$<HTMLInputElement>('#enabled').addEventListener('change', async (event) => {
  await showSettings(await send<Settings>({ type: 'set-enabled', enabled: (event.target as HTMLInputElement).checked }));
});

$<HTMLFormElement>('#add-site').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $<HTMLInputElement>('#site');
  const value = input.value.trim();
  let site = value;
  try {
    site = new URL(value.includes('://') ? value : `https://${value}`).hostname;
  } catch {
    // keep what was typed; the background stores it as a host name
  }
  if (!site) return;
  await showSettings(await send<Settings>({ type: 'set-site', site, enabled: false }));
  input.value = '';
});

$('#restore').addEventListener('click', async () => {
  await send({ type: 'restore-bundled' });
  await showSets();
});

$<HTMLInputElement>('#import').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    showImportResult({ ok: false, errors: [`${file.name} is not JSON: ${error instanceof Error ? error.message : String(error)}`] });
    input.value = '';
    return;
  }
  const result = await send<ImportResponse>({ type: 'import', json });
  input.value = '';
  // The list first: when the result says "Imported", the set is already listed.
  await showSets();
  showImportResult(result);
});

void showSettings();
void showSets();
void showCollected();
