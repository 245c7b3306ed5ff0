// Runs on every http(s) page and does the least that answers "does this page concern a stored
// event?" (see watch.ts). Most pages never get past it, so this small script is all they pay
// for. When the answer is yes, the background loads the reader (entrypoints/content), which
// reads, matches and highlights, and this script leaves the page to it.
//
// script-start is this bundle's first module, ahead of the browser-API polyfill the modules
// below bring in, so the script's whole evaluation counts as its first task. This file must
// therefore not use `browser` itself (WXT would import the polyfill first).
import { SCRIPT_START } from '../content/script-start';
import { timed } from '../content/task-timing';
import { watch } from './watch';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT also announces each script's start with window.postMessage, which every page's own
  // message listeners receive (some choke on it) and which costs each page a task; the
  // document event it sends as well is enough to retire an older copy of the script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    timed(() => watch(ctx), SCRIPT_START);
  },
});
