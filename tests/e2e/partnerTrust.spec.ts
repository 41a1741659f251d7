/*
 * What strict partners rely on: a pinned loader whose integrity hash matches its bytes, a widget that
 * works on cross-origin-isolated pages and on plain-http pages, a self-hosted copy that asks our site
 * for nothing, and WordPress embedding by address with the height following the widget.
 */
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { integrityOf, latestRelease } from '../../src/widget/loaderReleases';
import { expect, test } from './fixtures';
import { htmlPage, startPartner, strictPolicy, type Partner } from './partner';
import { dist, frameAndContent, watchPage } from './support';

let partner: Partner;
let ours = '';
const kitDir = mkdtempSync(join(tmpdir(), 'widget-kit-'));

test.beforeAll(async ({ baseURL }) => {
  ours = new URL(baseURL!).origin;
  partner = await startPartner();
});
test.afterAll(async () => {
  await partner.close();
  rmSync(kitDir, { recursive: true, force: true });
});

const widgetFrame = (page: Page, lang: string) =>
  expect.poll(() => page.frames().find((frame) => frame.url().includes(`/embed/${lang}/`))).toBeTruthy();
const frameOf = (page: Page, lang: string) => page.frames().find((frame) => frame.url().includes(`/embed/${lang}/`))!;

test('the pinned loader in the generator’s snippet matches its bytes, and browsers run it', async ({ page }) => {
  const release = latestRelease();
  const bytes = readFileSync(join(dist, 'widget', `${release.version}.js`));
  expect(integrityOf(bytes)).toBe(release.integrity);
  await page.goto('/en/embed/');
  const snippet = (await page.locator('#snippet-pinned').textContent())!;
  expect(snippet).toContain(`integrity="${release.integrity}"`);

  const watch = await watchPage(page);
  partner.set('/pinned.html', {
    headers: strictPolicy(ours),
    body: htmlPage(snippet.replaceAll('https://object-to-meta-ai.example', ours)),
  });
  await page.goto(`${partner.origin}/pinned.html`);
  await widgetFrame(page, 'en');
  await expect(frameOf(page, 'en').locator('[data-countdown]:visible')).toHaveCount(1);
  // The pinned file is served to be cached for good.
  const response = await page.request.get(`/widget/${release.version}.js`);
  expect(response.headers()['cache-control']).toContain('immutable');
  expect(watch.consoleErrors).toEqual([]);

  // A pasted hash that does not match is refused by the browser: nothing runs.
  partner.set('/tampered.html', {
    headers: strictPolicy(ours),
    body: htmlPage(
      snippet
        .replaceAll('https://object-to-meta-ai.example', ours)
        .replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`),
    ),
  });
  const tampered = await page.context().newPage();
  const messages: string[] = [];
  tampered.on('console', (message) => messages.push(message.text()));
  await tampered.goto(`${partner.origin}/tampered.html`);
  expect(partner.requests).toContain('/tampered.html');
  // The browser says why it refused the loader…
  await expect.poll(() => messages.filter((message) => /integrity/i.test(message))).toHaveLength(1);
  // …and the reader keeps the link to our guide that the snippet holds for this case.
  const fallback = tampered.locator('objection-countdown > a');
  await expect(fallback).toBeVisible();
  await expect(fallback).toHaveAttribute('href', `${ours}/en/object/`);
  await expect(tampered.locator('objection-countdown iframe')).toHaveCount(0);
  await tampered.close();
});

test('a cross-origin-isolated partner page (COEP require-corp, COOP) embeds the widget both ways', async ({ page }) => {
  const watch = await watchPage(page);
  partner.set('/isolated.html', {
    headers: {
      ...strictPolicy(ours),
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Opener-Policy': 'same-origin',
    },
    body: htmlPage(`
      <objection-countdown lang="fi" size="compact"><a href="${ours}/fi/object/">x</a></objection-countdown>
      <iframe src="${ours}/embed/sv/?size=full" title="Countdown" width="100%" height="420" style="border:0"
        sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>
      <script src="${ours}/widget.js" defer></script>`),
  });
  await page.goto(`${partner.origin}/isolated.html`);
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  for (const lang of ['fi', 'sv']) {
    await widgetFrame(page, lang);
    await expect(frameOf(page, lang).locator('[data-countdown]:visible h1')).toBeVisible();
  }
  expect(watch.consoleErrors).toEqual([]);
});

test('on a page without crypto.randomUUID (plain http on a public host), the loader still works', async ({ page }) => {
  // 127.0.0.1 counts as a secure context, so take away what a plain-http page would not have.
  await page.addInitScript(() => delete (Crypto.prototype as Partial<Crypto>).randomUUID);
  const watch = await watchPage(page);
  partner.set('/plain-http.html', {
    headers: strictPolicy(ours),
    body: htmlPage(
      `<objection-countdown lang="pl"><a href="#">x</a></objection-countdown><script src="${ours}/widget.js" defer></script>`,
    ),
  });
  await page.goto(`${partner.origin}/plain-http.html`);
  expect(await page.evaluate(() => typeof crypto.randomUUID)).toBe('undefined');
  await widgetFrame(page, 'pl');
  const src = await page.locator('objection-countdown iframe').getAttribute('src');
  expect(new URLSearchParams(new URL(src!).hash.slice(1)).get('id')).toMatch(/^[0-9a-f]{32}$/);
  await expect(frameOf(page, 'pl').locator('[data-countdown]:visible h1')).toBeVisible();
  // The frame's messages reach the loader under that id: it sizes the frame to the widget.
  const { frame, content } = await frameAndContent(page, 'objection-countdown iframe');
  expect(Math.abs(frame - content)).toBeLessThan(2);
  expect(watch.consoleErrors).toEqual([]);
});

test('the self-host kit, unpacked under a sub-path of another site, shows the widget in two languages and asks our site for nothing', async ({
  page,
}) => {
  const archive = unzipSync(new Uint8Array(readFileSync(join(dist, 'widget-kit.zip'))));
  for (const [name, bytes] of Object.entries(archive)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(kitDir, name)), { recursive: true });
    writeFileSync(join(kitDir, name), bytes);
  }
  const readme = new TextDecoder().decode(archive['objection-widget/README.md']);
  expect(readme).toMatch(/as of \d{4}-\d{2}-\d{2}/);
  expect(archive['objection-widget/LICENSE']).toBeDefined();

  partner.mount('/assets/objection-widget/', join(kitDir, 'objection-widget'));
  const self = partner.origin;
  partner.set('/self-hosted.html', {
    headers: {
      'Content-Security-Policy': `default-src 'none'; script-src ${self}; frame-src ${self}; style-src 'unsafe-inline'`,
    },
    body: htmlPage(`
      <objection-countdown lang="de" size="full"><a href="#">x</a></objection-countdown>
      <objection-countdown lang="el" size="compact"><a href="#">x</a></objection-countdown>
      <script src="/assets/objection-widget/widget.js" defer></script>`),
  });
  const toOurSite: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(ours)) toOurSite.push(request.url());
  });
  const watch = await watchPage(page);
  await page.goto(`${self}/self-hosted.html`);
  for (const lang of ['de', 'el']) {
    await widgetFrame(page, lang);
    const frame = frameOf(page, lang);
    expect(frame.url()).toContain(`${self}/assets/objection-widget/embed/${lang}/`);
    await expect(frame.locator('[data-countdown]:visible h1')).toBeVisible();
  }
  await expect(frameOf(page, 'de').locator('.widget-date:visible')).toContainText(/\d{4}/);
  expect(toOurSite).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test('WordPress: its markup, sandbox and secret get a frame whose height follows the widget, and the link hides once the frame speaks', async ({
  page,
}) => {
  const oembed = JSON.parse(readFileSync(join(dist, 'oembed', 'nl.json'), 'utf8')) as { html: string };
  const src = /<iframe[^>]* src="([^"]+)"/
    .exec(oembed.html)![1]!
    .replaceAll('&amp;', '&')
    .replace('https://object-to-meta-ai.example', ours);
  const secret = 'Ab12Cd34Ef';
  // What WordPress makes of an unknown provider's answer (wp_filter_oembed_result and wp-embed.js):
  // the blockquote, then a hidden frame with its own sandbox, the secret on it and in its address.
  // Its script (wp-embed.js) resizes a frame when a message comes from that frame's window with the
  // secret, clamps the height to 200–1000 px, shows the frame and hides the blockquote.
  partner.set('/wordpress-embed.js', {
    headers: { 'Content-Type': 'text/javascript' },
    body: `addEventListener('message', function (event) {
      var data = event.data;
      if (!data || /[^a-zA-Z0-9]/.test(data.secret)) return;
      document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]').forEach(function (quote) { quote.style.display = 'none'; });
      document.querySelectorAll('iframe[data-secret="' + data.secret + '"]').forEach(function (frame) {
        if (event.source !== frame.contentWindow) return;
        frame.removeAttribute('style');
        if (data.message === 'height') frame.height = Math.min(1000, Math.max(200, parseInt(data.value, 10)));
        if (data.message === 'link') window.__wordpressLink = data.value;
      });
    });`,
  });
  // The page runs WordPress's script from its own origin, and frames ours.
  partner.set('/wordpress.html', {
    headers: {
      'Content-Security-Policy': `default-src 'none'; script-src 'self' ${ours}; frame-src ${ours}; style-src 'unsafe-inline'`,
    },
    body: htmlPage(`
      <blockquote class="wp-embedded-content" data-secret="${secret}"><a href="${ours}/nl/">Bezwaar</a></blockquote>
      <iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"
        title="Widget" src="${src}#?secret=${secret}" data-secret="${secret}" width="600" height="420"></iframe>
      <script src="/wordpress-embed.js"></script>`),
  });
  await page.goto(`${partner.origin}/wordpress.html`);
  const frame = page.locator('iframe.wp-embedded-content');
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
  await expect(frame).not.toHaveAttribute('style', /.*/);
  const inside = frameOf(page, 'nl');
  const content = await inside.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => Number(await frame.getAttribute('height'))).toBe(Math.max(200, content));
  // The guide link opens through WordPress (its sandbox allows no new tab): the frame asks, with the secret.
  await inside.locator('[data-countdown]:visible a').first().click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __wordpressLink?: string }).__wordpressLink))
    .toMatch(/\/nl\/object\/$/);
});
