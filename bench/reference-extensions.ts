// The reference extensions Crosscount is measured against in bench:pages, each the cheapest way
// to do one part of what a content script on every page does. Written out as unpacked Chrome
// extensions at each run, so what they do is in this file and nowhere else.
//
// - do-nothing: a content script that does nothing. What any extension with a content script
//   costs a page: the browser makes the script's isolated world and runs it.
// - runtime touch: reads its own extension id from the runtime API and nothing else. What the
//   first use of the extension API costs a page, before any message.
// - title gate: reads the page's title and description and sends them to a background that
//   answers no. The cheapest gate that asks anything; the floor for Crosscount's gate.
// - walk-only: reads every text node of the page once and touches no extension API.
// - minimal gate: the same walk, then one message with the text to a background that answers no.
// - naive: mark.js markRegExp on every number of the page.
// - pulled lead gate: no content script. The background, told by tabs.onUpdated that a page has
//   loaded, runs a function in it that reads its lead (title, metadata, headings, the first
//   3,000 characters of paragraphs) and returns it, and answers no. The page never touches the
//   extension API: the injection machinery carries the words back.
// - injected marker: the title gate, and a background that answers by loading mark.js and a
//   script marking the page's first number (mark.js needs a global expression: without one it
//   finds the same number forever) into the page, as Crosscount's background loads its
//   reader. The floor for a design that highlights only pages about a stored event.
// - injected reader: the pulled lead gate, and then, as Crosscount's background does on a page
//   about a stored event, mark.js and a script loaded into the page that reads every text node,
//   sends the text to the background in one message and marks the ranges it answers with
//   (markRanges), here the text's first eight numbers, about as many figures as Crosscount
//   highlights on a labelled event's page (a median of 7 on three pages of each). What the
//   cheapest design that does Crosscount's job on such a page costs: a gate, the page's text to
//   the background and back, marks; no visibility rules, no accessibility, no conflict map.
//
// And, for the popup (writeReferencePopup, measured by popup-bench.ts), the *one-message popup*:
// an extension page with no style sheet that sends its background one message, which answers
// with about what Crosscount's background answers for a seed page (ten figures, each with the
// figures other outlets gave, some 6 KB), and lists the answer as text. The floor for a popup
// that shows anything it has to ask for.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { POPUP_LISTED_MARK } from '../components/popup-list';

const MARK_JS = join(import.meta.dirname, '..', 'node_modules', 'mark.js', 'dist', 'mark.min.js');

const WALK = `const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const parts = [];
for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.data);
const words = parts.join(' ');`;

/** The background's function that reads a loaded page's lead (title, metadata, headings, the
 *  first 3,000 characters of paragraphs) and returns it: the pulled lead gate's. */
const READ_LEAD = `const readLead = () => {
  const parts = [document.title];
  for (const meta of document.querySelectorAll('meta[name="description"],meta[property="og:title"],meta[property="og:description"]')) parts.push(meta.content);
  for (const tag of ['h1', 'h2']) for (const h of document.getElementsByTagName(tag)) parts.push(h.textContent);
  let budget = 3000;
  const paragraphs = document.getElementsByTagName('p');
  for (let i = 0; budget > 0 && paragraphs[i]; i++) {
    const text = paragraphs[i].textContent;
    parts.push(text.slice(0, budget));
    budget -= text.length;
  }
  return parts.join(' ');
};`;

/** A number as the highlighting references find one (the source of a regular expression). */
export const NUMBER = String.raw`\d[\d,.]*`;

const ANSWER_NO = `chrome.runtime.onMessage.addListener((message, sender, reply) => { reply(false); });`;

interface Reference {
  name: string;
  /** The one page set worth measuring it on (pages-bench.ts): a gate answers no, which only
   *  pages about no stored event should get; a highlighter only pages about a stored event. */
  only?: 'corpus' | 'events';
  /** The content script on every page; none for a design that injects from its background. */
  content?: string;
  background?: string;
  /** Host access and the scripting permission, for a background that injects into pages. */
  hostAccess?: boolean;
  /** Scripts the background loads into pages, from this file's strings. */
  injected?: Record<string, string>;
  /** Files the content script needs before its own, from the project's node_modules. */
  libraries?: string[];
}

export const REFERENCES: Reference[] = [
  { name: 'do-nothing', content: '(() => {})();' },
  { name: 'runtime touch', only: 'corpus', content: 'globalThis.extensionId = chrome.runtime.id;' },
  {
    name: 'title gate',
    only: 'corpus',
    content: `(() => {
const description = document.querySelector('meta[name="description"]');
chrome.runtime.sendMessage({ words: document.title + ' ' + (description ? description.content : '') });
})();`,
    background: ANSWER_NO,
  },
  { name: 'walk-only', content: `(() => {\n${WALK}\nglobalThis.walked = words.length;\n})();` },
  { name: 'minimal gate', only: 'corpus', content: `(() => {\n${WALK}\nchrome.runtime.sendMessage({ words });\n})();`, background: ANSWER_NO },
  { name: 'naive', content: `new Mark(document.body).markRegExp(/${NUMBER}/g);`, libraries: [MARK_JS] },
  {
    name: 'pulled lead gate',
    only: 'corpus',
    background: `${READ_LEAD}
chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'complete' || !/^https?:/.test(tab.url || '')) return;
  chrome.scripting.executeScript({ target: { tabId }, func: readLead }).then((results) => { globalThis.lastWords = results[0] && results[0].result; }, () => {});
});`,
    hostAccess: true,
  },
  {
    name: 'injected marker',
    only: 'events',
    content: `chrome.runtime.sendMessage({ words: document.title });`,
    background: `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  chrome.scripting
    .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId] }, files: ['mark.min.js', 'mark-first.js'] })
    .then(() => reply(true), () => reply(false));
  return true;
});`,
    injected: {
      'mark.min.js': readFileSync(MARK_JS, 'utf8'),
      'mark-first.js': `new Mark(document.body).markRegExp(/${NUMBER}/g, { filter: (node, term, total) => total === 0 });`,
    },
  },
  {
    name: 'injected reader',
    only: 'events',
    background: `${READ_LEAD}
chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'complete' || !/^https?:/.test(tab.url || '')) return;
  chrome.scripting
    .executeScript({ target: { tabId }, func: readLead })
    .then(() => chrome.scripting.executeScript({ target: { tabId }, files: ['mark.min.js', 'read-and-mark.js'] }))
    .catch(() => {});
});
chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const ranges = [];
  for (const m of message.text.matchAll(/${NUMBER}/g)) {
    if (ranges.length === 8) break;
    ranges.push({ start: m.index, length: m[0].length });
  }
  reply(ranges);
});`,
    hostAccess: true,
    injected: {
      'mark.min.js': readFileSync(MARK_JS, 'utf8'),
      // The text as mark.js counts its offsets: every text node but those in script and style.
      'read-and-mark.js': `(async () => {
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const parts = [];
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const parent = node.parentElement.tagName;
  if (parent !== 'SCRIPT' && parent !== 'STYLE') parts.push(node.data);
}
const ranges = await chrome.runtime.sendMessage({ text: parts.join('') });
new Mark(document.body).markRanges(ranges);
})();`,
    },
  },
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
    if (ref.content !== undefined) writeFileSync(join(folder, 'content.js'), ref.content);
    if (ref.background) writeFileSync(join(folder, 'background.js'), ref.background);
    for (const [file, source] of Object.entries(ref.injected ?? {})) writeFileSync(join(folder, file), source);
    const manifest = {
      manifest_version: 3,
      name: `reference: ${ref.name}`,
      version: '1.0',
      ...(ref.background ? { background: { service_worker: 'background.js' } } : {}),
      ...(ref.injected || ref.hostAccess ? { permissions: ['scripting'], host_permissions: ['http://*/*', 'https://*/*'] } : {}),
      ...(ref.content !== undefined
        ? { content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: [...libraries, 'content.js'], run_at: 'document_idle' }] }
        : {}),
    };
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 1));
    folders.set(ref.name, folder);
  }
  return folders;
}

/** The one-message popup; returns its folder. */
export function writeReferencePopup(dir: string): string {
  const folder = join(dir, 'one-message-popup');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'background.js'),
    `const others = Array.from({ length: 4 }, (_, i) => ({ outlet: 'Outlet ' + i, figure: String(100 + i), sentence: 'An outlet reported that ' + (100 + i) + ' of them were counted on the day, according to officials who spoke on condition of anonymity.' }));
const figures = Array.from({ length: 10 }, (_, i) => ({ label: 'quantity ' + i, figure: String(i), others }));
chrome.runtime.onMessage.addListener((message, sender, reply) => { reply(figures); });`,
  );
  writeFileSync(
    join(folder, 'popup.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reference popup</title></head><body><ul id="list"></ul><script type="module" src="popup.js"></script></body></html>',
  );
  writeFileSync(
    join(folder, 'popup.js'),
    `const figures = await chrome.runtime.sendMessage({ type: 'page' });
document.getElementById('list').replaceChildren(...figures.map((f) => Object.assign(document.createElement('li'), { textContent: f.label + ': ' + f.figure + ' (' + f.others.map((o) => o.outlet + ' ' + o.figure).join(', ') + ')' })));
performance.mark(${JSON.stringify(POPUP_LISTED_MARK)});`,
  );
  const manifest = { manifest_version: 3, name: 'reference: one-message popup', version: '1.0', background: { service_worker: 'background.js' }, action: { default_popup: 'popup.html' } };
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return folder;
}
