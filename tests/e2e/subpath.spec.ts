/*
 * A deploy under a sub-path, as GitHub Pages project sites are: the site built with a base of
 * /objection/ and served only there has no broken link, asset or redirect, and works in a browser.
 */
import { expect, test } from './fixtures';
import { execFile } from 'node:child_process';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serveDist } from '../../tools/serve-dist.mjs';
import { crawl, watchPage } from './support';

const root = join(import.meta.dirname, '../..');
const base = '/objection/';
let server: Server;
let siteUrl = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  await promisify(execFile)(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'dist-subpath'],
    {
      cwd: root,
      env: { ...process.env, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const started = await serveDist({ dir: join(root, 'dist-subpath'), port: 0, base });
  server = started.server;
  siteUrl = started.url;
});

test.afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

test('every link, asset and fragment resolves under the sub-path, without redirects', async () => {
  test.setTimeout(300_000);
  const { broken, reached } = await crawl(siteUrl);
  expect(broken).toEqual([]);
  expect([...reached].filter((path) => !path.startsWith(base))).toEqual([]);
  expect(reached.has(`${base}de/object/`)).toBe(true);
});

test('pages, scripts, the widget and the redirect at the root work under the sub-path', async ({ page, browser }) => {
  const watch = await watchPage(page);
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  const context = await browser.newContext({ locale: 'de-DE' });
  const german = await context.newPage();
  await german.goto(siteUrl);
  await expect(german).toHaveURL(`${siteUrl}de/`);
  await context.close();

  await page.goto(`${siteUrl}en/`);
  await expect(page.locator('[data-countdown]')).toHaveAttribute('data-state', 'passed');
  await expect(page.locator('[data-deadline-line]')).toBeVisible();
  await page.goto(`${siteUrl}en/embed/`);
  // The previews run the loader from the sub-path, which finds the widget next to itself.
  const preview = page.frameLocator('[data-preview="address"] iframe');
  await expect(preview.locator('[data-countdown]:visible')).toHaveCount(1);
  expect(await page.locator('[data-preview="address"] iframe').getAttribute('src')).toContain(`${base}embed/en/`);
  // The code's preview is its own iframe, under the sub-path too.
  expect(await page.locator('[data-preview="code"] iframe').getAttribute('src')).toBe(`${base}embed/en/full/auto/`);
  await expect(page.locator('#snippet-script')).toContainText(`${base}widget.js`);
  const response = await page.goto(`${siteUrl}fr/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(failures.filter((failure) => !failure.includes('/no-such-page/'))).toEqual([]);
  expect(watch.consoleErrors.filter((error) => !error.includes('404'))).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
