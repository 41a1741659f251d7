/*
 * The response headers of dist/_headers, as the e2e server (tools/serve-dist.mjs) serves them
 * like a static host: CSP without inline scripts, framing denied for site pages and allowed for the
 * widget, and the privacy headers. A browser proves the framing rules hold.
 */
import { expect, test } from './fixtures';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { locales } from './support';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

test('site pages: strict CSP, no framing, privacy headers', async ({ request }) => {
  for (const path of [
    '/',
    '/404.html',
    ...locales.map((locale) => `/${locale}/`),
    '/de/object/',
    '/fr/notices/hamburg-2025/',
  ]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = directives(headers['content-security-policy'] ?? '');
    expect({ path, scripts: csp.get('script-src') }).toEqual({ path, scripts: ["'self'"] });
    expect({ path, framing: csp.get('frame-ancestors') }).toEqual({ path, framing: ["'none'"] });
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['permissions-policy']).toContain('geolocation=()');
  }
});

test('the widget document: any site may frame it, it runs only our script', async ({ request }) => {
  for (const locale of locales) {
    const headers = (await request.get(`/embed/${locale}/`)).headers();
    const csp = directives(headers['content-security-policy'] ?? '');
    expect(csp.get('frame-ancestors')).toEqual(['*']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['referrer-policy']).toBe('no-referrer');
  }
  const loader = (await request.get('/widget.js')).headers();
  expect(loader['content-type']).toContain('javascript');
  expect(loader['cross-origin-resource-policy']).toBe('cross-origin');
});

let other: Server;
let otherOrigin = '';
test.beforeAll(async ({ baseURL }) => {
  other = createServer((request, response) => {
    const path = new URL(request.url!, 'http://x').searchParams.get('frame')!;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><title>Framing test</title><iframe id="frame" src="${baseURL}${path}"></iframe>`);
  });
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => other.close(() => done())));

test('in a browser, another site cannot frame a page but can frame the widget', async ({ page }) => {
  await page.goto(`${otherOrigin}/?frame=${encodeURIComponent('/de/')}`);
  const blocked = page.frames().find((frame) => frame !== page.mainFrame());
  await expect
    .poll(async () => blocked?.evaluate(() => document.documentElement.lang).catch(() => 'blocked'))
    .not.toBe('de');

  await page.goto(`${otherOrigin}/?frame=${encodeURIComponent('/embed/de/')}`);
  const allowed = page.frames().find((frame) => frame !== page.mainFrame())!;
  await expect(allowed.locator('[data-countdown]:visible')).toHaveCount(1);
  await expect(allowed.locator('html')).toHaveAttribute('lang', 'de');
});
