// Issue 15 end to end, in both browsers: the reader collects three pages of one labelled event
// into a new event from the popup; a fourth page of the story is then highlighted against them,
// its popovers naming the three outlets; removing an article on the options page updates the
// highlights; all of it survives a restart of the browser; and the event exported as a .zip
// gives `crosscount build` the very claim set the extension built.
//
// What is asserted is what collecting guarantees (where the highlights come from, which outlets
// the popovers name, that removal and restart take effect), not which figures the engine pairs,
// which improves on its own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, pageTabId, type TestBrowser, type TestPage } from './support/browsers';
import { pageStateOf } from './support/page-state';
import { startPageServer, startRecordingProxy, type PageServer, type RecordingProxy } from './support/server';


const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(ROOT, 'docs/screenshots');
const EVENT_PAGES = '/events/las-vegas-shooting-2017/pages';
const COLLECTED = [
  { file: '01-av-club.html', outlet: 'The A.V. Club', id: '01-the-a-v-club' },
  { file: '02-slate.html', outlet: 'Slate', id: '02-slate' },
  { file: '03-the-guardian.html', outlet: 'The Guardian', id: '03-the-guardian' },
];
const FOURTH = '05-cmt.html';
const TITLE = 'Route 91 Harvest festival shooting';
const EVENT_ID = 'route-91-harvest-festival-shooting';

// The browsers' own background traffic reaches the proxy too; it is not the extension's.
const BROWSER_VENDOR = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.(com|org|net)|firefox\.com|mozaws\.net)(:\d+)?$/;
const hostOf = (line: string) => {
  const target = line.split(' ')[1] ?? '';
  return target.includes('://') ? new URL(target).host : target;
};

interface FigureState {
  text: string;
  verdict: string;
  competitors: string[];
}

/** The source ids of the claims the page's highlights are set against. */
const sourcesOf = (figures: FigureState[]) => new Set(figures.flatMap((f) => f.competitors.map((id) => id.replace(/-\d+$/, ''))));

function describeCollectingIn(name: string, launch: (proxyPort: number, profile: string) => Promise<TestBrowser>) {
  describe.sequential(`Collecting articles in ${name}`, () => {
    let server: PageServer;
    let proxy: RecordingProxy;
    let profile: string;
    let browser: TestBrowser;
    let control: TestPage;
    let tabId: number;

    async function start() {
      browser = await launch(proxy.port, profile);
      await browser.page.goto(`${server.origin}${EVENT_PAGES}/${COLLECTED[0].file}`);
      control = await browser.openExtensionPage('popup.html');
      tabId = await pageTabId(control);
    }

    /** Opens an event page in the article tab and waits until its content script has read it. */
    async function open(file: string) {
      await browser.page.bringToFront();
      await browser.page.goto(`${server.origin}${EVENT_PAGES}/${file}`);
      return settled(() => true, file);
    }

    /** Waits until the article tab's page state, once read, satisfies `done`. */
    async function settled(done: (figures: FigureState[]) => boolean, what: string) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const state = await pageStateOf(control, tabId);
        if (state && state.scans > 0 && done(state.figures as FigureState[])) {
          expect(state.problems, `errors the content script caught on ${what}`).toEqual([]);
          return state.figures as FigureState[];
        }
        if (Date.now() > deadline) throw new Error(`${what}: the page did not reach the expected state (last: ${JSON.stringify(state?.figures.length)} figures)`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    /** The text of the popover of every highlight that opens one. */
    async function popoverTexts(): Promise<string> {
      const count = await browser.page.evaluate(() => document.querySelectorAll('mark.crosscount-mark[tabindex]').length);
      let texts = '';
      for (let i = 0; i < count; i++) {
        await browser.page.evaluate((index) => document.querySelectorAll<HTMLElement>('mark.crosscount-mark[tabindex]')[index].click(), i);
        await browser.page.waitFor((index) => {
          const card = document.querySelector('crosscount-popover')?.shadowRoot?.querySelector<HTMLElement>('.card');
          const anchor = document.querySelectorAll<HTMLElement>('mark.crosscount-mark[tabindex]')[index];
          return !!card && !card.hidden && anchor.getAttribute('aria-expanded') === 'true' && (card.textContent ?? '').length > 0;
        }, i);
        texts += await browser.page.evaluate(() => document.querySelector('crosscount-popover')!.shadowRoot!.querySelector('.card')!.textContent);
      }
      return texts;
    }

    beforeAll(async () => {
      server = await startPageServer();
      proxy = await startRecordingProxy();
      profile = mkdtempSync(join(tmpdir(), `crosscount-collect-${name}-`));
      await start();
      mkdirSync(SCREENSHOTS, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
      await proxy?.close();
      await server?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    it('collects three pages of a story into a new event from the popup; a fourth page is highlighted against them', async () => {
      // Before: the story is no stored event, so its fourth page shows nothing.
      expect(await open(FOURTH)).toEqual([]);

      for (const [i, page] of COLLECTED.entries()) {
        await open(page.file);
        const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
        await popup.waitFor(() => !document.querySelector<HTMLElement>('#collect')!.hidden);
        await popup.click('.collect-start');
        await popup.waitFor(() => document.querySelector<HTMLElement>('.collect-form')?.hidden === false || document.querySelector('.collect-status.error'));
        expect(await popup.evaluate(() => document.querySelector('.collect-article')?.textContent)).toContain(page.outlet);
        const checked = await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[name="target"]:checked')?.value);
        if (i === 0) {
          // No stored event shares its words: a new one is proposed, titled from the headline.
          expect(checked).toBe('');
          expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('.collect-title')!.value)).toBe('58 dead and 515 injured at Las Vegas country music festival');
          await popup.evaluate((title) => {
            document.querySelector<HTMLInputElement>('.collect-title')!.value = title;
          }, TITLE);
        } else {
          // The event collected so far shares the page's words: it is proposed first.
          expect(checked).toBe(EVENT_ID);
        }
        await popup.click('.collect-add');
        await popup.waitFor(() => document.querySelector('.collect-status.ok, .collect-status.error'));
        const status = await popup.evaluate(() => document.querySelector('.collect-status')!.textContent);
        expect(status).toMatch(new RegExp(`^Added to “${TITLE}”: ${i + 1} articles?, \\d+ figures?, \\d+ disputed quantit`));
        if (i === COLLECTED.length - 1) await popup.screenshot(join(SCREENSHOTS, `collect-popup-${name}.png`), 'main');
        await popup.close();
      }

      // The fourth page: its highlights are set against the three collected articles alone.
      await open(FOURTH);
      const figures = await settled((f) => sourcesOf(f).size === 3, FOURTH);
      expect(figures.some((f) => f.verdict === 'conflict')).toBe(true);
      expect([...sourcesOf(figures)].sort()).toEqual(COLLECTED.map((c) => c.id));
      const popovers = await popoverTexts();
      for (const { outlet } of COLLECTED) expect(popovers).toContain(outlet);
      await browser.page.evaluate(() => document.querySelector<HTMLElement>('mark.crosscount-conflict[tabindex]')!.click());
      await browser.page.waitFor(() => !document.querySelector('crosscount-popover')!.shadowRoot!.querySelector<HTMLElement>('.card')!.hidden);
      await browser.page.screenshot(join(SCREENSHOTS, `collected-page-${name}.png`));

      // The same article again is refused, and says so.
      await open(COLLECTED[1].file);
      const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.waitFor(() => !document.querySelector<HTMLElement>('#collect')!.hidden);
      await popup.click('.collect-start');
      await popup.waitFor(() => document.querySelector<HTMLElement>('.collect-form')?.hidden === false);
      await popup.click('.collect-add');
      await popup.waitFor(() => document.querySelector('.collect-status.error'));
      expect(await popup.evaluate(() => document.querySelector('.collect-status')!.textContent)).toMatch(/^This article is already in/);
      await popup.close();
    });

    it('removes an article on the options page, and the open page is highlighted without it', async () => {
      await open(FOURTH);
      const options = await browser.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelectorAll('#collected li[data-article]').length === 3);
      await options.click(`#collected li[data-article="${COLLECTED[1].id}"] .remove-article`);
      await options.waitFor(() => document.querySelector('#collected-result .ok') !== null);
      expect(await options.evaluate(() => document.querySelectorAll('#collected li[data-article]').length)).toBe(2);
      // The open page reads again on its own: no reload.
      const figures = await settled((f) => f.length > 0 && !sourcesOf(f).has(COLLECTED[1].id), `${FOURTH} after the removal`);
      expect([...sourcesOf(figures)].sort()).toEqual([COLLECTED[0].id, COLLECTED[2].id]);
      const popovers = await popoverTexts();
      expect(popovers).toContain(COLLECTED[0].outlet);
      expect(popovers).not.toContain(COLLECTED[1].outlet);
      await options.close();
    });

    it('keeps the collected event, its articles and its highlights across a browser restart', async () => {
      await browser.close();
      await start();
      const figures = await (async () => {
        await open(FOURTH);
        return settled((f) => f.length > 0, `${FOURTH} after the restart`);
      })();
      expect([...sourcesOf(figures)].sort()).toEqual([COLLECTED[0].id, COLLECTED[2].id]);
      const options = await browser.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelectorAll('#collected li[data-article]').length === 2);
      expect(await options.evaluate(() => document.querySelector('#collected li[data-collected] input[name="title"]')!.getAttribute('aria-label'))).toBe(`Title of ${TITLE}`);
      await options.close();
    });

    it('exports the event as a .zip from which `crosscount build` writes the claim set the extension exports, byte for byte', async () => {
      const options = await browser.openExtensionPage('options.html');
      await options.waitFor((id) => document.querySelector(`#claim-sets li[data-event="${id}"] a`) !== null && document.querySelector('#collected a.export-bundle') !== null, EVENT_ID);
      const { bundle, claimSet } = await options.evaluate(async (id) => {
        const zipUrl = document.querySelector<HTMLAnchorElement>('#collected a.export-bundle')!.href;
        const setUrl = document.querySelector<HTMLAnchorElement>(`#claim-sets li[data-event="${id}"] a`)!.href;
        return { bundle: [...new Uint8Array(await (await fetch(zipUrl)).arrayBuffer())], claimSet: await (await fetch(setUrl)).text() };
      }, EVENT_ID);
      await options.close();
      const dir = mkdtempSync(join(tmpdir(), 'crosscount-bundle-'));
      try {
        const archive = join(dir, `${EVENT_ID}.zip`);
        writeFileSync(archive, Uint8Array.from(bundle));
        const built = spawnSync('node', [join(ROOT, 'cli/crosscount.mjs'), 'build', archive], { encoding: 'utf8' });
        expect(built.stderr).toBe('');
        expect(JSON.parse(claimSet).sources.map((s: { outlet: string }) => s.outlet)).toEqual([COLLECTED[0].outlet, COLLECTED[2].outlet]);
        expect(built.stdout).toBe(claimSet);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('makes no network request of its own, and raises no error', () => {
      expect(proxy.requests.filter((line) => !BROWSER_VENDOR.test(hostOf(line)))).toEqual([]);
      expect(server.requests.filter((path) => !path.startsWith(EVENT_PAGES) && path !== '/favicon.ico')).toEqual([]);
      expect(browser.errors).toEqual([]);
    });
  });
}

describeCollectingIn('chromium', launchChromium);
describeCollectingIn('firefox', launchFirefox);
