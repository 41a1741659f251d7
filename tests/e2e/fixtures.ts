/*
 * The test object every end-to-end spec uses: Playwright's, with axe-core loaded into every frame
 * of every page before the page's own scripts. Running axe in the page (rather than injecting it
 * anew for each check) keeps the sweep over all pages fast.
 */
import { test as base } from '@playwright/test';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript({ path: axePath });
    await use(context);
  },
});

export { expect } from '@playwright/test';

/** Loads axe-core into every frame of a context made by hand (browser.newContext). */
export async function withAxe<T extends { addInitScript(script: { path: string }): Promise<void> }>(
  context: T,
): Promise<T> {
  await context.addInitScript({ path: axePath });
  return context;
}
