/*
 * What a reader meets on the site, in Chromium, Firefox and WebKit (every browser on an iPhone):
 * the first screen leads to the official forms, the language menu opens within the screen and closes
 * with Escape, the guide's chooser shows one path, the end of a path leads in two taps to the
 * reader's authority, and the countdown runs live in the reader's zone.
 */
import { locales } from '../../src/i18n/locales';
import { officialFormUrl } from '../built/builtSite';
import { DEADLINE } from '../built/builtSite';
import { expect, test, waitFor } from './fixtures';

/** A phone's screen, in CSS px. */
const PHONE = { width: 390, height: 844 };

test('on a phone, the first screen of home leads to both official forms', async ({ open, site }) => {
  const page = await open();
  const screen = await page.setViewport(PHONE.width, PHONE.height);
  for (const locale of ['en', 'de', 'el']) {
    await page.goto(`${site}${locale}/`);
    const buttons = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[data-form]')].slice(0, 2).map((button) => ({
        href: button.href,
        bottom: Math.round(button.getBoundingClientRect().bottom),
      })),
    );
    expect(buttons.map((button) => button.href)).toEqual([officialFormUrl('facebook'), officialFormUrl('instagram')]);
    for (const button of buttons)
      expect({ locale, bottom: button.bottom <= screen.height }).toEqual({ locale, bottom: true });
  }
});

test('the language menu opens within the screen and closes with Escape', async ({ open, site }) => {
  const page = await open();
  const screen = await page.setViewport(PHONE.width, 800);
  await page.goto(`${site}el/timeline/`);
  await page.click('[data-language-menu] summary');
  const boxes = await waitFor(
    () =>
      page.evaluate(() => {
        const menu = document.querySelector('details[data-language-menu]') as HTMLDetailsElement;
        if (!menu.open) return undefined;
        return [...menu.querySelectorAll('a')].map((link) => link.getBoundingClientRect().toJSON() as DOMRect);
      }),
    'the language menu to open',
  );
  expect(boxes).toHaveLength(locales.length);
  for (const box of boxes) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(screen.width);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(screen.height);
  }
  await page.press('Escape');
  await waitFor(
    () => page.evaluate(() => !(document.querySelector('details[data-language-menu]') as HTMLDetailsElement).open),
    'Escape to close the menu',
  );
  expect(await page.evaluate(() => document.activeElement?.matches('[data-language-menu] summary'))).toBe(true);
});

test("the guide's chooser shows the chosen path, and only that path", async ({ open, site }) => {
  const page = await open();
  await page.setViewport(PHONE.width, PHONE.height);
  await page.goto(`${site}en/object/`);
  const visiblePaths = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-objection-path]')]
        .filter((path) => path.checkVisibility())
        .map((path) => path.dataset['objectionPath']),
    );
  for (const [platform, way] of [
    ['instagram', 'app'],
    ['both', 'browser'],
  ]) {
    await page.click(`input[name="platform"][value="${platform}"]`);
    await page.click(`input[name="way"][value="${way}"]`);
    await waitFor(
      async () => JSON.stringify(await visiblePaths()) === JSON.stringify([`${platform}-${way}`]),
      `only the ${platform}-${way} path to show`,
    );
  }
  const forms = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('[data-objection-path="both-browser"] a[data-form]')].map(
      (button) => button.href,
    ),
  );
  expect(new Set(forms)).toEqual(new Set([officialFormUrl('facebook'), officialFormUrl('instagram')]));
});

test('from the end of a guide path, two taps reach the authority of the reader’s country', async ({ open, site }) => {
  const page = await open();
  const screen = await page.setViewport(PHONE.width, PHONE.height);
  await page.goto(`${site}en/object/#path-facebook-browser`);
  await page.click('[data-objection-path="facebook-browser"] [data-next-steps] a[href$="/complain/"]');
  await waitFor(
    () => page.evaluate(() => location.pathname.endsWith('/en/complain/') && document.readyState === 'complete'),
    'the complaint page to open',
  );
  await page.click('[data-country-chooser] a[data-country="DE"]');
  const germany = await waitFor(
    () =>
      page.evaluate(() => {
        if (location.hash !== '#country-de') return undefined;
        const link = document.querySelector<HTMLAnchorElement>('[data-authority="de-hh"] a')!;
        const { top, bottom } = document.querySelector('#country-de h2')!.getBoundingClientRect();
        return {
          top,
          bottom,
          hamburg: link.href,
          entries: document.querySelectorAll('#country-de [data-authority]').length,
        };
      }),
    'the jump to Germany',
  );
  expect(germany.top).toBeGreaterThanOrEqual(-1);
  expect(germany.bottom).toBeLessThanOrEqual(screen.height);
  expect(germany).toMatchObject({ hamburg: 'https://datenschutz-hamburg.de/', entries: 17 });
});

test('the countdown runs live in the reader’s time zone', async ({ open, site }) => {
  // Six days, twelve hours, five minutes and thirty seconds before the deadline, in New York.
  const page = await open({
    now: DEADLINE - (6 * 86400 + 12 * 3600 + 5 * 60 + 30) * 1000,
    timezone: 'America/New_York',
  });
  await page.goto(`${site}en/`);
  const figures = () =>
    page.evaluate(() => {
      const countdown = document.querySelector<HTMLElement>('[data-countdown]')!;
      const unit = (name: string) => Number(countdown.querySelector(`[data-unit="${name}"]`)!.textContent);
      return {
        state: countdown.dataset['state'],
        days: unit('days'),
        hours: unit('hours'),
        minutes: unit('minutes'),
        seconds: unit('seconds'),
        zone: countdown.querySelector('[data-reader-zone]')!.textContent.trim(),
      };
    });
  const first = await waitFor(async () => {
    const shown = await figures();
    return shown.state === 'upcoming' && shown.days === 6 ? shown : undefined;
  }, 'the countdown to show the test clock');
  expect({ hours: first.hours, minutes: first.minutes }).toEqual({ hours: 12, minutes: 5 });
  expect(first.zone).toBe('In your time zone (America/New_York) that is Monday, 26 May 2025 at 17:59.');
  // Live: the seconds move on with the clock.
  await waitFor(async () => (await figures()).seconds !== first.seconds, 'the seconds to tick');
});
