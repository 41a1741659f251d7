import { expect, test, type Frame, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectNoAxeViolations, locales, watchPage } from './support';

// A partner site on another origin (another port), with a strict CSP of its own: scripts and
// frames from our origin only, no inline script.
let partner: Server;
let partnerOrigin = '';
let ours = '';
const pages = new Map<string, string>();

test.beforeAll(async ({ baseURL }) => {
  ours = new URL(baseURL!).origin;
  partner = createServer((request, response) => {
    const body = pages.get(new URL(request.url!, 'http://x').pathname);
    response.statusCode = body ? 200 : 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; script-src ${ours}; frame-src ${ours}; style-src 'unsafe-inline'`,
    );
    response.end(body ?? 'not found');
  });
  await new Promise<void>((done) => partner.listen(0, '127.0.0.1', done));
  partnerOrigin = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
  pages.set(
    '/both-ways.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body><main>
      <h1>A partner page</h1>
      <objection-countdown lang="de" theme="dark"><a href="${ours}/de/object/">So widersprechen Sie</a></objection-countdown>
      <div data-objection-countdown data-lang="nb" data-size="compact"><a href="${ours}/nb/object/">Slik protesterer du</a></div>
      <iframe id="plain" src="${ours}/embed/en/?theme=light" title="Countdown" width="100%" height="340"
        sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>
      <script src="${ours}/widget.js" defer></script>
    </main></body></html>`,
  );
});

test.afterAll(() => new Promise<void>((done) => partner.close(() => done())));

const DEADLINE = Date.UTC(2025, 4, 26, 22, 0, 0);
const widgetFrames = (page: Page) => page.frames().filter((frame) => frame.url().includes('/embed/'));
async function frameFor(page: Page, lang: string): Promise<Frame> {
  await expect.poll(() => widgetFrames(page).find((frame) => frame.url().includes(`/embed/${lang}/`))).toBeTruthy();
  return widgetFrames(page).find((frame) => frame.url().includes(`/embed/${lang}/`))!;
}

test('a partner page embeds the widget both ways, in its languages, with the right state for the clock', async ({
  page,
}) => {
  const watch = await watchPage(page);
  await page.clock.install({ time: new Date(DEADLINE - 5 * 86400 * 1000) });
  await page.goto(`${partnerOrigin}/both-ways.html`);

  const german = await frameFor(page, 'de');
  await expect(german.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(german.locator('html')).toHaveAttribute('lang', 'de');
  await expect(german.locator('[data-countdown][data-round="2025"]')).toHaveAttribute('data-state', 'upcoming');
  await expect(german.locator('[data-round="2025"] [data-unit="days"]')).toHaveText('4');
  await expect(german.locator('[data-unit-label="days"]').first()).toHaveText('Tage');

  const norwegian = await frameFor(page, 'nb');
  await expect(norwegian.locator('html')).toHaveAttribute('data-size', 'compact');
  await expect(norwegian.locator('[data-round="2025"] [data-detail]').first()).toBeHidden();

  const english = await frameFor(page, 'en');
  await expect(english.locator('html')).toHaveAttribute('data-theme', 'light');
  // The guide link opens in a new tab, in the widget's language.
  await expect(german.getByRole('link', { name: /So widersprechen Sie/ })).toHaveAttribute('target', '_blank');
  await expect(german.getByRole('link', { name: /So widersprechen Sie/ })).toHaveAttribute('href', /\/de\/object\/$/);

  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the loader sizes each iframe to its content', async ({ page }) => {
  await page.goto(`${partnerOrigin}/both-ways.html`);
  for (const selector of ['objection-countdown iframe', '[data-objection-countdown] iframe']) {
    const frame = page.locator(selector);
    await expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
    await expect
      .poll(async () => {
        const outer = (await frame.boundingBox())!.height;
        const inner = await (await frame.elementHandle())!
          .contentFrame()
          .then((inside) => inside!.evaluate(() => document.documentElement.getBoundingClientRect().height));
        return Math.abs(outer - inner);
      })
      .toBeLessThan(2);
  }
  // The compact widget is shorter than the full one.
  const full = (await page.locator('objection-countdown iframe').boundingBox())!.height;
  const compact = (await page.locator('[data-objection-countdown] iframe').boundingBox())!.height;
  expect(compact).toBeLessThan(full);
});

test('inside the iframe there are no accessibility violations, in light and dark', async ({ page }) => {
  await page.goto(`${partnerOrigin}/both-ways.html`);
  await frameFor(page, 'de');
  await frameFor(page, 'en');
  await expectNoAxeViolations(page);
});

test('a message from a foreign origin or a foreign frame, or of the wrong shape, changes nothing', async ({ page }) => {
  await page.goto(`${partnerOrigin}/both-ways.html`);
  const frame = page.locator('objection-countdown iframe');
  await expect.poll(async () => (await frame.boundingBox())!.height).not.toBe(340);
  const before = (await frame.boundingBox())!.height;
  const id = new URLSearchParams(new URL((await frame.getAttribute('src'))!).hash.slice(1)).get('id')!;
  await page.evaluate(
    ({ id }) => {
      // From the partner page itself (its own origin), with the right id.
      window.postMessage({ type: 'objection-countdown:height', id, height: 1234 }, '*');
      // From another sandboxed frame (origin "null" too), with the right id.
      const rogue = document.createElement('iframe');
      rogue.setAttribute('sandbox', 'allow-scripts');
      document.body.append(rogue);
      window.dispatchEvent(
        new MessageEvent('message', {
          data: { type: 'objection-countdown:height', id, height: 1234 },
          origin: 'null',
          source: rogue.contentWindow,
        }),
      );
      // Wrong shapes.
      for (const data of [
        null,
        'height:1234',
        { type: 'objection-countdown:height', id, height: '1234' },
        { type: 'other', id, height: 1234 },
      ]) {
        window.dispatchEvent(new MessageEvent('message', { data, origin: 'null' }));
      }
    },
    { id },
  );
  await page.waitForTimeout(300);
  expect((await frame.boundingBox())!.height).toBe(before);
});

const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; alert(1); '",
  'x'.repeat(2000),
  '😀𝓊𝓃𝒾𝒸ℴ𝒹ℯ\u202e',
  '../../../../etc/passwd',
  'javascript:alert(1)',
];

test('hostile parameters in the widget URL fall back cleanly', async ({ page }) => {
  const watch = await watchPage(page);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  for (const payload of hostile) {
    const query = new URLSearchParams({ lang: payload, theme: payload, size: payload, round: payload });
    const response = await page.goto(`/embed/en/?${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
    await expect(page.locator('html')).toHaveAttribute('data-size', 'full');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-countdown]:visible')).toHaveCount(1);
    await expect(page.locator('[data-countdown]:visible')).toHaveAttribute('data-round', '2025');
    await expect(page.locator('img')).toHaveCount(0);
    expect(await page.content()).not.toContain(payload.slice(0, 40));
  }
  expect(dialogs).toBe(0);
  expect(watch.consoleErrors).toEqual([]);
});

test('hostile attributes on the placeholder fall back cleanly', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const attributes = (payload: string) => payload.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  pages.set(
    '/hostile.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title></head><body>` +
      hostile
        .map((payload) => {
          const value = attributes(payload);
          return `<objection-countdown lang="${value}" theme="${value}" size="${value}" round="${value}"><a href="#">x</a></objection-countdown>`;
        })
        .join('') +
      `<script src="${ours}/widget.js" defer></script></body></html>`,
  );
  await page.goto(`${partnerOrigin}/hostile.html`);
  const frames = page.locator('objection-countdown iframe');
  await expect(frames).toHaveCount(hostile.length);
  for (const src of await frames.evaluateAll((elements) => elements.map((element) => element.getAttribute('src')!))) {
    const url = new URL(src);
    expect(url.pathname).toBe('/embed/en/');
    expect(url.searchParams.get('theme')).toBe('auto');
    expect(url.searchParams.get('size')).toBe('full');
    expect(url.searchParams.has('round')).toBe(false);
  }
  expect(dialogs).toBe(0);
});

test('without JavaScript the partner page keeps the plain link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${partnerOrigin}/both-ways.html`);
  await expect(page.locator('objection-countdown a')).toHaveText('So widersprechen Sie');
  await expect(page.locator('objection-countdown iframe')).toHaveCount(0);
  await context.close();
});

test('the widget stores nothing and sets no cookie', async ({ page, context }) => {
  await page.goto(`${partnerOrigin}/both-ways.html`);
  await frameFor(page, 'de');
  expect(await context.cookies()).toEqual([]);
  const storage = await page
    .goto('/embed/de/')
    .then(() => page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]));
  expect(storage).toEqual([0, 0, '']);
});

test('the generator updates the snippets and the live preview, and copies the code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/embed/');
  await page.locator('#embed-lang').selectOption('de');
  await page.getByLabel('Dark').check();
  await page.getByLabel(/Compact/).check();
  await expect(page.locator('#snippet-iframe')).toContainText('/embed/de/?theme=dark&amp;size=compact');
  await expect(page.locator('#snippet-script')).toContainText(
    '<objection-countdown lang="de" theme="dark" size="compact">',
  );
  await expect(page.locator('[data-embed-preview]')).toHaveAttribute('src', '/embed/de/?theme=dark&size=compact');
  await page.locator('button[data-copy="snippet-script"]').click();
  await expect(page.locator('[data-copy-status="snippet-script"]')).toHaveText('Code copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/widget.js');
  await expectNoAxeViolations(page);
});

test('the widget shows every character of every language, with no missing-glyph boxes', async ({ page }) => {
  for (const lang of locales) {
    await page.goto(`/embed/${lang}/`);
    const missing = await page.evaluate(() => {
      const font = getComputedStyle(document.body).font;
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      const draw = (char: string) => {
        context.clearRect(0, 0, 64, 64);
        context.font = font;
        context.fillText(char, 8, 40);
        return context.getImageData(0, 0, 64, 64).data.join(',');
      };
      // Two characters no font has: how a missing glyph looks here.
      const tofu = draw('\u{10FFFD}');
      const check = draw('\u0FFF') === tofu;
      const text = [...document.querySelectorAll('[data-countdown]')].map((element) => element.textContent).join('');
      const chars = [...new Set(text)].filter((char) => !/[\s\p{Cf}]/u.test(char));
      return { check, missing: chars.filter((char) => draw(char) === tofu) };
    });
    expect(missing.check).toBe(true);
    expect({ lang, missing: missing.missing }).toEqual({ lang, missing: [] });
  }
});

test('the paused 2024 round, picked with ?round=, says it was paused, with no violations', async ({ page }) => {
  await page.goto('/embed/en/?round=2024');
  const paused = page.locator('[data-countdown][data-round="2024"]');
  await expect(paused).toBeVisible();
  await expect(paused).toHaveAttribute('data-state', 'paused');
  await expect(paused).toContainText('Meta paused this round on 14 June 2024, before the deadline.');
  await expect(paused.locator('[data-figures]')).toBeHidden();
  await expect(page.locator('[data-countdown][data-round="2025"]')).toBeHidden();
  await expectNoAxeViolations(page);
});
