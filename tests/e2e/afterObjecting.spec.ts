/*
 * After objecting: a reader who finished a path on a phone reaches how to check it worked, and the
 * authority of their country in two taps; every answer names its sources; the complaint page lists
 * all 30 EU/EEA countries in the reader's language, Germany with its Länder, and sends no reader to
 * an address the register could not source.
 */
import { expect, test } from './fixtures';
import { axeViolations, watchPage } from './support';
import { contentFile } from '../built/builtSite';
import { PROBLEMS } from '../../src/lib/afterObjecting';

const register = contentFile<{ id: string; country: string; page?: { url: string } }[]>('authorities.yaml');

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('from the end of a guide path, two taps reach the authority of the reader’s country', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto('/en/object/#path-facebook-browser');
    const next = page.locator('[data-objection-path="facebook-browser"] [data-next-steps]');
    // Right after the last step: how to check it worked, and where to complain.
    const gap = await page.evaluate(() => {
      const section = document.querySelector('[data-objection-path="facebook-browser"]')!;
      const last = [...section.querySelectorAll('li[data-step]')].at(-1)!.getBoundingClientRect().bottom;
      return section.querySelector('[data-next-steps]')!.getBoundingClientRect().top - last;
    });
    expect(gap).toBeLessThan(844);
    await next.getByRole('link', { name: 'Meta said no? Where to complain' }).click();
    await expect(page).toHaveURL(/\/en\/complain\/$/);
    // The country chooser starts on the first screen.
    await expect(page.locator('[data-country-chooser] a').first()).toBeInViewport();
    await page.locator('[data-country-chooser] a[data-country="AT"]').click();
    const austria = page.locator('#country-at');
    await expect(austria.getByRole('link', { name: /How to complain to this authority/ })).toBeInViewport();
    await expect(austria.locator('[lang="de"]')).toHaveText('Österreichische Datenschutzbehörde');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('a reader coming back finds, from the first screen of home, how to check that it worked', async ({ page }) => {
    await page.goto('/de/');
    const link = page.locator('main a[data-after-link]');
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page).toHaveURL(/\/de\/after\/$/);
    await expect(page.locator('[data-after="worked"] h2')).toBeInViewport();
  });
});

test('every answer after objecting opens in place and names its sources', async ({ page }) => {
  await page.goto('/en/after/');
  expect(await page.locator('[data-sign]').count()).toBe(3);
  for (const { id } of PROBLEMS) {
    const problem = page.locator(`[data-problem="${id}"]`);
    await problem.locator('summary').click();
    await expect(problem.locator('[data-sources]')).toBeVisible();
    expect(await problem.locator('[data-sources] a').count(), id).toBeGreaterThan(0);
  }
  await expect(page.locator('[data-after="refusal"] [data-sources]')).toContainText(
    'Verbraucherzentrale Rheinland-Pfalz',
  );
  await expect(page.locator('a[data-complain-link]')).toHaveAttribute('href', '/en/complain/');
  expect(await axeViolations(page)).toEqual([]);
});

test('the complaint page lists every EU/EEA country in the reader’s language, with the register’s addresses only', async ({
  page,
}) => {
  await page.goto('/fr/complain/');
  const countries = page.locator('[data-country-chooser] a');
  await expect(countries).toHaveCount(30);
  const names = await countries.allInnerTexts();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  expect(names).toContain('Norvège');
  // Every authority's link is its register address; where there is none, the Board's list stands in.
  for (const authority of register) {
    const entry = page.locator(`[data-authority="${authority.id}"]`);
    const links = await entry
      .locator('a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    if (authority.page) expect(links, authority.id).toEqual([authority.page.url]);
    else if (authority.id.startsWith('de-')) expect(links, authority.id).toEqual([]);
    else expect(links, authority.id).toEqual(['https://edpb.europa.eu/about-edpb/about-edpb/members_en']);
  }
  // Germany: the federal commissioner and the 16 Länder, with a word on who handles what.
  const germany = page.locator('#country-de');
  await expect(germany.locator('[data-authority]')).toHaveCount(17);
  await expect(germany.locator('[data-authority^="de-"]')).toHaveCount(16);
  await expect(germany.locator('[data-sources]').first()).toContainText('Verwaltungsportal Hessen');
  expect(await axeViolations(page)).toEqual([]);
});
