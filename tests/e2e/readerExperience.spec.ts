/*
 * What a reader on a phone meets first: the way to the official forms on the first screen, a
 * countdown that does not tell anyone to act by a day that is gone, a language menu that stays on
 * screen and closes as people expect, pages that survive large text and forced colours, focus
 * rings that stand out, and tap targets big enough for a thumb.
 */
import type { Page } from '@playwright/test';
import { uiStrings } from '../../src/i18n';
import { localesByName } from '../../src/i18n/locales';
import { expect, test } from './fixtures';
import { locales, setTextSize, sidewaysOverflow } from './support';

const PHONE = { width: 390, height: 844 };
const LONG_LANGUAGES = ['en', 'de', 'fi', 'pl', 'el', 'hu'] as const;
/** The words of a template before its first placeholder: "Object by " of "Object by {datetime}.". */
const lead = (template: string) => template.split('{')[0]!.trim();

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
      await page.goto(`/${locale}/`);
      const countdown = page.locator('[data-countdown]');
      await expect(countdown).toHaveAttribute('data-state', 'passed');
      const text = await countdown.innerText();
      expect(text).toContain(lead(t['countdown.headingPassed']) || t['countdown.passedMeaning']);
      expect(text).toContain(t['countdown.passedMeaning']);
      for (const instruction of [
        t['countdown.deadline'],
        t['countdown.headingUpcoming'],
        t['countdown.yourZone'],
        t['countdown.asOfBuild'],
      ]) {
        if (lead(instruction)) expect(text).not.toContain(lead(instruction));
      }
      await expect(countdown.locator('[data-figures]')).toBeHidden();
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
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/el/timeline/');
    const summary = await openLanguageMenu(page);
    const links = page.locator('[data-language-menu] a');
    await expect(links).toHaveCount(locales.length);
    for (const box of await links.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().toJSON()),
    )) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(width);
    }
    expect(await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('hreflang')))).toEqual([
      ...localesByName,
    ]);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-language-menu]')).not.toHaveAttribute('open', '');
    await expect(summary).toBeFocused();
    await openLanguageMenu(page);
    await page.mouse.click(width - 5, 780);
    await expect(page.locator('[data-language-menu]')).not.toHaveAttribute('open', '');
  });
}

test('the language menu works by keyboard and keeps the reader on the same page', async ({ page }) => {
  await page.goto('/de/notices/hamburg-2025/');
  await page.locator('[data-language-menu] summary').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-language-menu] a[hreflang="nb"]').focus();
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
    elements.map((element) => element.getBoundingClientRect().toJSON()),
  )) {
    expect(box.left >= 0 && box.right <= 320).toBe(true);
  }
  await context.close();
});

test.describe('large text on a phone', () => {
  test.use({ viewport: PHONE });

  test('at 200 % text size, no home page or guide scrolls sideways, in any language', async ({ page }) => {
    test.setTimeout(120_000);
    for (const locale of locales) {
      for (const path of [`/${locale}/`, `/${locale}/object/`]) {
        await page.goto(path);
        await setTextSize(page, 200);
        expect.soft(await sidewaysOverflow(page), `${path} at 200 %`).toBeLessThanOrEqual(0);
      }
    }
  });
});

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
      element.focus({ focusVisible: true } as FocusOptions);
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
      ['/en/object/', 'button[data-copy]'],
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
    page
      .locator(selector)
      .evaluateAll((elements) =>
        elements
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => element.getBoundingClientRect().toJSON()),
      );
  await page.goto('/de/');
  for (const box of [...(await sizes('main a[data-form]')), ...(await sizes('[data-language-menu] summary'))]) {
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
  }
  for (const box of [...(await sizes('header nav a')), ...(await sizes('footer li a'))])
    expect(box.height).toBeGreaterThanOrEqual(24);
  await page.goto('/de/object/');
  for (const box of await sizes('[data-path-chooser] label')) expect(box.height).toBeGreaterThanOrEqual(44);
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
