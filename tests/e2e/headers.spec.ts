/*
 * The response headers of dist/_headers as real hosts apply them: every file of the build gets
 * exactly the headers it is meant to have, on Netlify (read by Netlify's own parser, as
 * tools/serve-dist.mjs serves it) and on Cloudflare Pages (Cloudflare's own runtime, wrangler pages
 * dev); and in a browser, another site can frame the widget but not a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import type { ConsoleMessage } from '@playwright/test';
import { hostReadings } from '../support/hostRules';
import { expect, test } from './fixtures';
import { dist, locales } from './support';

/** Cloudflare's runtime serving dist/ (started by playwright.config.ts next to the Netlify-style server). */
const cloudflare = `http://127.0.0.1:${Number(process.env['E2E_PORT'] ?? 4329) + 1}`;

const SITE_PAGE = {
  'Content-Security-Policy': expect.stringMatching(/^default-src 'self'; script-src 'self';.*frame-ancestors 'none'/),
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
const WIDGET_DOCUMENT = {
  'Content-Security-Policy': expect.stringMatching(
    /script-src 'sha256-[^']+'; .*connect-src 'none'; frame-ancestors \*/,
  ),
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
const forPartners = (cache: string) => ({
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': cache,
});
const EVERYWHERE = {
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': expect.stringContaining('camera=()'),
};

/** The headers a request path is meant to get, by what the file is. */
function intended(path: string): Record<string, unknown> {
  const kind = (): Record<string, unknown> => {
    if (path.startsWith('/embed/')) return WIDGET_DOCUMENT;
    if (/^\/widget\/\d+\.\d+\.\d+\.js$/.test(path)) return forPartners('public, max-age=31536000, immutable');
    if (['/widget.js', '/widget-kit.zip', '/rounds.json', '/rounds.schema.json'].includes(path))
      return forPartners('public, max-age=3600');
    if (/^\/(badge|oembed)\//.test(path)) return forPartners('public, max-age=3600');
    if (path.startsWith('/_astro/')) return { 'Cache-Control': 'public, max-age=31536000, immutable' };
    if (['/', '/404.html'].includes(path) || locales.some((locale) => path.startsWith(`/${locale}/`))) return SITE_PAGE;
    return {};
  };
  return { ...EVERYWHERE, ...kind() };
}

/** Every file of the build as a request path: a folder's index.html is asked for as the folder. */
const requestPaths = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.startsWith('_'))
  .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
  .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
  .sort();

/** The header names any rule sets: the ones compared (hosts add others of their own, such as Content-Type). */
const ruleHeaderNames = [
  ...new Set(
    readFileSync(join(dist, '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim().split(':')[0]!),
  ),
];

test('on Netlify, every file of the build gets exactly the headers meant for it', async () => {
  const { netlify } = await hostReadings(readFileSync(join(dist, '_headers'), 'utf8'));
  expect(requestPaths.length).toBeGreaterThan(800);
  for (const path of requestPaths)
    expect({ path, headers: netlify.headersFor(path) }).toEqual({ path, headers: intended(path) });
});

test('on Cloudflare Pages, every file of the build gets exactly the headers meant for it', async () => {
  test.setTimeout(120_000);
  const hostDefaults: Record<string, string> = {
    // Cloudflare's own defaults where no rule sets these: any origin may read a static file, and
    // HTML is revalidated.
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'public, max-age=0, must-revalidate',
  };
  const served = async (path: string) => {
    const response = await fetch(`${cloudflare}${path}`, { redirect: 'manual' });
    await response.arrayBuffer();
    const headers = Object.fromEntries(
      ruleHeaderNames
        .map((name) => [name, response.headers.get(name)] as const)
        .filter(([name, value]) => value !== null && !(hostDefaults[name] === value && !(name in intended(path)))),
    );
    return { path, status: response.status, headers };
  };
  for (let start = 0; start < requestPaths.length; start += 16) {
    for (const result of await Promise.all(requestPaths.slice(start, start + 16).map(served)))
      expect(result).toEqual({
        path: result.path,
        // Cloudflare serves "/404.html" at "/404" and redirects there.
        status: result.path.endsWith('.html') ? 308 : 200,
        headers: intended(result.path),
      });
  }
  // A 404 is never cached as immutable, and a missing page of a language keeps the page's protection.
  for (const path of ['/widget/9.9.9.js', '/_astro/gone.js']) {
    const response = await fetch(`${cloudflare}${path}`);
    expect({ path, status: response.status, cache: response.headers.get('cache-control') }).toEqual({
      path,
      status: 404,
      cache: expect.not.stringContaining('immutable'),
    });
  }
  const missingPage = await fetch(`${cloudflare}/ro/no-such-page/`);
  expect(missingPage.status).toBe(404);
  expect(missingPage.headers.get('x-frame-options')).toBe('DENY');
  expect(await missingPage.text()).toContain('lang="ro"');
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

test('in a browser, another site can frame the widget but not a page', async ({ page, baseURL }) => {
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
  expect(await shownInFrame('/embed/de/compact/dark/')).toBe(true);
  const allowed = page.frames().find((frame) => frame !== page.mainFrame())!;
  await expect(allowed.locator('[data-countdown]:visible')).toHaveCount(1);
  await expect(allowed.locator('html')).toHaveAttribute('lang', 'de');
});

test('hosts that ignore _headers still get each page’s policy and referrer rule from the page itself', async () => {
  const { netlify } = await hostReadings(readFileSync(join(dist, '_headers'), 'utf8'));
  const htmlPaths = requestPaths.filter((path) => path.endsWith('/') || path.endsWith('.html'));
  expect(htmlPaths.length).toBeGreaterThan(500);
  for (const path of htmlPaths) {
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    const html = readFileSync(file, 'utf8');
    const meta = (pattern: RegExp) => html.match(pattern)?.[1]?.replaceAll('&#39;', "'");
    const headerPolicy = netlify.headersFor(path)['Content-Security-Policy']!;
    expect({
      path,
      policy: meta(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/),
      referrer: meta(/<meta name="referrer" content="([^"]+)"/),
    }).toEqual({
      path,
      // Everything but frame-ancestors, which only a header can set.
      policy: headerPolicy
        .split('; ')
        .filter((directive) => !directive.startsWith('frame-ancestors'))
        .join('; '),
      referrer: 'no-referrer',
    });
  }
});
