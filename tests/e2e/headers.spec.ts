/*
 * The response headers of dist/_headers, as the e2e server (tools/serve-dist.mjs) serves them like
 * a static host, read by a browser: HSTS and nosniff on every kind of path, a strict CSP and COOP on
 * pages, CORP and COEP where partners embed us, and framing allowed only for the widget.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { locales } from './support';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

test('every kind of path: HSTS, nosniff, no referrer, in the browser', async ({ page }) => {
  const kinds = [
    '/',
    '/en/',
    '/de/object/',
    '/embed/fr/',
    '/embed/frame.js',
    '/widget.js',
    '/widget/1.0.0.js',
    '/badge/it.svg',
    '/badge/it.png',
    '/oembed/pl.json',
    '/rounds.json',
    '/rounds.schema.json',
    '/og/en/home.png',
    '/favicon.svg',
    '/robots.txt',
    '/manifest.webmanifest',
    '/icons/192.png',
    '/sitemap-index.xml',
    '/en/rss.xml',
    '/widget-kit.zip',
  ];
  for (const path of kinds) {
    const response = await page.request.get(path);
    expect({ path, status: response.status() }).toEqual({ path, status: 200 });
    const headers = response.headers();
    expect({
      path,
      hsts: headers['strict-transport-security'],
      nosniff: headers['x-content-type-options'],
      referrer: headers['referrer-policy'],
    }).toEqual({
      path,
      hsts: 'max-age=31536000',
      nosniff: 'nosniff',
      referrer: 'no-referrer',
    });
  }
});

test('site pages: strict CSP without inline scripts, no framing, COOP', async ({ page }) => {
  for (const path of [
    '/',
    '/404.html',
    ...locales.map((locale) => `/${locale}/`),
    '/de/object/',
    '/fr/notices/hamburg-2025/',
  ]) {
    const response = await page.goto(path);
    const headers = await response!.allHeaders();
    const csp = directives(headers['content-security-policy'] ?? '');
    expect({ path, scripts: csp.get('script-src'), framing: csp.get('frame-ancestors') }).toEqual({
      path,
      scripts: ["'self'"],
      framing: ["'none'"],
    });
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
  }
});

test('the widget: any site may frame it, cross-origin-isolated sites included; it runs only our script and fetches nothing', async ({
  page,
}) => {
  for (const locale of locales) {
    const headers = (await page.request.get(`/embed/${locale}/`)).headers();
    const csp = directives(headers['content-security-policy'] ?? '');
    expect(csp.get('frame-ancestors')).toEqual(['*']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'none'"]);
    expect(headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
  }
  for (const path of ['/widget.js', '/widget/1.0.0.js', '/embed/frame.js', '/badge/de.png']) {
    expect((await page.request.get(path)).headers()['cross-origin-resource-policy']).toBe('cross-origin');
  }
  expect((await page.request.get('/widget.js')).headers()['access-control-allow-origin']).toBe('*');
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

test('in a browser, another site can frame the widget but not a page, nor an unknown /embed/ address', async ({
  page,
}) => {
  // A frame the browser refuses to show holds its own error page instead of ours.
  const shownInFrame = async (path: string) => {
    await page.goto(`${otherOrigin}/?frame=${encodeURIComponent(path)}`);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    await frame.waitForLoadState();
    return frame.evaluate(() => document.querySelector('main, [data-countdown]') !== null).catch(() => false);
  };
  expect(await shownInFrame('/de/')).toBe(false);
  expect(await shownInFrame('/embed/no-such-language/')).toBe(false);
  await page.goto(`${otherOrigin}/?frame=${encodeURIComponent('/embed/de/')}`);
  const allowed = page.frames().find((frame) => frame !== page.mainFrame())!;
  await expect(allowed.locator('[data-countdown]:visible')).toHaveCount(1);
  await expect(allowed.locator('html')).toHaveAttribute('lang', 'de');
});
