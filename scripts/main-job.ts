// The main job on the bundled event (`npm start`): the extension is already built by the npm
// script; this serves the seed articles as pages from 127.0.0.1 and opens Chromium with the
// extension loaded on one of them. Without a display it says where the built extensions are and
// prints what `crosscount annotate` finds on a seed page, which is what the extension marks.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { annotateFile, formatTable } from '../cli/annotate-page';
import { BUNDLED_CLAIMS, loadClaimSet } from '../cli/main';
import { startPageServer } from '../tests/e2e/support/server';
import { seedPages } from './seed-pages';

const root = resolve(import.meta.dirname, '..');
const chrome = join(root, '.output', 'chrome-mv3');
const firefox = join(root, '.output', 'firefox-mv2');
const page = seedPages().find((p) => p.name.startsWith('004_'))!;

console.log(`Built extension for Chrome:  ${chrome}${existsSync(chrome) ? '' : '  (missing: run npm run build)'}`);
console.log(`Built extension for Firefox: ${firefox}${existsSync(firefox) ? '' : '  (missing: run npm run build:firefox)'}`);

const pagesDir = join(root, 'tmp', 'seed-pages');
mkdirSync(pagesDir, { recursive: true });
for (const p of seedPages()) writeFileSync(join(pagesDir, p.name), p.html);
console.log(`Seed articles rendered as pages: ${pagesDir}\n`);

const browser = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find(existsSync);
if (process.env.DISPLAY && browser) {
  const server = await startPageServer();
  const url = `${server.origin}/seed/${page.name}`;
  console.log(`Opening ${url} in Chromium with Crosscount loaded. Close the browser to stop.`);
  const profile = mkdtempSync(join(tmpdir(), 'crosscount-profile-'));
  const child = spawn(browser, [
    `--user-data-dir=${profile}`, `--disable-extensions-except=${chrome}`, `--load-extension=${chrome}`,
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', url,
  ], { stdio: 'inherit' });
  child.on('exit', () => server.close());
} else {
  console.log(`No display${browser ? '' : ' or no Chromium'}: here is what Crosscount marks on ${page.name} (${page.outlet}):\n`);
  const sets = [loadClaimSet(BUNDLED_CLAIMS)];
  console.log(formatTable(annotateFile(join(pagesDir, page.name), sets), sets));
  console.log('\nLoad the built extension in Chrome (chrome://extensions, Developer mode, Load unpacked) or');
  console.log('Firefox (about:debugging, This Firefox, Load Temporary Add-on, pick manifest.json) and open a page above.');
}
