import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The renderer's alias for shared/, for unit tests of renderer modules (tests/unit/renderer).
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    environment: 'node',
    // pdfjs-dist 6 needs Promise.withResolvers, which Node 20 lacks (see the file).
    setupFiles: ['tests/helpers/nodeCompat.ts'],
    pool: 'forks',
    testTimeout: 30_000,
  },
});
