import { expect, test } from '@playwright/test';
import { builtPages, cspViolations, expectNoAxeViolations, localeOfPath, locales, watchPage } from './support';

const pages = builtPages();

test('the build has every page in every locale', () => {
  for (const locale of locales) {
    for (const path of [
      '/',
      '/notices/',
      '/notices/hamburg-2024/',
      '/notices/hamburg-2025/',
      '/notices/datatilsynet-2025/',
      '/notices/klicksafe-2024/',
      '/404.html',
    ]) {
      expect(pages).toContain(`/${locale}${path}`);
    }
  }
  expect(pages).toContain('/');
});

for (const path of pages) {
  test(`${path}: loads in its language, cleanly and accessibly`, async ({ page }) => {
    const watch = await watchPage(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    if (path.startsWith('/embed/')) {
      // The widget document: its own checks are in widget.spec.ts.
      await expect(page.locator('html')).toHaveAttribute('lang', path.split('/')[2]!);
      await expectNoAxeViolations(page);
    } else if (path !== '/') {
      await expect(page.locator('html')).toHaveAttribute('lang', localeOfPath(path));
      await expect(page.locator('h1')).toHaveCount(1);
      const hreflangs = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
      expect(hreflangs.sort()).toEqual([...locales, 'x-default'].sort());
      await expectNoAxeViolations(page);
    }
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
}

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await page.goto('/de/notices/hamburg-2025/');
  await page.locator('[data-language-switcher] summary').click();
  await page.getByRole('link', { name: 'Norsk bokmål' }).click();
  await expect(page).toHaveURL(/\/nb\/notices\/hamburg-2025\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');

  await page.locator('[data-language-switcher] summary').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/notices\/hamburg-2025\/$/);
});

test('an unknown address shows the not-found page with a way home', async ({ page }) => {
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

  test('without JavaScript it lists every language, each in its own language', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    for (const [locale, name] of [
      ['en', 'English'],
      ['de', 'Deutsch'],
      ['nb', 'Norsk bokmål'],
    ]) {
      const link = page.locator(`[data-language-list] li[lang="${locale}"] a`);
      await expect(link).toContainText(name!);
      await expect(link).toHaveAttribute('href', `/${locale}/`);
    }
    await context.close();
  });

  test('the language list has no accessibility violations', async ({ page }) => {
    // axe needs JavaScript, so keep the page from redirecting by holding back its script instead.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto('/');
    await expect(page.locator('[data-language-list]')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
