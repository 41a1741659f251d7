import config from '../../astro.config.mjs';
import { expect, test } from './fixtures';
import { watchPage } from './support';

test('the share block contacts nobody until a link is clicked', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const watch = await watchPage(page);
  await page.goto('/de/object/');
  const links = page.locator('[data-share] a[href^="http"]');
  expect(await links.count()).toBeGreaterThanOrEqual(6);
  for (const link of await links.all()) await link.hover();
  await page.locator('[data-share] a[href^="mailto:"]').focus();
  // A request of our own after the hovers: whatever they had set off was sent before it.
  await page.evaluate(() => fetch('/robots.txt', { cache: 'no-store' }));
  await expect.poll(() => requests.some((url) => url.endsWith('/robots.txt'))).toBe(true);
  expect(watch.foreignRequests).toEqual([]);
  expect(requests.every((url) => new URL(url).hostname === '127.0.0.1')).toBe(true);
});

test('share links carry the page address and the status text, correctly encoded', async ({ page }) => {
  await page.goto('/de/object/');
  // The address a friend should get is the page's canonical one on the public site.
  const pageUrl = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  expect(pageUrl).toBe(new URL('/de/object/', config.site).href);
  const title = (await page.locator('meta[property="og:title"]').getAttribute('content'))!;
  const text = (await page.locator('[data-share]').getAttribute('data-share-text'))!;
  expect(text).toContain('widersprechen');
  await expect(page.locator('#share-url')).toHaveText(pageUrl);

  const href = async (target: string) =>
    new URL((await page.locator(`[data-share-target="${target}"] a`).getAttribute('href'))!);
  const query = async (target: string) => Object.fromEntries((await href(target)).searchParams);
  const where = async (target: string) => {
    const url = await href(target);
    return `${url.protocol}//${url.host}${url.pathname}`;
  };
  expect(
    await page.locator('[data-share-target]').evaluateAll((items) => items.map((item) => item.dataset['shareTarget'])),
  ).toEqual(['email', 'whatsapp', 'telegram', 'bluesky', 'x', 'facebook', 'linkedin']);
  expect(await query('email')).toEqual({ subject: title, body: `${text}\n\n${pageUrl}` });
  expect(await where('whatsapp')).toBe('https://wa.me/');
  expect(await query('whatsapp')).toEqual({ text: `${text} ${pageUrl}` });
  expect(await where('telegram')).toBe('https://t.me/share/url');
  expect(await query('telegram')).toEqual({ url: pageUrl, text });
  expect(await where('bluesky')).toBe('https://bsky.app/intent/compose');
  expect(await query('bluesky')).toEqual({ text: `${text} ${pageUrl}` });
  expect(await where('x')).toBe('https://x.com/intent/post');
  expect(await query('x')).toEqual({ text, url: pageUrl });
  expect(await where('facebook')).toMatch(/^https:\/\/www\.facebook\.com\//);
  expect(await query('facebook')).toEqual({ u: pageUrl });
  expect(await where('linkedin')).toBe('https://www.linkedin.com/sharing/share-offsite/');
  expect(await query('linkedin')).toEqual({ url: pageUrl });
  for (const link of await page.locator('[data-share-target] a[href^="http"]').all()) {
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

test('Mastodon asks for the reader’s server once, checks it, and remembers it in this browser', async ({
  page,
  context,
}) => {
  await context.route('https://**/*', (route) => route.abort());
  await page.goto('/en/');
  const server = page.getByLabel('Your Mastodon server');
  await server.fill('not a server');
  await page.getByRole('button', { name: 'Share on Mastodon' }).click();
  await expect(page.locator('[data-mastodon-error]')).toHaveText('Enter a server name such as mastodon.social.');
  await expect(server).toHaveAttribute('aria-invalid', 'true');

  await server.fill('https://chaos.social/');
  // The share page opens in a new tab; the request it makes shows where it goes (the network is blocked).
  const request = context.waitForEvent('request', (candidate) => candidate.url().startsWith('https://'));
  await page.getByRole('button', { name: 'Share on Mastodon' }).click();
  const opened = new URL((await request).url());
  expect(opened.origin).toBe('https://chaos.social');
  expect(opened.pathname).toBe('/share');
  expect(opened.searchParams.get('text')).toContain('/en/');
  await page.reload();
  await expect(server).toHaveValue('chaos.social');
});

test('the copy-link button copies the page address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/nb/notices/hamburg-2025/');
  await page.locator('button[data-copy="share-url"]').click();
  await expect(page.locator('[data-copy-status="share-url"]')).toHaveText('Lenken er kopiert.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/nb\/notices\/hamburg-2025\/$/);
});
