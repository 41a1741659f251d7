/*
 * The three-engine tests' fixtures: `open` gives a page of the project's engine (Chromium, Firefox or
 * WebKit), in a zone and at an instant if asked, and closes it after the test; `partner`
 * is a partner website on another origin. The site itself is served by Cloudflare's runtime
 * (wrangler pages dev, see playwright.config.ts) at `baseURL`.
 */
import { test as base } from '@playwright/test';
import { startPartner, type Partner } from '../e2e/partner';
import { closeRunningBrowsers, launchEngine, type EngineName, type EnginePage, type LaunchOptions } from './engine';

export const test = base.extend<
  { open: (options?: LaunchOptions) => Promise<EnginePage>; partner: Partner; site: string },
  { engineName: EngineName; runningBrowsers: void }
>({
  engineName: ['chromium', { option: true, scope: 'worker' }],
  // Chromium and Firefox start once per worker and zone (see launchEngine); closed when the worker ends.
  runningBrowsers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      await use();
      await closeRunningBrowsers();
    },
    { scope: 'worker', auto: true },
  ],
  site: async ({ baseURL }, use) => use(`${baseURL}/`),
  open: async ({ engineName }, use) => {
    const pages: EnginePage[] = [];
    await use(async (options) => {
      const page = await launchEngine(engineName, options);
      pages.push(page);
      return page;
    });
    await Promise.all(pages.map((page) => page.close()));
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  partner: async ({}, use) => {
    const partner = await startPartner();
    await use(partner);
    await partner.close();
  },
});

export { expect } from '@playwright/test';
export { waitFor } from './engine';
