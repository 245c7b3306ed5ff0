// The reader: loaded by the background into a page the gate script (entrypoints/gate) found to
// concern a stored event, and only there (see reader.ts).
//
// script-start is this bundle's first module, ahead of the browser-API polyfill the modules
// below bring in, so the script's whole evaluation counts as its first task. This file must
// therefore not use `browser` itself (WXT would import the polyfill first).
import { SCRIPT_START } from './script-start';
import { announceReader, readerPresent } from './handover';
import { startReader } from './reader';
import { timed } from './task-timing';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Not in the manifest: the background injects it where the gate found a stored event; these
  // match patterns give the background the host access to do so.
  registration: 'runtime',
  // WXT also announces a script's start with window.postMessage, which every page's own message
  // listeners receive (some choke on it); the document event it sends as well is enough to
  // retire an older copy of the script.
  noScriptStartedPostMessage: true,
  // Its result, the conflicts the first scan found, is what scripting.executeScript returns to
  // the background (see reader.ts).
  main(ctx) {
    if (readerPresent()) return null;
    announceReader();
    return timed(() => startReader(ctx), SCRIPT_START);
  },
});
