// Renders the event's source articles (events/<event>/*.txt) as web pages with the chrome a news
// site has around an article (masthead, navigation, search field, hidden cookie notice, script,
// sidebar, footer), one <p> per line of the article. The browser tests serve them from
// 127.0.0.1; `npx tsx scripts/seed-pages.ts OUT_DIR` writes them out, e.g. for `crosscount annotate`.
// Every page declares its article's address as canonical, as real articles do. One page has a
// dark theme, so the popover is seen on both.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface SeedPage {
  /** File name of the page: the article's file name with .html. */
  name: string;
  /** The article's text file. */
  file: string;
  outlet: string;
  html: string;
}

interface SourceEntry {
  file: string;
  outlet: string;
  url: string;
  title: string;
  published: string;
}

export const EVENT_DIR = resolve(import.meta.dirname, '../events/fallujah-convoys-2016');
const DARK = '002_171e2be1fd12ec4f.txt';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LIGHT_CSS = 'body{background:#fff;color:#1a1a1a}a{color:#0645ad}header,footer{background:#f2f2f2}';
const DARK_CSS = 'body{background:#121212;color:#e6e6e6}a{color:#8ab4f8}header,footer{background:#1e1e1e}';
const SITE_CSS =
  'body{margin:0;font:17px/1.6 Georgia,serif}header{display:flex;gap:24px;align-items:center;padding:12px 24px}' +
  '.logo{font:700 22px sans-serif;text-decoration:none}nav ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}' +
  'main{display:grid;grid-template-columns:minmax(0,680px) 260px;gap:40px;padding:24px;justify-content:center}' +
  'aside{font:15px/1.4 sans-serif}footer{padding:16px 24px;font:14px sans-serif}.cookie{display:none}';

export function renderSeedPage(text: string, source: SourceEntry, dark: boolean): string {
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `      <p>${escape(line)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(source.title)} | ${escape(source.outlet)}</title>
  <link rel="canonical" href="${escape(source.url)}">
  <meta property="og:url" content="${escape(source.url)}">
  <style>${SITE_CSS}${dark ? DARK_CSS : LIGHT_CSS}</style>
  <script>window.analytics = { section: "world", pageViews: 1250, experiments: [17, 42] };</script>
</head>
<body>
  <header>
    <a class="logo" href="/">${escape(source.outlet)}</a>
    <nav aria-label="Sections"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/middle-east">Middle East</a></li><li><a href="/politics">Politics</a></li><li><a href="/video">Video</a></li></ul></nav>
    <form role="search"><input type="search" name="q" placeholder="Search 2,500 stories"></form>
  </header>
  <div class="cookie" role="dialog">We and our 312 partners use cookies. <button>Accept all</button></div>
  <main>
    <article>
      <h1>${escape(source.title)}</h1>
      <p class="byline">By ${escape(source.outlet)} staff · Published ${escape(source.published)}</p>
${paragraphs}
    </article>
    <aside>
      <h2>Most read</h2>
      <ol>
        <li><a href="/markets">Stocks close 300 points higher after a volatile week</a></li>
        <li><a href="/food">A 5-minute breakfast for 4 people</a></li>
        <li><a href="/sport">The 10 best goals of the season</a></li>
      </ol>
    </aside>
  </main>
  <footer><p>© 2016 ${escape(source.outlet)}. All rights reserved.</p><nav><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></nav></footer>
</body>
</html>
`;
}

export function seedPages(dir = EVENT_DIR): SeedPage[] {
  const { sources } = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as { sources: SourceEntry[] };
  return sources.map((source) => ({
    name: source.file.replace(/\.txt$/, '.html'),
    file: source.file,
    outlet: source.outlet,
    html: renderSeedPage(readFileSync(join(dir, source.file), 'utf8'), source, source.file === DARK),
  }));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: npx tsx scripts/seed-pages.ts OUT_DIR');
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  for (const page of seedPages()) writeFileSync(join(out, page.name), page.html);
  console.log(`wrote ${seedPages().length} pages to ${out}`);
}
