import { defineConfig } from 'vitest/config';

// Tests that read the built site in dist/ as files (HTML, feeds, sitemap, badges, budgets): they run
// after the build, without a browser or a server.
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
