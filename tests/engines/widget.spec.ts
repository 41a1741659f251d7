/*
 * The partner widget as readers meet it on partner pages, in Chromium, Firefox and WebKit: placed by
 * the loader (evergreen and pinned with SRI), pasted as an iframe, self-hosted from the kit on
 * another origin under a sub-path, and embedded by WordPress's oEmbed sandbox. Each is live (its
 * figures follow the reader's clock, and the frame takes the widget's height) and uncut at its size;
 * with its script blocked it still shows its size and theme, uncut, with the figures as of the build.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { iframeSnippet, pinnedScriptSnippet, scriptSnippet, type SnippetInput } from '../../src/lib/embedSnippets';
import { WIDGET_FRAME_HEIGHTS, type WidgetSize, type WidgetTheme } from '../../src/lib/widgetParams';
import { latestRelease } from '../../src/widget/loaderReleases';
import { htmlPage } from '../e2e/partner';
import { DEADLINE } from '../e2e/support';
import type { EnginePage } from './engine';
import { expect, test, waitFor } from './fixtures';

/** Two days, three hours, four minutes and five seconds before the 2025 deadline: the widget counts down. */
const NOW = DEADLINE - ((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000;

const snippet = (site: string, size: WidgetSize, theme: WidgetTheme = 'auto'): SnippetInput => ({
  siteRoot: site,
  lang: 'en',
  theme,
  size,
  calm: false,
  title: 'Countdown: object to Meta AI training',
  linkText: 'How to object',
});

/** A partner article with a 250 px sidebar holding the compact widget and the full one in the text. */
const sidebarAndArticle = (compact: string, full: string) =>
  htmlPage(
    `<div style="display:flex;gap:16px;align-items:flex-start"><article style="flex:1;min-width:300px"><p>Article text.</p><div id="full">${full}</div></article><aside style="width:250px;flex:none" id="compact">${compact}</aside></div>`,
  );

/** What a frame shows: its document's size option, figures, how tall its content is, and whether it scrolls. */
function inside() {
  const root = document.documentElement;
  const visible = [...document.querySelectorAll<HTMLElement>('[data-countdown]')].find((element) => !element.hidden)!;
  const figure = (unit: string) => visible.querySelector(`[data-unit="${unit}"]`)?.textContent?.trim();
  return {
    size: root.dataset['size'],
    theme: root.dataset['theme'],
    state: visible.dataset['state'],
    days: figure('days'),
    hours: figure('hours'),
    minutes: figure('minutes'),
    contentHeight: Math.ceil(document.body.getBoundingClientRect().height),
    viewportHeight: innerHeight,
    background: getComputedStyle(document.body).backgroundColor,
  };
}

/** The frame's height on the partner page. */
const frameHeight = (page: EnginePage, selector: string) =>
  page.evaluate((css: string) => Math.round(document.querySelector(css)!.getBoundingClientRect().height), selector);

/** Waits until the widget in `frame` counts down from NOW and the frame has taken its height; returns what it shows. */
async function expectLive(page: EnginePage, frame: string, size: WidgetSize) {
  const shown = await waitFor(async () => {
    const state = await page.evaluateInFrame(frame, inside);
    return state.days === '2' && state.hours === '3' ? state : undefined;
  }, `the widget in ${frame} to count down from the test's clock`);
  expect(shown.size).toBe(size);
  expect(shown.state).toBe('upcoming');
  expect(['4', '3']).toContain(shown.minutes);
  // Nothing cut off: the frame is as tall as the widget.
  await waitFor(
    async () => Math.abs((await frameHeight(page, frame)) - shown.contentHeight) <= 2,
    `${frame} to take the widget's height (${shown.contentHeight} px)`,
  );
  if (size === 'compact') expect(shown.contentHeight).toBeLessThanOrEqual(160);
  return shown;
}

test('the loader places a live compact widget in a 250 px sidebar and a full one in the article', async ({
  open,
  partner,
  site,
}) => {
  partner.set('/', {
    body: sidebarAndArticle(scriptSnippet(snippet(site, 'compact')), scriptSnippet(snippet(site, 'full'))),
  });
  const page = await open({ now: NOW, timezone: 'Europe/Lisbon' });
  await page.setViewport(900, 900);
  await page.goto(`${partner.origin}/`);
  await expectLive(page, '#compact iframe', 'compact');
  const full = await expectLive(page, '#full iframe', 'full');
  expect(full.contentHeight).toBeLessThanOrEqual(400);
});

test('the pinned loader, checked by its integrity hash, places a live widget', async ({ open, partner, site }) => {
  partner.set('/', {
    body: htmlPage(
      `<aside style="width:250px" id="compact">${pinnedScriptSnippet(snippet(site, 'compact'), latestRelease())}</aside>`,
    ),
  });
  const page = await open({ now: NOW });
  await page.goto(`${partner.origin}/`);
  await expectLive(page, '#compact iframe', 'compact');
});

test('the pasted iframe code is live at its size, in a sidebar and in an article', async ({ open, partner, site }) => {
  partner.set('/', {
    body: sidebarAndArticle(iframeSnippet(snippet(site, 'compact')), iframeSnippet(snippet(site, 'full', 'dark'))),
  });
  const page = await open({ now: NOW, timezone: 'America/New_York' });
  await page.setViewport(900, 900);
  await page.goto(`${partner.origin}/`);
  for (const [frame, size] of [
    ['#compact iframe', 'compact'],
    ['#full iframe', 'full'],
  ] as const) {
    const shown = await waitFor(async () => {
      const state = await page.evaluateInFrame(frame, inside);
      return state.days === '2' ? state : undefined;
    }, `the pasted ${size} widget to count down`);
    expect(shown.size).toBe(size);
    // No loader resizes a pasted frame: its fixed height holds the whole widget.
    expect(shown.contentHeight).toBeLessThanOrEqual(WIDGET_FRAME_HEIGHTS[size]);
  }
  expect((await page.evaluateInFrame('#full iframe', inside)).theme).toBe('dark');
});

test('with its script blocked, the pasted iframe still shows its size and theme, uncut, as of the build', async ({
  open,
  partner,
  site,
}) => {
  // A sandbox without allow-scripts is a frame whose script cannot run, as with JavaScript turned off.
  const noScript = (code: string) => code.replace(/sandbox="[^"]*"/, 'sandbox=""');
  partner.set('/', {
    body: sidebarAndArticle(
      noScript(iframeSnippet(snippet(site, 'compact', 'dark'))),
      noScript(iframeSnippet(snippet(site, 'full', 'transparent-light'))),
    ),
  });
  const page = await open();
  await page.setViewport(900, 900);
  await page.goto(`${partner.origin}/`);
  for (const width of [250, 300, 400]) {
    await page.evaluate((px: number) => {
      document.querySelector<HTMLElement>('aside')!.style.width = `${px}px`;
      document.querySelector<HTMLElement>('article')!.style.cssText = `flex:none;width:${px}px`;
    }, width);
    const compact = await waitFor(() => page.evaluateInFrame('#compact iframe', inside), 'the compact frame');
    expect({ width, size: compact.size, theme: compact.theme, state: compact.state }).toEqual({
      width,
      size: 'compact',
      theme: 'dark',
      state: 'passed',
    });
    expect(compact.contentHeight, `compact at ${width} px`).toBeLessThanOrEqual(WIDGET_FRAME_HEIGHTS.compact);
    // Dark: the page behind the text is dark without any script.
    expect(compact.background).not.toMatch(/^rgb\(255, 255, 255\)$/);
    const full = await page.evaluateInFrame('#full iframe', inside);
    expect({ width, size: full.size, theme: full.theme }).toEqual({ width, size: 'full', theme: 'transparent-light' });
    expect(full.contentHeight, `full at ${width} px`).toBeLessThanOrEqual(WIDGET_FRAME_HEIGHTS.full);
    expect(full.background).toBe('rgba(0, 0, 0, 0)');
  }
});

test('the self-host kit runs on another origin under a sub-path', async ({ open, partner }) => {
  const kit = unzipSync(readFileSync(join(import.meta.dirname, '../../dist/widget-kit.zip')));
  const folder = mkdtempSync(join(tmpdir(), 'kit-'));
  for (const [name, bytes] of Object.entries(kit)) {
    if (name.endsWith('/')) continue;
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  partner.mount('/assets/', folder);
  partner.set('/', {
    body: htmlPage(
      `<script src="/assets/objection-widget/widget.js" defer></script><aside style="width:250px" id="compact"><objection-countdown lang="de" size="compact"><a href="#">Widerspruch</a></objection-countdown></aside>`,
      { lang: 'de' },
    ),
  });
  const page = await open({ now: NOW, timezone: 'Europe/Berlin' });
  await page.goto(`${partner.origin}/`);
  await expectLive(page, '#compact iframe', 'compact');
  expect(partner.requests.some((path) => path.startsWith('/assets/objection-widget/embed/de/compact/'))).toBe(true);
});

test("inside WordPress's oEmbed sandbox the widget is live and tells WordPress its height", async ({
  open,
  partner,
  site,
}) => {
  // What WordPress does with an oEmbed frame: sandbox="allow-scripts", a secret in the fragment, and
  // a listener that takes the height from a message carrying that secret.
  partner.set('/', {
    body: htmlPage(
      `<iframe id="wp" sandbox="allow-scripts" style="width:600px;height:300px;border:0" src="${site}embed/en/full/auto/#?secret=Ab12Cd34Ef"></iframe>` +
        `<script>addEventListener('message', (event) => { if (event.data && event.data.secret === 'Ab12Cd34Ef' && event.data.message === 'height') document.getElementById('wp').style.height = Math.min(1000, Math.max(200, event.data.value)) + 'px'; });</script>`,
    ),
  });
  const page = await open({ now: NOW });
  await page.goto(`${partner.origin}/`);
  await expectLive(page, '#wp', 'full');
});
