// When a content script's own code began to run. The first module of each bundle (its entrypoint
// imports it first): the time the bundle's modules take to evaluate, and main's wiring of the
// page, count as the script's first task instead of being left out of its cost. Only compiling
// the bundle is missed.
export const SCRIPT_START = performance.now();
