// Runs on every http(s) page and does the least that answers "does this page concern a stored
// event?" (see watch.ts). Most pages never get past it, so this small script is all they pay
// for. When the answer is yes, the background loads the reader (entrypoints/reader), which
// reads, matches and highlights, and this script leaves the page to it.
//
// An unlisted script that wxt.config.ts declares in the manifest's content_scripts, rather than
// a WXT content script: WXT gives each of those a ContentScriptContext (an event announcing the
// script, listeners for newer copies, a location watcher), about a third of a millisecond on
// every page, more than this script's own work on a small one. The gate needs none of it; it
// stops by itself when the extension goes away (see watch.ts).
//
// script-start is this bundle's first module, so the script's whole evaluation counts as its
// first task. The gate uses the browser's runtime API directly (see content/runtime.ts): nothing
// here may use WXT's `browser`, which would bring the polyfill onto every page.
import { SCRIPT_START } from '../../content/script-start';
import { timed } from '../../content/task-timing';
import { watch } from './watch';

export default defineUnlistedScript(() => {
  timed(watch, SCRIPT_START);
});
