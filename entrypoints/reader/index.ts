// The reader: loaded by the background into a page whose lead it found to concern a stored event
// (entrypoints/background/page-watch.ts), and only there (see reader.ts).
//
// An unlisted script rather than a WXT content script: WXT's context for those
// (see lifetime.ts) and the browser-API polyfill were a third of the reader's evaluation and
// wiring on every page it loads into. The background injects it with scripting.executeScript,
// for which the manifest's host permissions give it access (see wxt.config.ts).
//
// script-start is this bundle's first module, so the script's whole evaluation counts as its
// first task. Nothing here may use WXT's `browser`, which would bring the polyfill back.
import { SCRIPT_START } from '../../content/script-start';
import { announceReader, readerPresent } from '../../content/reader-present';
import { startReader } from './reader';
import { nativeRuntime } from '../../content/runtime';
import { timed } from '../../content/task-timing';

// Its result, the conflicts the first scan found, is what scripting.executeScript returns to the
// background (see reader.ts).
export default defineUnlistedScript(() => {
  if (readerPresent()) return null;
  announceReader();
  return timed(() => startReader(nativeRuntime()), SCRIPT_START);
});
