// The reference extensions Crosscount is measured against in bench:pages, each the cheapest way
// to do one part of what a content script on every page does. Written out as unpacked Chrome
// extensions at each run, so what they do is in this file and nowhere else.
//
// - do-nothing: a content script that does nothing. What any extension with a content script
//   costs a page: the browser makes the script's isolated world and runs it.
// - title gate: reads the page's title and description and sends them to a background that
//   answers no. The cheapest gate that asks anything; the floor for Crosscount's gate.
// - walk-only: reads every text node of the page once and touches no extension API.
// - minimal gate: the same walk, then one message with the text to a background that answers no.
// - naive: mark.js markRegExp on every number of the page.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARK_JS = join(import.meta.dirname, '..', 'node_modules', 'mark.js', 'dist', 'mark.min.js');

const WALK = `const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const parts = [];
for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.data);
const words = parts.join(' ');`;

const ANSWER_NO = `chrome.runtime.onMessage.addListener((message, sender, reply) => { reply(false); });`;

interface Reference {
  name: string;
  content: string;
  background?: string;
  /** Files the content script needs before its own, from the project's node_modules. */
  libraries?: string[];
}

export const REFERENCES: Reference[] = [
  { name: 'do-nothing', content: '(() => {})();' },
  {
    name: 'title gate',
    content: `(() => {
const description = document.querySelector('meta[name="description"]');
chrome.runtime.sendMessage({ words: document.title + ' ' + (description ? description.content : '') });
})();`,
    background: ANSWER_NO,
  },
  { name: 'walk-only', content: `(() => {\n${WALK}\nglobalThis.walked = words.length;\n})();` },
  { name: 'minimal gate', content: `(() => {\n${WALK}\nchrome.runtime.sendMessage({ words });\n})();`, background: ANSWER_NO },
  { name: 'naive', content: `new Mark(document.body).markRegExp(/\\d[\\d,.]*/g);`, libraries: [MARK_JS] },
];

/** Writes each reference extension under `dir`; returns its folder by name. */
export function writeReferenceExtensions(dir: string): Map<string, string> {
  const folders = new Map<string, string>();
  for (const ref of REFERENCES) {
    const folder = join(dir, ref.name.replace(/\W+/g, '-'));
    mkdirSync(folder, { recursive: true });
    const libraries = (ref.libraries ?? []).map((path, i) => {
      const file = `library-${i}.js`;
      writeFileSync(join(folder, file), readFileSync(path));
      return file;
    });
    writeFileSync(join(folder, 'content.js'), ref.content);
    if (ref.background) writeFileSync(join(folder, 'background.js'), ref.background);
    const manifest = {
      manifest_version: 3,
      name: `reference: ${ref.name}`,
      version: '1.0',
      ...(ref.background ? { background: { service_worker: 'background.js' } } : {}),
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: [...libraries, 'content.js'], run_at: 'document_idle' }],
    };
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 1));
    folders.set(ref.name, folder);
  }
  return folders;
}
