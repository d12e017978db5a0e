import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto', 'tests/setup.ts'],
    pool: 'threads',
    // Room for the 10 s findBy wait in tests/setup.ts on a busy machine; a hung test still fails.
    testTimeout: 30_000,
  },
});
