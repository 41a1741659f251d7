import { defineConfig, devices } from '@playwright/test';
import { browserArgs, findBrowser } from './tools/find-browser.mjs';
import { ENGINES, type EngineName } from './tests/engines/engine';

const port = Number(process.env['E2E_PORT'] ?? 4329);
/** Cloudflare's runtime serving dist/ as Cloudflare Pages would (wrangler pages dev). */
const cloudflarePort = port + 1;

export default defineConfig<{ engineName: EngineName }>({
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: { trace: 'off' },
  projects: [
    // The whole site, page by page, in Chromium through Playwright.
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${port}`,
        launchOptions: { executablePath: findBrowser(), args: browserArgs },
      },
    },
    // What readers and partners meet, in each engine, on Cloudflare's runtime.
    ...ENGINES.map((engineName) => ({
      name: engineName === 'chromium' ? 'engines: chromium' : engineName,
      testDir: 'tests/engines',
      use: { engineName, baseURL: `http://127.0.0.1:${cloudflarePort}` },
    })),
  ],
  // Tests run against the production build in dist/ (the test command builds it first).
  webServer: [
    {
      // The production build with the headers of dist/_headers, read the way Netlify reads them.
      command: `node_modules/.bin/node tools/serve-dist.mjs --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node_modules/.bin/node tools/serve-cloudflare.mjs --port ${cloudflarePort}`,
      url: `http://127.0.0.1:${cloudflarePort}/en/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
