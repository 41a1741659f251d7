/*
 * What a reader on a phone meets first: the way to the official forms on the first screen, a
 * countdown that does not tell anyone to act by a day that is gone, a language menu that stays on
 * screen and closes as people expect, pages that survive large text and forced colours, focus
 * rings that stand out, and tap targets big enough for a thumb.
 */
import type { Locator, Page } from '@playwright/test';
import { localesByName } from '../../src/i18n/locales';
import { fillPlaceholders } from '../../src/lib/fillPlaceholders';
import { formatDate } from '../../src/lib/formatDate';
import { expect, test } from './fixtures';
import { locales, setTextSize, sidewaysOverflow, uiStrings } from './support';

const PHONE = { width: 390, height: 844 };
const LONG_LANGUAGES = ['en', 'de', 'fi', 'pl', 'el', 'hu'] as const;

test.describe('the first screen of the home page on a phone', () => {
  test.use({ viewport: PHONE });

  for (const locale of LONG_LANGUAGES) {
    test(`${locale}: the way to an official form ends within the first screen`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const form = page.locator('main a[data-form="facebook"]').first();
      await expect(form).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\/help\/contact\//);
      const box = (await form.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
      // What the site is, and the status, come first.
      await expect(page.locator('h1')).toBeInViewport();
      await expect(page.locator('[data-countdown] h3')).toBeInViewport();
    });

    test(`${locale}: after the deadline the countdown says what is true now, not what to do by a past date`, async ({
      page,
    }) => {
      const t = uiStrings[locale];
      const day = formatDate(locale, '2025-05-26');
      await page.goto(`/${locale}/`);
      const countdown = page.locator('[data-countdown]');
      await expect(countdown).toHaveAttribute('data-state', 'passed');
      // The heading is the one for a passed deadline; the one asking to act by the date is hidden.
      const heading = countdown.locator('.countdown-heading');
      await expect(heading.locator('span[data-when-state~="upcoming"]')).toHaveCount(1);
      await expect(heading.locator('span[data-when-state~="upcoming"]')).toBeHidden();
      await expect(heading.locator('span[data-when-state="passed"]')).toBeVisible();
      // What the reader can still do is the heading, and the largest text of the box; the deadline is a dated line.
      expect((await heading.innerText()).trim()).toBe(t['countdown.passedMeaning']);
      await expect(countdown.locator('[data-deadline-line]')).toHaveText(
        fillPlaceholders(t['countdown.headingPassed'], { date: day }),
      );
      const largest = await countdown.evaluate((root) =>
        Math.max(
          ...[...root.querySelectorAll<HTMLElement>('p, h3')]
            .filter((element) => element.checkVisibility() && !element.closest('.countdown-heading'))
            .map((element) => parseFloat(getComputedStyle(element).fontSize)),
        ),
      );
      expect(parseFloat(await heading.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThan(
        largest,
      );
      // Nor does any line of the open deadline show: the exact time, the reader's zone, the build status.
      for (const selector of ['[data-figures]', '[data-exact-time]', '[data-reader-zone]', '[data-as-of-build]']) {
        await expect(countdown.locator(selector), selector).toHaveCount(1);
        await expect(countdown.locator(selector), selector).toBeHidden();
      }
      const text = await countdown.innerText();
      expect(text).not.toContain(fillPlaceholders(t['countdown.headingUpcoming'], { date: day }));
    });
  }
});

async function openLanguageMenu(page: Page) {
  const summary = page.locator('[data-language-menu] summary');
  await summary.click();
  await expect(page.locator('[data-language-menu]')).toHaveAttribute('open', '');
  return summary;
}

for (const width of [320, 390, 768]) {
  test(`the language menu at ${width} px: every language on screen; Escape and a tap outside close it`, async ({
    page,
  }) => {
    const height = 800;
    await page.setViewportSize({ width, height });
    await page.goto('/el/notices/hamburg-2025/');
    const summary = await openLanguageMenu(page);
    const links = page.locator('[data-language-menu] a');
    await expect(links).toHaveCount(locales.length);
    for (const box of await links.evaluateAll((elements) =>
      elements.map((element) => {
        const { left, right, top, bottom } = element.getBoundingClientRect();
        return { left, right, top, bottom };
      }),
    )) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(height);
    }
    expect(await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('hreflang')))).toEqual([
      ...localesByName,
    ]);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-language-menu]')).not.toHaveAttribute('open', '');
    await expect(summary).toBeFocused();
    await openLanguageMenu(page);
    // A tap below the open list, on the page rather than on anything that reacts to it: the first
    // such point under the list's middle.
    const list = (await page.locator('[data-language-menu] ul').boundingBox())!;
    const x = list.x + list.width / 2;
    const y = await page.evaluate(
      ({ x, from, to }) => {
        for (let y = from; y < to; y += 4) {
          const target = document.elementFromPoint(x, y);
          if (target && !target.closest('a, button, summary, label, input, select, details, [data-language-menu]'))
            return y;
        }
        return to;
      },
      { x, from: list.y + list.height + 12, to: height },
    );
    const tap = { x, y };
    expect(tap.y).toBeLessThan(height);
    const before = page.url();
    await page.mouse.click(tap.x, tap.y);
    await expect(page.locator('[data-language-menu]')).not.toHaveAttribute('open', '');
    expect(page.url()).toBe(before);
  });
}

/** Presses Tab until `target` has the focus (at most `limit` times), as a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, limit: number) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
}

test('the language menu works by keyboard and keeps the reader on the same page', async ({ page }) => {
  await page.goto('/de/notices/hamburg-2025/');
  const menu = page.locator('[data-language-menu]');
  await tabTo(page, menu.locator('summary'), 15);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveJSProperty('open', true);
  await tabTo(page, menu.locator('a[hreflang="nb"]'), locales.length);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/nb\/notices\/hamburg-2025\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});

test('without JavaScript the language menu still opens and lists every language', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await page.goto('/fi/');
  await page.locator('[data-language-menu] summary').click();
  const links = page.locator('[data-language-menu] a');
  await expect(links).toHaveCount(locales.length);
  for (const box of await links.evaluateAll((elements) =>
    elements.map((element) => {
      const { left, right } = element.getBoundingClientRect();
      return { left, right };
    }),
  )) {
    expect(box.left >= 0 && box.right <= 320).toBe(true);
  }
  await context.close();
});

test.describe('large text on a phone', () => {
  test.use({ viewport: PHONE });

  test('in every language: the header keeps its links on one row and the translation line on one line; at 200 % text size, no home page or guide scrolls sideways', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const headers: { locale: string; navFits: boolean; noticeLines: number }[] = [];
    for (const locale of locales) {
      for (const path of [`/${locale}/`, `/${locale}/object/`]) {
        await page.goto(path);
        if (path === `/${locale}/`) headers.push(await headerLayout(page, locale));
        await setTextSize(page, 200);
        expect.soft(await sidewaysOverflow(page), `${path} at 200 %`).toBeLessThanOrEqual(0);
      }
    }
    expect(headers.filter((row) => !row.navFits || row.noticeLines > 1)).toEqual([]);
    expect(headers.find((row) => row.locale === 'de')!.noticeLines).toBe(1);
  });
});

/** At normal text size: whether the header's links share one row, and how many lines the translation line takes. */
function headerLayout(page: Page, locale: string) {
  return page.evaluate((locale) => {
    const nav = document.querySelector('header nav ul')!;
    const notice = document.querySelector<HTMLElement>('[data-translation-notice]');
    const lineHeight = notice ? parseFloat(getComputedStyle(notice).lineHeight) : 1;
    const rows = new Set([...nav.querySelectorAll('li')].map((item) => item.getBoundingClientRect().top));
    return {
      locale,
      navFits: nav.scrollWidth <= nav.clientWidth && rows.size === 1,
      noticeLines: notice ? Math.round((notice.getBoundingClientRect().height - 4) / lineHeight) : 0,
    };
  }, locale);
}

test('in forced colours (Windows high contrast), the form buttons keep a visible border', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  for (const path of ['/en/', '/de/object/', '/fi/notices/hamburg-2025/']) {
    await page.goto(path);
    const borders = await page.locator('a[data-form]:visible').evaluateAll((buttons) =>
      buttons.map((button) => {
        const style = getComputedStyle(button);
        return { width: parseFloat(style.borderTopWidth), color: style.borderTopColor, style: style.borderTopStyle };
      }),
    );
    expect(borders.length).toBeGreaterThan(0);
    for (const border of borders) {
      expect(border.width).toBeGreaterThanOrEqual(2);
      expect(border.style).toBe('solid');
      expect(border.color).not.toBe('rgba(0, 0, 0, 0)');
    }
  }
});

/** Contrast of the focus ring's two tones against what lies behind the focused element, in the page. */
async function focusRingContrast(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element: HTMLElement) => {
      element.focus({ focusVisible: true });
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const channel = (value: number) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
      };
      const contrast = (a: number[], b: number[]) => {
        const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (high! + 0.05) / (low! + 0.05);
      };
      // The backdrop the ring sits on: the nearest ancestor with a background of its own.
      let backdrop: number[] = [255, 255, 255];
      for (let node = element.parentElement; node; node = node.parentElement) {
        const color = rgb(getComputedStyle(node).backgroundColor);
        if (color.length === 3 || (color.length === 4 && color[3]! > 0)) {
          backdrop = color.slice(0, 3);
          break;
        }
      }
      const style = getComputedStyle(element);
      const outer = rgb(style.outlineColor).slice(0, 3);
      const inner = rgb(style.boxShadow).slice(0, 3);
      return {
        outlineWidth: parseFloat(style.outlineWidth),
        best: Math.max(contrast(outer, backdrop), contrast(inner, backdrop)),
        betweenTones: contrast(outer, inner),
      };
    });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the focus ring stands out at least 3:1 wherever it appears, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const places = [
      ['/en/', 'main a[data-form]'],
      ['/en/', 'header nav a'],
      ['/en/', '[data-language-menu] summary'],
      ['/en/', 'footer a'],
      ['/en/', 'main a[href$="/object/"]'],
      ['/en/object/', 'input[name="way"]'],
      ['/en/object/', '[data-objection-path]:not([hidden]) [data-objection-texts] summary'],
      ['/en/embed/', 'button[data-copy]'],
      ['/en/embed/', 'select'],
    ] as const;
    for (const [path, selector] of places) {
      await page.goto(path);
      const ring = await focusRingContrast(page, selector);
      expect({ path, selector, ring: ring.outlineWidth >= 2 && ring.best >= 3 && ring.betweenTones >= 3 }).toEqual({
        path,
        selector,
        ring: true,
      });
    }
  });
}

test('primary actions are at least 44 × 44 px; every other control at least 24 px tall', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const sizes = async (selector: string) =>
    page.locator(selector).evaluateAll((elements) =>
      elements
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          const { width, height } = element.getBoundingClientRect();
          return { width, height };
        }),
    );
  /** The boxes of the shown elements matching `selector`; there must be some, or nothing is checked. */
  const measured = async (selector: string) => {
    const boxes = await sizes(selector);
    expect(boxes.length, `${selector}: shown`).toBeGreaterThan(0);
    return boxes;
  };
  await page.goto('/de/');
  for (const selector of ['main a[data-form]', '[data-language-menu] summary']) {
    for (const box of await measured(selector)) {
      expect({ selector, height: box.height >= 44, width: box.width >= 44 }).toEqual({
        selector,
        height: true,
        width: true,
      });
    }
  }
  for (const selector of ['header nav a', 'footer li a']) {
    for (const box of await measured(selector))
      expect({ selector, height: box.height >= 24 }).toEqual({ selector, height: true });
  }
  await page.goto('/de/object/');
  for (const box of await measured('[data-path-chooser] label')) expect(box.height).toBeGreaterThanOrEqual(44);
});

test('Greek times read without a doubled full stop', async ({ page }) => {
  await page.clock.install({ time: new Date(Date.UTC(2025, 4, 20)) });
  await page.goto('/el/');
  const text = await page.locator('[data-countdown]').innerText();
  expect(text).toMatch(/μ\.μ\./);
  expect(text).not.toMatch(/\.\./);
});

test('printed, the answers show open markers and links within the site show their address', async ({ page }) => {
  await page.goto('/en/object/');
  await page.emulateMedia({ media: 'print' });
  const marker = await page
    .locator('[data-faq] summary')
    .first()
    .evaluate((summary) => getComputedStyle(summary).listStyleType);
  expect(marker).toContain('▾');
  const after = await page
    .locator('main a[href^="/en/notices/"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('https://object-to-meta-ai.example/en/notices/');
});

test('link previews lead with what a friend can still do, in every language', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(`/${locale}/notices/`);
    const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
    expect(alt?.startsWith(uiStrings[locale]['og.headlinePassed'])).toBe(true);
  }
});
