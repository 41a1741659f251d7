/*
 * The partner widget as partners use it: embedded from another origin with a strict policy, both
 * ways; sized to fit sidebars; calm; transparent on a dark page; safe against hostile input; and
 * the embed-code generator that writes the code.
 */
import type { Frame, Page } from '@playwright/test';
import { iframeSnippet } from '../../src/lib/embedSnippets';
import {
  HEIGHT_MESSAGE,
  WIDGET_FRAME_HEIGHTS,
  WIDGET_HEIGHT_BUDGETS,
  WIDGET_HEIGHT_RANGE,
} from '../../src/lib/widgetParams';
import { expect, test } from './fixtures';
import { htmlPage, startPartner, strictPolicy, type Partner } from './partner';
import { axeViolations, expectNoAxeViolations, frameAndContent, locales, uiStrings, watchPage } from './support';

let partner: Partner;
let ours = '';

test.beforeAll(async ({ baseURL }) => {
  ours = new URL(baseURL!).origin;
  partner = await startPartner();
  partner.set('/both-ways.html', {
    headers: strictPolicy(ours),
    body: htmlPage(`
      <objection-countdown lang="de" theme="dark"><a href="${ours}/de/object/">So widersprechen Sie</a></objection-countdown>
      <div data-objection-countdown data-lang="nb" data-size="compact"><a href="${ours}/nb/object/">Slik protesterer du</a></div>
      <iframe id="plain" src="${ours}/embed/en/?theme=light" title="Countdown" width="100%" height="420"
        sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>
      <script src="${ours}/widget.js" defer></script>`),
  });
});

test.afterAll(() => partner.close());

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
  await page.goto(`${partner.origin}/both-ways.html`);

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
  const guide = german.locator('a[target="_blank"]').first();
  await expect(guide).toHaveAttribute('href', /\/de\/object\/$/);
  await expect(guide).toHaveText(new RegExp(uiStrings.de['widget.more']));

  // Loader frames are lazy, borderless, sandboxed and send no referrer.
  const frame = page.locator('objection-countdown iframe');
  await expect(frame).toHaveAttribute('loading', 'lazy');
  await expect(frame).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
  expect(await frame.evaluate((element) => getComputedStyle(element).borderTopWidth)).toBe('0px');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the loader sizes each iframe to its content; the compact one is shorter', async ({ page }) => {
  await page.goto(`${partner.origin}/both-ways.html`);
  const full = await frameAndContent(page, 'objection-countdown iframe');
  const compact = await frameAndContent(page, '[data-objection-countdown] iframe');
  expect(compact.frame).toBeLessThan(full.frame);
});

test('inside the iframes there are no accessibility violations, in light and dark', async ({ page }) => {
  await page.goto(`${partner.origin}/both-ways.html`);
  await frameFor(page, 'de');
  await frameFor(page, 'en');
  await expectNoAxeViolations(page);
});

const SIZE_LANGUAGES = ['en', 'de', 'fi', 'el'];
const states = [
  ['after the deadline', undefined],
  ['before it', DEADLINE - 9 * 86400_000 - 3_600_000],
  ['in its last days', DEADLINE - 2 * 86400_000],
] as const;

for (const [when, time] of states) {
  test(`sizes that fit, ${when}: compact ≤ 160 px, full ≤ 400 px at 250, 300 and 400 px and never taller when wider`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    if (time) {
      await page.clock.install({ time: new Date(time) });
      // As if the widget had been built the day before (a clock earlier than the build would add a
      // warning): the build time is rewritten in each frame as it is parsed, before its script runs.
      await page.addInitScript(
        (built) => {
          new MutationObserver(() => {
            for (const element of document.querySelectorAll<HTMLElement>('[data-built]')) element.dataset.built = built;
          }).observe(document, { subtree: true, childList: true });
        },
        new Date(time - 86400_000).toISOString(),
      );
    }
    const widths = [250, 300, 400];
    partner.set('/sizes.html', {
      headers: strictPolicy(ours),
      body: htmlPage(
        SIZE_LANGUAGES.flatMap((lang) =>
          ['compact', 'full'].flatMap((size) =>
            widths.map(
              (width) =>
                `<div style="width:${width}px" data-case="${lang} ${size} ${width}"><objection-countdown lang="${lang}" size="${size}" theme="auto"><a href="#">x</a></objection-countdown></div>`,
            ),
          ),
        ).join('') + `<script src="${ours}/widget.js" defer></script>`,
      ),
    });
    // Light only: the dark theme changes colours, never a size (light-dark() pairs in the widget's CSS).
    for (const colorScheme of ['light'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${partner.origin}/sizes.html`);
      for (const lang of SIZE_LANGUAGES) {
        for (const size of ['compact', 'full'] as const) {
          let previous = Infinity;
          for (const width of widths) {
            const { frame, content } = await frameAndContent(page, `[data-case="${lang} ${size} ${width}"] iframe`);
            const budget = WIDGET_HEIGHT_BUDGETS[size][width]!;
            expect
              .soft({ lang, size, width, colorScheme, frame, content, fits: frame <= budget && content <= frame + 1 })
              .toMatchObject({ fits: true });
            expect
              .soft({ lang, size, width, colorScheme, notTallerWhenWider: frame <= previous })
              .toEqual({ lang, size, width, colorScheme, notTallerWhenWider: true });
            previous = frame;
          }
        }
      }
    }
  });
}

test('the iframe code from the generator, pasted as it is, shows the whole widget at 250, 360 and 600 px', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const cases = SIZE_LANGUAGES.flatMap((lang) =>
    (['compact', 'full'] as const).flatMap((size) => [250, 360, 600].map((width) => ({ lang, size, width }))),
  );
  partner.set('/pasted.html', {
    headers: strictPolicy(ours),
    body: htmlPage(
      cases
        .map(({ lang, size, width }) => {
          const code = iframeSnippet({
            siteRoot: `${ours}/`,
            lang,
            theme: 'auto',
            size,
            calm: false,
            title: uiStrings[lang as 'en']['widget.title'],
            linkText: 'x',
          });
          return `<div style="width:${width}px" data-case="${lang} ${size} ${width}">${code.replace(' loading="lazy"', '')}</div>`;
        })
        .join(''),
    ),
  });
  await page.goto(`${partner.origin}/pasted.html`);
  for (const { lang, size, width } of cases) {
    const frame = page.locator(`[data-case="${lang} ${size} ${width}"] iframe`);
    const height = (await frame.boundingBox())!.height;
    const inside = await (await frame.elementHandle()).contentFrame();
    await expect.poll(() => inside!.evaluate(() => document.documentElement.dataset.size)).toBe(size);
    const content = await inside!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect.soft({ lang, size, width, cut: content > height }).toEqual({ lang, size, width, cut: false });
  }
});

test('theme transparent-dark blends with a dark partner page: no background of its own, and readable', async ({
  page,
}) => {
  partner.set('/dark.html', {
    headers: strictPolicy(ours),
    body: htmlPage(
      `<objection-countdown lang="en" theme="transparent-dark" size="full"><a href="#">x</a></objection-countdown>
       <objection-countdown lang="de" theme="transparent-dark" size="compact"><a href="#">x</a></objection-countdown>
       <script src="${ours}/widget.js" defer></script>`,
      { style: 'html{background:#0f172a;color:#f8fafc} a{color:#93c5fd}' },
    ),
  });
  await page.goto(`${partner.origin}/dark.html`);
  const english = await frameFor(page, 'en');
  await expect(english.locator('html')).toHaveAttribute('data-theme', 'transparent-dark');
  expect(await english.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  expect(
    await english.evaluate(() => getComputedStyle(document.querySelector('.countdown:not([hidden])')!).backgroundColor),
  ).toBe('rgba(0, 0, 0, 0)');
  // The frame says the same colour scheme as its document, so browsers paint no opaque backdrop.
  expect(
    await page
      .locator('objection-countdown iframe')
      .first()
      .evaluate((frame) => getComputedStyle(frame).colorScheme),
  ).toBe('dark');
  await frameFor(page, 'de');
  expect(await axeViolations(page)).toEqual([]);
});

/** Counts changes to the countdown's figures while the fake clock runs on. */
async function mutationsWhileTicking(page: Page | Frame, clock: Page['clock'], milliseconds: number) {
  await page.evaluate(() => {
    const counter = window as unknown as { figureMutations: number };
    counter.figureMutations = 0;
    new MutationObserver((records) => (counter.figureMutations += records.length)).observe(
      document.querySelector('[data-countdown]:not([hidden]) [data-figures]')!,
      { subtree: true, childList: true, characterData: true },
    );
  });
  await clock.runFor(milliseconds);
  return page.evaluate(() => (window as unknown as { figureMutations: number }).figureMutations);
}

test('calm mode shows the date and the days only, and never updates per second', async ({ page }) => {
  await page.clock.install({ time: new Date(DEADLINE - (3 * 86400 + 30) * 1000) });
  await page.goto('/embed/en/?calm=1');
  const countdown = page.locator('[data-countdown]:visible');
  await expect(countdown.locator('[data-unit-cell="days"]')).toBeVisible();
  for (const unit of ['hours', 'minutes', 'seconds'])
    await expect(countdown.locator(`[data-unit-cell="${unit}"]`)).toBeHidden();
  await expect(countdown.locator('h1 > span:visible')).toHaveText('Object by 26 May 2025');
  expect(await mutationsWhileTicking(page, page.clock, 5_000)).toBe(0);

  // The same count sees the ticking of a widget that is not calm.
  await page.goto('/embed/en/');
  expect(await mutationsWhileTicking(page, page.clock, 5_000)).toBeGreaterThanOrEqual(5);
});

test('in the last day, compact and calm widgets show the hours left, not "0 days"', async ({ page }) => {
  await page.clock.install({ time: new Date(DEADLINE - (5 * 3600 + 30) * 1000) });
  await page.goto('/embed/en/full/auto/?calm=1');
  const countdown = page.locator('[data-countdown]:visible');
  await expect(countdown.locator('[data-unit-cell]:visible')).toHaveCount(1);
  await expect(countdown.locator('[data-unit-cell="hours"]')).toBeVisible();
  await expect(countdown.locator('[data-unit="hours"]')).toHaveText('5');
  await expect(countdown.locator('[data-unit-label="hours"]')).toHaveText('hours');
  // Compact picks the same figure; this clock is long before the build, so compact shows the clock
  // warning in the figures' place, which it must to stay within 160 px.
  await page.goto('/embed/en/compact/auto/');
  await expect(page.locator('[data-countdown]:visible')).toHaveAttribute('data-last-day', '');
  await expect(page.locator('[data-countdown]:visible [data-clock-note]')).toBeVisible();
  await expect(page.locator('[data-countdown]:visible [data-unit-cell]:visible')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().height)).toBeLessThanOrEqual(160);
});

test('readers who ask for reduced motion get no ticking seconds either', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install({ time: new Date(DEADLINE - (3 * 86400 + 30) * 1000) });
  await page.goto('/en/');
  await expect(page.locator('[data-countdown] [data-unit-cell="seconds"]')).toBeHidden();
  await expect(page.locator('[data-countdown] [data-unit-cell="minutes"]')).toBeVisible();
  expect(await mutationsWhileTicking(page, page.clock, 5_000)).toBe(0);
  // The minutes still move, once a minute.
  const minutes = await page.locator('[data-countdown] [data-unit="minutes"]').textContent();
  await page.clock.runFor(60_000);
  await expect(page.locator('[data-countdown] [data-unit="minutes"]')).not.toHaveText(minutes!);
});

test('the loader obeys a height message only from its own frame, with its id and a sane height', async ({ page }) => {
  await page.goto(`${partner.origin}/both-ways.html`);
  const frame = page.locator('objection-countdown iframe');
  await frameAndContent(page, 'objection-countdown iframe');
  const id = new URLSearchParams(new URL((await frame.getAttribute('src'))!).hash.slice(1)).get('id')!;
  const widget = await frameFor(page, 'de');
  const fromWidget = (data: unknown) => widget.evaluate((data) => parent.postMessage(data, '*'), data);
  const frameHeight = async () => (await frame.boundingBox())!.height;

  // The widget's own frame, with its id and a height: obeyed.
  await fromWidget({ type: HEIGHT_MESSAGE, id, height: 300 });
  await expect.poll(frameHeight).toBe(300);

  // The same frame with anything malformed, and the right message from anyone else: ignored.
  for (const data of [
    null,
    'height:1234',
    { type: HEIGHT_MESSAGE, id, height: '1234' },
    { type: HEIGHT_MESSAGE, id, height: 0 },
    { type: HEIGHT_MESSAGE, id: 'someone-else', height: 1234 },
    { type: 'other', id, height: 1234 },
  ])
    await fromWidget(data);
  await page.evaluate(
    ({ type, id }) => {
      // From the partner page itself (its own origin), with the right id.
      window.postMessage({ type, id, height: 1234 }, '*');
      // From another sandboxed frame (origin "null" too), with the right id.
      const rogue = document.createElement('iframe');
      rogue.setAttribute('sandbox', 'allow-scripts');
      document.body.append(rogue);
      window.dispatchEvent(
        new MessageEvent('message', { data: { type, id, height: 1234 }, origin: 'null', source: rogue.contentWindow }),
      );
    },
    { type: HEIGHT_MESSAGE, id },
  );
  // A height no widget can have is held within what widgets are; the message after it proves the
  // ones before were handled, not merely still in flight.
  await fromWidget({ type: HEIGHT_MESSAGE, id, height: 99_999 });
  await expect.poll(frameHeight).toBe(WIDGET_HEIGHT_RANGE.max);
  await fromWidget({ type: HEIGHT_MESSAGE, id, height: 300 });
  await expect.poll(frameHeight).toBe(300);
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
    const query = new URLSearchParams({ lang: payload, theme: payload, size: payload, round: payload, calm: payload });
    const response = await page.goto(`/embed/en/?${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
    await expect(page.locator('html')).toHaveAttribute('data-size', 'full');
    await expect(page.locator('html')).not.toHaveAttribute('data-calm');
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
  const attribute = (payload: string) => payload.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  partner.set('/hostile.html', {
    body: htmlPage(
      hostile
        .map((payload) => {
          const value = attribute(payload);
          return `<objection-countdown lang="${value}" theme="${value}" size="${value}" round="${value}" calm="${value}"><a href="#">x</a></objection-countdown>`;
        })
        .join('') + `<script src="${ours}/widget.js" defer></script>`,
    ),
  });
  await page.goto(`${partner.origin}/hostile.html`);
  const frames = page.locator('objection-countdown iframe');
  await expect(frames).toHaveCount(hostile.length);
  for (const src of await frames.evaluateAll((elements) => elements.map((element) => element.getAttribute('src')!))) {
    const url = new URL(src);
    expect(url.pathname).toBe('/embed/en/full/auto/');
    expect([...url.searchParams.keys()]).toEqual([]);
  }
  expect(dialogs).toBe(0);
});

test('without JavaScript the partner page keeps the plain link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${partner.origin}/both-ways.html`);
  await expect(page.locator('objection-countdown a')).toHaveText('So widersprechen Sie');
  await expect(page.locator('objection-countdown iframe')).toHaveCount(0);
  await context.close();
});

test('the widget stores nothing and sets no cookie', async ({ page, context }) => {
  await page.goto(`${partner.origin}/both-ways.html`);
  await frameFor(page, 'de');
  expect(await context.cookies()).toEqual([]);
  const storage = await page
    .goto('/embed/de/')
    .then(() => page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]));
  expect(storage).toEqual([0, 0, '']);
});

test('the embed page offers the address to paste first, then the code, each with a copy button and a preview of what it gives', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = await watchPage(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/embed/');
  // The first choice is the address; its copy button is on the first screens of a phone.
  const choices = await page
    .locator('[data-choice]')
    .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-choice')));
  expect(choices).toEqual(['address', 'code']);
  const copyAddress = page.locator('button[data-copy="snippet-oembed"]');
  expect((await copyAddress.boundingBox())!.y).toBeLessThan(1000);
  await copyAddress.press('Enter');
  await expect(page.locator('[data-copy-status="snippet-oembed"]')).toHaveText('Address copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/$/);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('#embed-lang').selectOption('de');
  await page.locator('[data-options] summary').press('Enter');
  await page.getByLabel('No background, for a dark page').check();
  await page.locator('input[name="size"][value="compact"]').check();
  await page.locator('input[name="calm"]').check();
  await expect(page.locator('#snippet-oembed')).toHaveText(/\/de\/$/);
  await expect(page.locator('#snippet-iframe')).toContainText('/embed/de/compact/transparent-dark/?calm=1');
  await expect(page.locator('#snippet-iframe')).toContainText(
    `height="${WIDGET_FRAME_HEIGHTS.compact}" style="border:0;color-scheme:dark"`,
  );
  await expect(page.locator('#snippet-iframe')).toContainText('title="Countdown: Widerspruch');
  await expect(page.locator('#snippet-script')).toContainText(
    '<objection-countdown lang="de" theme="transparent-dark" size="compact" calm>',
  );
  await expect(page.locator('#snippet-pinned')).toContainText(/widget\/\d+\.\d+\.\d+\.js" integrity="sha384-/);
  await expect(page.locator('#snippet-badge')).toContainText('/badge/de.png');
  // The code's preview is the code's own iframe, at its height, in a sidebar's width when compact.
  const codeFrame = page.locator('[data-preview="code"] iframe');
  await expect(codeFrame).toHaveAttribute('src', '/embed/de/compact/transparent-dark/?calm=1');
  await expect(codeFrame).toHaveAttribute('height', String(WIDGET_FRAME_HEIGHTS.compact));
  expect((await codeFrame.boundingBox())!.width).toBeLessThanOrEqual(250);
  const content = await page
    .frameLocator('[data-preview="code"] iframe')
    .locator('[data-countdown]:not([hidden])')
    .boundingBox();
  expect(content!.height).toBeLessThanOrEqual(WIDGET_FRAME_HEIGHTS.compact);
  // The address's preview runs the loader, as a pasted address does: the full widget, as tall as its content.
  await expect
    .poll(async () => (await page.locator('[data-preview="address"] iframe').getAttribute('src')) ?? '')
    .toContain('/embed/de/');
  const sized = await frameAndContent(page, '[data-preview="address"] iframe');
  expect(Math.abs(sized.frame - sized.content)).toBeLessThanOrEqual(2);
  // The other ways are folded, each under one plain sentence; opened, their code copies.
  // By keyboard: a mouse click right after scrolling can reach a sandboxed preview frame whose old
  // place Chromium's hit test still remembers (the frames run in their own process).
  await page.locator('[data-snippet="pinned"] summary').press('Enter');
  await expect(page.locator('[data-snippet="pinned"]')).toHaveAttribute('open', '');
  await page.locator('button[data-copy="snippet-pinned"]').press('Enter');
  await expect(page.locator('[data-copy-status="snippet-pinned"]')).toHaveText('Code copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('integrity="sha384-');
  await expectNoAxeViolations(page);
  expect(watch.consoleErrors).toEqual([]);
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

test('the paused 2024 round, picked with ?round=, says what the pause means now, with no violations', async ({
  page,
}) => {
  await page.goto('/embed/en/?round=2024');
  const paused = page.locator('[data-countdown][data-round="2024"]');
  await expect(paused).toBeVisible();
  await expect(paused).toHaveAttribute('data-state', 'paused');
  await expect(paused.locator('h1')).toHaveText('Paused by Meta on 14 June 2024');
  await expect(paused).toContainText('Objections sent during this round still count');
  await expect(paused).toContainText('Meta came back with a new round in 2025.');
  await expect(paused.locator('[data-figures]')).toHaveCount(0);
  await expect(page.locator('[data-countdown][data-round="2025"]')).toBeHidden();
  await expectNoAxeViolations(page);
});
