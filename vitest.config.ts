/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's own Vite setup, so that tests can render .astro components through Astro's Container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    isolate: false,
  },
});
