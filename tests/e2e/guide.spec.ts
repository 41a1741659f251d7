/*
 * The objection guide: the reader picks a platform and a way, and that path, and only that path,
 * shows, its first form button brought into view; its form buttons are the official ones; ticks sit
 * beside the steps and survive a reload; ready texts open in place and copy; every path ends with
 * the way to check it worked and to complain; it prints as a handout; it works without JavaScript;
 * on a phone the form button comes early and every path ends within 2.5 screens.
 */
import type { Page } from '@playwright/test';
import { OBJECTION_PATHS } from '../../src/lib/objectionGuide';
import { expect, test } from './fixtures';
import { officialFormUrl } from '../built/builtSite';
import { axeViolations, watchPage } from './support';

const visiblePaths = (page: Page) =>
  page
    .locator('[data-objection-path]:visible')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('data-objection-path')));

async function choose(page: Page, platform: string, way: string) {
  await page.locator(`input[name="platform"][value="${platform}"]`).check();
  await page.locator(`input[name="way"][value="${way}"]`).check();
}

// The same template in every language: the browser walks it in English and the longest languages.
for (const locale of ['en', 'de', 'fi', 'el']) {
  test(`the guide in ${locale}: one path at a time, official forms, ticks that stay, copying, printing, no violations`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const watch = await watchPage(page);
    await page.goto(`/${locale}/object/`);

    // One path at a time: Facebook in the app shows that path and no other.
    await choose(page, 'facebook', 'app');
    expect(await visiblePaths(page)).toEqual(['facebook-app']);
    await expect(page).toHaveURL(/#path-facebook-app$/);
    await choose(page, 'both', 'browser');
    expect(await visiblePaths(page)).toEqual(['both-browser']);

    // Its form buttons are exactly the official forms and say where they go.
    for (const platform of ['facebook', 'instagram']) {
      const button = page.locator(`[data-objection-path="both-browser"] a[data-form="${platform}"]`);
      await expect(button).toHaveAttribute('href', officialFormUrl(platform));
      await expect(button).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(button.locator('[data-form-host]')).toContainText(new URL(officialFormUrl(platform)).hostname);
    }

    // Ticks sit beside the steps, and the same tick in another path follows; they survive a reload.
    const sent = page.locator(
      '[data-objection-path="both-browser"] [data-step="send-each-form"] input[data-check="facebook-sent"]',
    );
    await sent.check();
    await page.locator('[data-objection-path="both-browser"] input[data-check="confirmation-kept"]').check();
    await page.reload();
    await expect(sent).toBeChecked();
    await choose(page, 'facebook', 'app');
    await expect(page.locator('[data-objection-path="facebook-app"] input[data-check="facebook-sent"]')).toBeChecked();
    await expect(
      page.locator('[data-objection-path="facebook-app"] input[data-check="confirmation-kept"]'),
    ).toBeChecked();
    await page.locator('[data-objection-path="facebook-app"] button[data-clear-ticks]').click();
    await page.reload();
    await expect(
      page.locator('[data-objection-path="facebook-app"] input[data-check="facebook-sent"]'),
    ).not.toBeChecked();

    // A ready text opens in place, under the step that asks for a reason, and goes to the clipboard by keyboard.
    const texts = page.locator('[data-objection-path="facebook-app"] [data-step="what-the-form-asks"] details');
    await texts.locator('summary').click();
    const copy = page.locator('button[data-copy="text-facebook-app-copyright"]');
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-copy-status="text-facebook-app-copyright"]')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      (await page.locator('#text-facebook-app-copyright').textContent())!.trim(),
    );
    // The path ends with the way to check it worked and to complain.
    const next = page.locator('[data-objection-path="facebook-app"] [data-next-steps] a');
    expect(await next.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      `/${locale}/after/`,
      `/${locale}/complain/`,
    ]);
    // The app's own menus are the other way, one level per line.
    await page.locator('[data-objection-path="facebook-app"] [data-app-menus] summary').click();
    expect(await page.locator('[data-objection-path="facebook-app"] [data-app-menu="facebook"] li').count()).toBe(5);

    expect(await page.locator('[data-faq] details').count()).toBeGreaterThanOrEqual(8);
    await page.locator('[data-faq] summary').first().click();
    expect(await axeViolations(page)).toEqual([]);

    // On paper: no navigation, the QR code, addresses written out, answers open.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header')).toBeHidden();
    await expect(page.locator('[data-print-qr] svg')).toBeVisible();
    await expect(page.locator('[data-print-qr]')).toContainText(`/${locale}/object/`);
    await expect(page.locator('[data-print-after]')).toContainText(`/${locale}/after/`);
    const after = await page
      .locator('a[data-form="facebook"]:visible')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('facebook.com');
    await expect(page.locator('[data-faq] details p').last()).toBeVisible();

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
}

test('without JavaScript every single-platform path is shown, each complete, with no promise of ticks', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/object/');
  await expect(page.locator('[data-path-chooser]')).toBeHidden();
  const single = OBJECTION_PATHS.filter((path) => path.choice !== 'both');
  expect(await visiblePaths(page)).toEqual(single.map((path) => path.id));
  for (const path of single) {
    await expect(page.locator(`[data-objection-path="${path.id}"] li[data-step]`)).toHaveCount(path.steps.length);
  }
  await expect(page.locator('[data-objection-path="both-app"]')).toBeHidden();
  // The ticks and copy buttons are in the page, and none of them shows without the script.
  for (const selector of ['[data-tick]', '[data-clear-ticks-row]', 'button[data-copy]']) {
    expect(await page.locator(selector).count(), selector).toBeGreaterThan(0);
    await expect(page.locator(`${selector}:visible`), selector).toHaveCount(0);
  }
  await page.locator('[data-objection-path="facebook-browser"] [data-objection-texts] summary').click();
  await expect(page.locator('#text-facebook-browser-neutral')).toBeVisible();
  await context.close();
});

test('a reader arriving from the Instagram app starts on the Instagram app path', async ({ browser }) => {
  const context = await browser.newContext({
    userAgent: 'Mozilla/5.0 (Linux; Android 14) Instagram 321.0.0.0 Android',
  });
  const page = await context.newPage();
  await page.goto('/it/object/');
  expect(await visiblePaths(page)).toEqual(['instagram-app']);
  await expect(page.locator('input[name="platform"][value="instagram"]')).toBeChecked();
  await expect(page.locator('input[name="way"][value="app"]')).toBeChecked();
  await context.close();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('after picking a path its form button comes early and in view, and every path ends within 2.5 screens', async ({
    page,
  }) => {
    // Instant scrolling, as for readers who ask for less motion: the check does not race a smooth scroll.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const locale of ['en', 'de', 'fi', 'el']) {
      await page.goto(`/${locale}/object/`);
      for (const path of OBJECTION_PATHS) {
        await choose(page, path.choice, path.way);
        const button = page.locator(`[data-objection-path="${path.id}"] a[data-form]`).first();
        // Brought into view below the chooser (scrolled there when it was below the screen).
        await expect(button).toBeInViewport();
        const [top, end] = await page.evaluate((id) => {
          const section = document.querySelector(`[data-objection-path="${id}"]`)!;
          const form = section.querySelector('a[data-form]')!.getBoundingClientRect().top + scrollY;
          const last = [...section.querySelectorAll('li[data-step]')].at(-1)!.getBoundingClientRect().bottom + scrollY;
          return [Math.round(form), last / 844];
        }, path.id);
        // The issue's figures for English and German; the longest languages get the app paths' limit.
        const limit = path.way === 'app' || ['fi', 'el'].includes(locale) ? 1100 : 1000;
        expect({ locale, path: path.id, formWithin: top <= limit, endsWithin: end <= 2.5 }).toEqual({
          locale,
          path: path.id,
          formWithin: true,
          endsWithin: true,
        });
      }
    }
  });
});

test('the timeline takes its deadlines from the rounds, and dates 26 June 2024 as the day the policy was to apply', async ({
  page,
}) => {
  await page.goto('/en/timeline/');
  await expect(page.locator('[data-deadline-of="2025"] time')).toHaveAttribute('datetime', '2025-05-26');
  await expect(page.locator('[data-deadline-of="2024"] time')).toHaveAttribute('datetime', '2024-06-25');
  await expect(page.locator('[data-event="policy-date-2024"] time')).toHaveAttribute('datetime', '2024-06-26');
  await expect(page.locator('[data-event="meta-pauses-2024"]')).toContainText('Data Protection Commission (Ireland)');
  const days = await page
    .locator('[data-timeline] > li time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(days).toEqual([...days].sort());
  expect(days.length).toBeGreaterThanOrEqual(15);
});
