// The loop both browser benchmarks share: one headless Chromium with the built extension, behind
// the recording proxy, loads each page several times and, once each load has settled, reads
// whatever the benchmark samples.
import { launchChromium, type TestBrowser } from '../tests/e2e/support/browsers';
import { startRecordingProxy } from '../tests/e2e/support/server';
import { TIMINGS_MARK } from '../content/task-timing';

/** Turns the content scripts' in-page timings on for every page a tab loads (content/task-timing.ts). */
export const TIMINGS_ON = `performance.mark(${JSON.stringify(TIMINGS_MARK)})`;

/** Time after a load for deferred work (re-scans, the popup's answers) to finish. */
const SETTLE_MS = 700;

/** An extension page's global, where the benchmarks store their events (page.evaluate). */
export type ExtensionPage = { chrome: typeof import('wxt/browser').browser };

export interface PageToLoad {
  name: string;
  url: string;
  seed: boolean;
}

export const settle = () => new Promise((res) => setTimeout(res, SETTLE_MS));

/**
 * `prepare` runs once in the fresh browser and returns the sampler, which runs after each load.
 * `extension`: the unpacked extension the browser has, Crosscount's Chrome build by default.
 * Returns the samples of each page, in the order given.
 */
export async function samplePageLoads<S>(
  pages: PageToLoad[],
  runs: number,
  prepare: (browser: TestBrowser) => Promise<() => Promise<S>>,
  extension?: string,
): Promise<{ name: string; seed: boolean; samples: S[] }[]> {
  const proxy = await startRecordingProxy();
  const browser = await launchChromium(proxy.port, undefined, extension);
  const rows: { name: string; seed: boolean; samples: S[] }[] = [];
  try {
    await browser.page.addInitScript(TIMINGS_ON);
    const sample = await prepare(browser);
    for (const { name, url, seed } of pages) {
      const samples: S[] = [];
      for (let r = 0; r < runs; r++) {
        await browser.page.goto(url);
        await settle();
        samples.push(await sample());
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
