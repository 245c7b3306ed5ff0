import { defineConfig } from 'wxt';

// One code base, two browsers. Firefox-only keys are added for the Firefox build alone,
// because Chrome warns about keys it does not know.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Crosscount',
    description:
      'Highlights figures in news articles that other outlets reported differently, and shows the competing figures. Runs locally; sends nothing.',
    // storage: the on/off switches; activeTab is not needed because the content script is
    // declared for every http(s) page and the popup talks to it by message.
    permissions: ['storage', 'tabs'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscount@crosscount.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
