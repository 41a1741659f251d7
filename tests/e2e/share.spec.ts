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
  await page.waitForTimeout(300);
  expect(watch.foreignRequests).toEqual([]);
  expect(requests.every((url) => new URL(url).hostname === '127.0.0.1')).toBe(true);
});

test('share links carry the page address and the status text, correctly encoded', async ({ page }) => {
  await page.goto('/de/object/');
  const pageUrl = await page.locator('[data-share]').getAttribute('data-share-url');
  const text = (await page.locator('[data-share]').getAttribute('data-share-text'))!;
  expect(text).toContain('widersprechen');
  const whatsapp = new URL((await page.locator('[data-share-target="whatsapp"] a').getAttribute('href'))!);
  expect(whatsapp.searchParams.get('text')).toBe(`${text} ${pageUrl}`);
  const facebook = new URL((await page.locator('[data-share-target="facebook"] a').getAttribute('href'))!);
  expect(facebook.searchParams.get('u')).toBe(pageUrl);
  await expect(page.locator('[data-share-target="facebook"] a')).toHaveAttribute('rel', 'noopener noreferrer');
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
