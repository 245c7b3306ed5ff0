import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests live next to the behaviour they pin down (`*.test.ts`); the browser end-to-end
// tests under tests/e2e run in their own config (vitest.e2e.config.ts) because they need built
// extensions and real browsers.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['engine/**/*.test.ts', 'page/**/*.test.ts', 'content/**/*.test.ts', 'cli/**/*.test.ts', 'components/**/*.test.ts', 'entrypoints/**/*.test.ts', 'collect/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // The command line's tests each start node and tsx, which on a loaded two-core machine has
    // taken over ten seconds; 5 s (the default) failed them for being slow, not wrong.
    testTimeout: 30_000,
  },
});
