// What a page shows Crosscount before it is known to concern a stored event: its lead (see
// page/lead-words.ts), read once the page has loaded by a function the background runs in it
// (entrypoints/background/page-watch.ts) and handed back as the injection's result.
//
// Not a content script on every page: a page that never touches the extension's API does not
// pay for its bindings, its messages or a listener, which measured from outside were most of
// what the old gate script added to a page about nothing stored (bench/RESULTS.md). Nothing here
// may use the runtime API or WXT's `browser`, and nothing is left running on the page.
import { SCRIPT_START } from '../../content/script-start';
import { timed } from '../../content/task-timing';
import { readLeadWords } from '../../page/lead-words';

/** The injection's result: the page's lead, or what went wrong reading it. */
export type LeadResult = { words: string } | { problem: string };

export default defineUnlistedScript((): LeadResult => {
  try {
    return { words: timed(() => readLeadWords(document), SCRIPT_START) };
  } catch (error) {
    return { problem: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
});
