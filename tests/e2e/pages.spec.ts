/*
 * In a browser, every page of the longest languages (German, Finnish, Greek) and English, one browser
 * page per language (every page of every language is read as HTML in tests/built/pages.test.ts): no accessibility
 * violation, no error logged, no CSP rule broken, no request to another host, and no sideways
 * scrolling on a 320 px screen, in light and dark. The other languages share these templates; their
 * words are longer or shorter, not laid out differently.
 */
import { localeNames } from '../../src/i18n/locales';
import { expect, test } from './fixtures';
import {
  axeViolations,
  builtPages,
  cspViolations,
  locales,
  localeOfPath,
  sidewaysOverflow,
  watchPage,
} from './support';

const pages = builtPages();
const groups = new Map<string, string[]>();
for (const path of pages) {
  const group = path === '/' || path === '/404.html' ? 'root' : localeOfPath(path);
  groups.set(group, [...(groups.get(group) ?? []), path]);
}

/** The languages whose pages a browser checks: English and the longest words and scripts. */
const BROWSER_CHECKED = ['root', 'en', 'de', 'fi', 'el'];

for (const [group, paths] of [...groups].filter(([group]) => BROWSER_CHECKED.includes(group))) {
  test(`${group}: every page loads in its language, cleanly, accessibly, and fits 320 px in light and dark`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + paths.length * 8_000);
    const watch = await watchPage(page);
    // axe needs scripts to run, but the root page's own script sends the reader away: serve it empty there.
    if (group === 'root') {
      const chooserScript = /_astro\/index\.astro_astro_type_script[^/]*\.js$/;
      await page.route(chooserScript, (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
    }
    for (const path of paths) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      expect.soft(response?.status(), path).toBe(200);
      expect.soft(await page.locator('html').getAttribute('lang'), path).toBe(localeOfPath(path));
      if (!path.startsWith('/embed/')) {
        expect.soft(await page.locator('h1').count(), `${path}: one h1`).toBe(1);
        const hreflangs = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
        expect.soft(hreflangs.sort(), `${path}: hreflang`).toEqual([...locales, 'x-default'].sort());
      }
      expect.soft(await axeViolations(page), `${path}: axe`).toEqual([]);
      // Dark mode has colours of its own: their contrast is checked too.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect.soft(await axeViolations(page, undefined, ['color-contrast']), `${path}: contrast, dark`).toEqual([]);
      await page.setViewportSize({ width: 320, height: 720 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect
          .soft(await sidewaysOverflow(page), `${path} at 320 px, ${colorScheme}: sideways scroll`)
          .toBeLessThanOrEqual(0);
      }
      expect.soft(await cspViolations(page), `${path}: CSP`).toEqual([]);
    }
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
}

test('an unknown address shows the not-found page of its language, with a way home', async ({ page }) => {
  const response = await page.goto('/de/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('main a[href="/de/"]')).toBeVisible();
  const elsewhere = await page.goto('/no-such-page/');
  expect(elsewhere?.status()).toBe(404);
  await expect(page.locator('[data-language-list] a')).toHaveCount(locales.length);
});

test.describe('the way in at /', () => {
  for (const [browserLocale, expected] of [
    ['de-DE', 'de'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['fr-FR', 'fr'],
    ['zh-CN', 'en'],
    ['en-US', 'en'],
  ] as const) {
    test(`a browser set to ${browserLocale} lands on /${expected}/`, async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${expected}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', expected);
      await context.close();
    });
  }

  test('without JavaScript it lists every language, each in its own language', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/');
    // The reader stays at the root: nothing sends them away without the script.
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page.locator('[data-language-list] a')).toHaveCount(locales.length);
    for (const locale of locales) {
      const link = page.locator(`[data-language-list] li[lang="${locale}"] a`);
      await expect(link).toBeVisible();
      await expect(link).toContainText(localeNames[locale]);
      await expect(link).toHaveAttribute('href', `/${locale}/`);
    }
    await context.close();
  });
});
