// @vitest-environment happy-dom
// The popup's panel with the real parts behind it: the article read by the collect script's
// code from saved pages, and the background's handlers on a real store (fake-indexeddb).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import bundledJson from '../assets/claims/fallujah-convoys-2016.json';
import { documentFromHtml } from '../cli/html-document';
import { readArticle } from '../collect/read-article';
import type { ClaimSet } from '../engine/claimset/types';
import { createHandlers } from '../entrypoints/background/handlers';
import { Store } from '../entrypoints/background/store';
import { mountCollectPanel } from './collect-panel';
import type { BackgroundRequest } from './messages';
import { parseBackgroundRequest } from './messages';

const SHARED = resolve(import.meta.dirname, '../../shared');
const VEGAS = join(SHARED, 'events/las-vegas-shooting-2017/pages');

let n = 0;
let teardowns: (() => void)[] = [];
afterEach(() => {
  for (const end of teardowns) end();
  teardowns = [];
});

function popupFor(path: string) {
  const name = `panel-${++n}`;
  const opened: Store[] = [];
  const { handle } = createHandlers({
    store: async () => {
      const s = await Store.open(name);
      opened.push(s);
      return s;
    },
    bundled: bundledJson as unknown as ClaimSet,
    version: '1.0.0',
    setBadge: () => {},
    loadReader: async () => null, tabPage: async () => null, refreshTab: async () => {},
    refreshTabs: () => {},
  });
  let pending: Promise<unknown> = Promise.resolve();
  // As the browser's messaging does: the message is copied, checked and answered.
  const send = <T>(message: object) => (pending = handle(parseBackgroundRequest(JSON.parse(JSON.stringify(message))) as BackgroundRequest, { extensionPage: true })) as Promise<T>;
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  let page = path;
  const readPage = async () => {
    const url = `http://127.0.0.1:8000/${page.split('/').pop()}`;
    return readArticle(documentFromHtml(readFileSync(page, 'utf8'), url), url);
  };
  teardowns.push(mountCollectPanel(root, { readPage, send }), () => opened.forEach((s) => s.close()));
  const status = () => root.querySelector('.collect-status')!;
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 400 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(done()).toBe(true);
  };
  return {
    root,
    status,
    until,
    send,
    settle: () => pending,
    goTo: (next: string) => {
      page = next;
      root.querySelector<HTMLButtonElement>('.collect-start')!.hidden = false;
    },
    start: async () => {
      root.querySelector<HTMLButtonElement>('.collect-start')!.click();
      await until(() => !root.querySelector<HTMLFormElement>('.collect-form')!.hidden || status().classList.contains('error'));
    },
    add: () => root.querySelector<HTMLButtonElement>('.collect-add')!.click(),
  };
}

it('proposes a new event titled from the headline, shows progress while adding, then what the set holds', async () => {
  const popup = popupFor(join(VEGAS, '01-av-club.html'));
  await popup.start();
  expect(popup.root.querySelector('.collect-article')!.textContent).toBe('The A.V. Club — 58 dead and 515 injured at Las Vegas country music festival (2017-10-02)');
  expect(popup.root.querySelector<HTMLInputElement>('input[name="target"]:checked')!.value).toBe('');
  expect(popup.root.querySelector<HTMLInputElement>('.collect-title')!.value).toBe('58 dead and 515 injured at Las Vegas country music festival');
  popup.root.querySelector<HTMLInputElement>('.collect-title')!.value = 'Las Vegas';
  popup.add();
  expect(popup.status().querySelector('progress')).not.toBeNull();
  expect(popup.status().textContent).toBe('Adding the article and rebuilding the claim set of “Las Vegas”…');
  await popup.until(() => popup.status().classList.contains('ok'));
  expect(popup.status().textContent).toMatch(/^Added to “Las Vegas”: 1 article, \d+ figures, \d+ disputed quantit/);
  expect(popup.root.querySelector<HTMLFormElement>('.collect-form')!.hidden).toBe(true);
});

it('proposes first the stored event the page shares words with, and refuses the same article twice', async () => {
  const popup = popupFor(join(VEGAS, '01-av-club.html'));
  await popup.start();
  popup.add();
  await popup.until(() => popup.status().classList.contains('ok'));
  popup.goTo(join(VEGAS, '02-slate.html'));
  await popup.start();
  const checked = popup.root.querySelector<HTMLInputElement>('input[name="target"]:checked')!;
  expect(checked.value).toMatch(/^58-dead-and-515-injured-at-las-vegas/);
  expect(checked.parentElement!.textContent).toContain('shares words with this page');
  popup.add();
  await popup.until(() => popup.status().classList.contains('ok'));
  expect(popup.status().textContent).toMatch(/: 2 articles,/);

  await popup.start();
  popup.add();
  await popup.until(() => popup.status().classList.contains('error'));
  expect(popup.status().textContent).toMatch(/^This article is already in “58 dead and 515 injured at Las Vegas country music festival” \(Slate/);
});

it('says so when the page has no article, and stores nothing', async () => {
  const popup = popupFor(join(SHARED, 'corpus/pages/ol.html'));
  await popup.start();
  expect(popup.status().className).toBe('collect-status error');
  expect(popup.status().textContent).toMatch(/^No article was found on this page, so nothing was added/);
  expect(await popup.send({ type: 'collected' })).toEqual([]);
});

it('adds a page in another language and says its figures may be missed', async () => {
  const popup = popupFor(join(SHARED, 'corpus/pages/lemonde-1.html'));
  await popup.start();
  expect(popup.status().textContent).toContain('“fr”; figures may be missed');
  popup.add();
  await popup.until(() => popup.status().classList.contains('ok'));
  expect(popup.status().textContent).toContain('Crosscount reads figures written in English, so some of its figures may be missed.');
});

it('renders what a page says about itself as text', async () => {
  const popup = popupFor(join(VEGAS, '01-av-club.html'));
  const hostile = '<img src=x onerror=alert(1)>';
  popup.root.replaceChildren();
  teardowns.push(
    mountCollectPanel(popup.root, {
      readPage: async () => ({ ok: true, article: { outlet: hostile, title: hostile, url: 'https://x.example/a', published: '', language: 'en', text: 'x'.repeat(400) } }),
      send: async <T,>() => ({ events: [] }) as T,
    }),
  );
  await popup.start();
  expect(popup.root.querySelector('img')).toBeNull();
  expect(popup.root.querySelector('.collect-article')!.textContent).toBe(`${hostile} — ${hostile}`);
});
