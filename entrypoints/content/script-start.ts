// When the content script's own code began to run. Imported first by the entrypoint, so the time
// the bundle's modules take to evaluate, and main's wiring of the page, count as one of the
// script's tasks instead of being left out of its cost. Only what runs before this module is
// missed: compiling the bundle and the browser-API polyfill WXT evaluates ahead of everything.
export const SCRIPT_START = performance.now();
