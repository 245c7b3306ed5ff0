// The benchmarks run functions in the extension's own pages (page.evaluate), where the browser's
// extension API is the global `chrome`; its shape is the one WXT types for `browser`.
declare const chrome: typeof import('wxt/browser').browser;
