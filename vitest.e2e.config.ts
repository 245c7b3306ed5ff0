import { defineConfig } from 'vitest/config';

// The browser end-to-end tests: built extensions in real browsers, one browser at a time
// (the machines have two cores), with timeouts that allow for a cold browser start.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    // The corpus test loads 98 pages; with the machine's load average above 10 it took over
    // 120 s in Firefox, for the previous build as for this one.
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
