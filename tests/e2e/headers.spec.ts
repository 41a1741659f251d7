/*
 * The response headers of dist/_headers, as the e2e server (tools/serve-dist.mjs) serves them like
 * a static host, read by a browser: HSTS and nosniff on every kind of path, a strict CSP and COOP on
 * pages, CORP and COEP where partners embed us, and framing allowed only for the widget.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { locales } from './support';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );

/** The status and every response header of `path`, as a script of a page of the site receives them. */
const headersInBrowser = (page: Page, path: string) =>
  page.evaluate(async (url) => {
    const response = await fetch(url, { cache: 'no-store' });
    return { status: response.status, headers: Object.fromEntries(response.headers) };
  }, path);

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
  // A same-origin fetch sees every header the server sends.
  await page.goto('/en/');
  for (const path of kinds) {
    const { status, headers } = await headersInBrowser(page, path);
    expect({
      path,
      status,
      hsts: headers['strict-transport-security'],
      nosniff: headers['x-content-type-options'],
      referrer: headers['referrer-policy'],
    }).toEqual({
      path,
      status: 200,
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
  await page.goto('/en/');
  for (const locale of locales) {
    const { status, headers } = await headersInBrowser(page, `/embed/${locale}/`);
    expect(status).toBe(200);
    const csp = directives(headers['content-security-policy'] ?? '');
    expect(csp.get('frame-ancestors')).toEqual(['*']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'none'"]);
    expect(headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
  }
  for (const path of ['/widget.js', '/widget/1.0.0.js', '/embed/frame.js', '/badge/de.png']) {
    const { status, headers } = await headersInBrowser(page, path);
    expect({ path, status, corp: headers['cross-origin-resource-policy'] }).toEqual({
      path,
      status: 200,
      corp: 'cross-origin',
    });
  }
  expect((await headersInBrowser(page, '/widget.js')).headers['access-control-allow-origin']).toBe('*');
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
  baseURL,
}) => {
  /**
   * Frames `path` on the other site: true when our document shows in the frame, false when the
   * browser refused it (Chromium then puts its own error page in the frame and logs why).
   */
  const shownInFrame = async (path: string) => {
    const refusals: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (/frame-ancestors|X-Frame-Options/i.test(message.text())) refusals.push(message.text());
    };
    page.on('console', onConsole);
    await page.goto(`${otherOrigin}/?frame=${encodeURIComponent(path)}`);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
    await frame.waitForLoadState();
    page.off('console', onConsole);
    if (frame.url() === 'chrome-error://chromewebdata/' || refusals.length > 0) return false;
    expect(frame.url()).toBe(`${baseURL}${path}`);
    await expect(frame.locator('main, [data-countdown]').first()).toBeAttached();
    return true;
  };
  expect(await shownInFrame('/de/')).toBe(false);
  expect(await shownInFrame('/embed/no-such-language/')).toBe(false);
  expect(await shownInFrame('/embed/de/')).toBe(true);
  const allowed = page.frames().find((frame) => frame !== page.mainFrame())!;
  await expect(allowed.locator('[data-countdown]:visible')).toHaveCount(1);
  await expect(allowed.locator('html')).toHaveAttribute('lang', 'de');
});
