import { defineConfig } from 'wxt';

// One code base, two browsers. Firefox-only keys are added for the Firefox build alone,
// because Chrome warns about keys it does not know.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Crosscount',
    description:
      'Highlights figures in news articles that other outlets reported differently, and shows the competing figures. Runs locally; sends nothing.',
    // No API permissions: claim sets and settings live in IndexedDB (no "storage" needed); the
    // popup finds the active tab's id and messages its content script, which needs no "tabs";
    // the content script's match patterns (every http/https page) are the only host access.
    permissions: [],
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
