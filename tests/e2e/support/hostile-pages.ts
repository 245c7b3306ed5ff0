// The hostile fixture pages served at /hostile/<name>: the small ones are files in
// tests/fixtures/hostile/, the two too big to commit are generated here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const HOSTILE_DIR = resolve(import.meta.dirname, '../../fixtures/hostile');

const ARTICLE =
  '<p>One of the convoys consisted of 700 vehicles, said the commander of the Iraqi Air Force, Lt. Gen. Hamed al-Maliki.</p>' +
  '<p>Garver said a large group of vehicles was detected gathering in neighborhoods southwest of Falluja, west of the Tofaha Bridge, on Tuesday night.</p>' +
  '<p>Coalition airstrikes targeted two ISIS convoys leaving Falluja over two days, destroying about 175 vehicles carrying militants out of the city, the spokesman for the U.S. coalition said Thursday.</p>' +
  '<p>Defense Minister Khalid al-Obeidi said 688 ISIS vehicles were destroyed and 440 ISIS militants killed</p>';

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body>${body}</body></html>\n`;

/** About 100,000 nodes: 25,000 rows of an element, a child element and two text nodes, with the article in the middle. */
function largeDom(): string {
  const rows: string[] = [];
  for (let i = 0; i < 25_000; i++) {
    rows.push(`<div class="row">row <span>${i}</span></div>`);
    if (i === 12_500) rows.push(`<article><h1>Falluja convoys</h1>${ARTICLE}</article>`);
  }
  return page('Large DOM', rows.join('\n'));
}

/**
 * 2,000 nested elements with the article at the bottom. The HTML parser would flatten nesting
 * this deep, so the page builds it with a script.
 */
function deepNesting(): string {
  return page(
    'Deep nesting',
    `<div id="top"></div><script>
  let node = document.getElementById('top');
  for (let i = 0; i < 2000; i++) {
    const child = document.createElement(i % 2 ? 'div' : 'section');
    if (i % 100 === 0) child.append('level ' + i + ' ');
    node.append(child);
    node = child;
  }
  node.innerHTML = '<article><h1>Falluja convoys</h1>${ARTICLE.replaceAll("'", "\\'")}</article>';
</script>`,
  );
}

/** name ("iframe.html") -> HTML. */
export function hostilePages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(HOSTILE_DIR).filter((f) => f.endsWith('.html')).sort()) {
    pages.set(file, readFileSync(join(HOSTILE_DIR, file), 'utf8'));
  }
  pages.set('large-dom.html', largeDom());
  pages.set('deep-nesting.html', deepNesting());
  return pages;
}
