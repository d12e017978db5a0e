import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// A unit test that needs a page says so on its first line; those run in a fresh window per file.
const PAGE_DOCBLOCK = '// @vitest-environment happy-dom';
const pageUnitTests = readdirSync('tests/unit', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => join('tests/unit', file))
  .filter((file) => readFileSync(file, 'utf8').startsWith(PAGE_DOCBLOCK));

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    pool: 'threads',
    // Room for the 10 s findBy wait in tests/setup.ts on a busy machine; a hung test still fails.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        // Rules in plain TypeScript: no DOM, and one module graph per worker rather than per file.
        // Re-importing Preact, Dexie and zod for every file was most of the suite's time; a shuffled
        // order (--sequence.shuffle) is how to check a test does not lean on another file's state.
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: pageUnitTests,
          setupFiles: ['fake-indexeddb/auto'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'page',
          environment: 'happy-dom',
          include: pageUnitTests,
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.tsx'],
          setupFiles: ['fake-indexeddb/auto', 'tests/setup.ts'],
        },
      },
    ],
  },
});
