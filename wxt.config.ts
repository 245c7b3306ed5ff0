import { defineConfig } from 'wxt';

// One code base, two browsers. Firefox-only keys are added for the Firefox build alone,
// because Chrome warns about keys it does not know.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Crosscount',
    description:
      'Highlights figures in news articles that other outlets reported differently, and shows the competing figures. Runs locally; sends nothing.',
    // One API permission, "scripting": once a page has loaded, the background reads its lead
    // (entrypoints/lead) and loads the reader into the pages that concern a stored event, for
    // which it needs host access to every http/https page; that access also shows it a tab's
    // address in tabs.onUpdated. No content script: a page about nothing stored runs only the
    // lead's reading, which touches no extension API (see entrypoints/background/page-watch.ts).
    // Claim sets and settings live in IndexedDB (no "storage"); the popup finds the active tab's
    // id and messages its reader or the background (no "tabs").
    permissions: ['scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
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
