import { defineConfig } from 'wxt';

// One code base, two browsers. Firefox-only keys are added for the Firefox build alone,
// because Chrome warns about keys it does not know.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Crosscount',
    description:
      'Highlights figures in news articles that other outlets reported differently, and shows the competing figures. Runs locally; sends nothing.',
    // One API permission, "scripting": the background loads the reader into the pages that
    // concern a stored event (the others run only the small gate script), for which it needs
    // the same host access the gate's match patterns already have (every http/https page).
    // Claim sets and settings live in IndexedDB (no "storage"); the popup finds the active tab's
    // id and messages its content script (no "tabs").
    permissions: ['scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The gate (entrypoints/gate, an unlisted script: see there why), on every page.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['gate.js'], run_at: 'document_idle' }],
    // Keyboard commands rather than a key listener on the page: the browser lets the reader
    // change them (chrome://extensions/shortcuts, about:addons), and no page sees the keys.
    commands: {
      'next-disputed': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Go to the next disputed figure on the page' },
      'previous-disputed': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Go to the previous disputed figure on the page' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscount@crosscount.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
