import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The machine CI runs on is shared: tests that compile all content or spawn the importer get time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
