import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expectNoAxeViolations, locales, watchPage } from './support';

const links: { platform: string; url: string; kind?: string }[] = parseYaml(
  readFileSync(join(import.meta.dirname, '../../src/content/links.yaml'), 'utf8'),
);
const officialUrl = (platform: string) =>
  links.find((link) => link.platform === platform && (link.kind ?? 'form') === 'form')!.url;

for (const locale of locales) {
  test.describe(`the guide in ${locale}`, () => {
    test('its form buttons point exactly at the official forms and say where they go', async ({ page }) => {
      await page.goto(`/${locale}/object/`);
      for (const platform of ['facebook', 'instagram']) {
        const button = page.locator(`[data-guide-platform="${platform}"] a[data-external]`);
        await expect(button).toHaveCount(1);
        await expect(button).toHaveAttribute('href', officialUrl(platform));
        await expect(button).toHaveAttribute('rel', 'noopener noreferrer');
        await expect(button.locator('[data-form-host]')).toContainText(new URL(officialUrl(platform)).hostname);
      }
    });

    test('a copy button puts the text on the clipboard and says so, by keyboard', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/${locale}/object/`);
      const button = page.locator('button[data-copy="text-1"]');
      await button.focus();
      await page.keyboard.press('Enter');
      const expected = (await page.locator('#text-1').textContent())!.trim();
      await expect(page.locator('[data-copy-status="text-1"]')).not.toBeEmpty();
      await expect(page.locator('[data-copy-status="text-1"]')).toHaveAttribute('role', 'status');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    });

    test('the checklist keeps its ticks across a reload, in this browser only', async ({ page }) => {
      const watch = await watchPage(page);
      await page.goto(`/${locale}/object/`);
      const boxes = page.locator('[data-checklist] input[type="checkbox"]');
      await expect(boxes).toHaveCount(3);
      await boxes.nth(0).check();
      await boxes.nth(2).check();
      await page.reload();
      await expect(boxes.nth(0)).toBeChecked();
      await expect(boxes.nth(1)).not.toBeChecked();
      await expect(boxes.nth(2)).toBeChecked();
      await page.locator('[data-checklist-reset]').click();
      await page.reload();
      await expect(boxes.nth(0)).not.toBeChecked();
      expect(watch.foreignRequests).toEqual([]);
    });

    test('printed, it hides navigation and shows the QR code and the written-out URLs', async ({ page }) => {
      await page.goto(`/${locale}/object/`);
      await expect(page.locator('[data-print-qr]')).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header')).toBeHidden();
      await expect(page.locator('footer')).toBeHidden();
      await expect(page.locator('[data-print-qr]')).toBeVisible();
      await expect(page.locator('[data-print-qr] svg')).toBeVisible();
      await expect(page.locator('[data-print-qr]')).toContainText(`/${locale}/object/`);
      const after = await page
        .locator('[data-guide-platform="facebook"] a[data-external]')
        .evaluate((link) => getComputedStyle(link, '::after').content);
      expect(after).toContain('facebook.com');
      await expect(page.locator('[data-faq] details p').first()).toBeVisible();
    });

    test('has at least eight questions and no accessibility violations', async ({ page }) => {
      await page.goto(`/${locale}/object/`);
      expect(await page.locator('[data-faq] details').count()).toBeGreaterThanOrEqual(8);
      await page.locator('[data-faq] details summary').first().click();
      await expectNoAxeViolations(page);
    });
  });
}

test('without JavaScript the checklist is a plain list and no copy button promises anything', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/object/');
  await expect(page.locator('[data-checklist] li')).toHaveCount(3);
  await expect(page.locator('[data-checklist] input')).toHaveCount(3);
  for (const box of await page.locator('[data-checklist] input').all()) await expect(box).toBeHidden();
  await expect(page.locator('button[data-copy]').first()).toBeHidden();
  await expect(page.locator('#text-0')).toBeVisible();
  await context.close();
});

test('the timeline takes its deadlines from the rounds', async ({ page }) => {
  await page.goto('/en/timeline/');
  await expect(page.locator('[data-deadline-of="2025"] time')).toHaveAttribute('datetime', '2025-05-26');
  await expect(page.locator('[data-deadline-of="2024"] time')).toHaveAttribute('datetime', '2024-06-25');
  const days = await page
    .locator('[data-timeline] > li time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(days).toEqual([...days].sort());
  expect(days.length).toBeGreaterThanOrEqual(14);
});
