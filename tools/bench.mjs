// `npm run bench`: the site's figures against its budgets (README, "Budgets"), printed as tables.
// It builds the site (timed), measures dist/, the widget's height per size in every language, the
// badges, runs Lighthouse three times per page, reports how long the last `npm test` took, and
// prints "over budget" where a figure misses its budget. It never fails on a timing: budgets are
// targets, not tests.
//   npm run bench               tables
//   npm run bench -- --json     the same figures as JSON, to compare commits
//   npm run bench -- --tests    run `npm test` first, so its time is this commit's
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parse as parseHtml } from 'node-html-parser';
import { chromium } from '@playwright/test';
import { browserArgs, findBrowser } from './find-browser.mjs';
import { byteBudgets } from './byte-budgets.mjs';
import { lighthouseFigures } from './lighthouse.mjs';
import { TIMINGS_FILE } from './run-tests.mjs';
import { loadSource } from './load-source.mjs';
import { serveDist } from './serve-dist.mjs';

/** @import { PageFigures } from './lighthouse.mjs' */
/** @import { TestTimings } from './run-tests.mjs' */

/**
 * @typedef {{ raw: number; gzip: number }} Weight
 * @typedef {{
 *   file: string;
 *   html: Weight;
 *   css: Weight;
 *   js: Weight;
 *   images: Weight;
 *   totalGzip: number;
 *   blocking: string[];
 * }} PageWeight
 * @typedef {{ gzip: number; budget?: number; file?: string }} ScriptFigure
 * @typedef {{ lang: string; bytes: number }} BadgeSize
 * @typedef {{ height: number; lang: string }} Tallest
 * @typedef {{
 *   documentGzip: number;
 *   tallest: Record<number, Tallest>;
 *   budget: Record<number, number>;
 * }} WidgetSizeFigure
 */

const json = process.argv.includes('--json');
const [{ SIZES, WIDGET_HEIGHT_BUDGETS }] = /** @type {[typeof import('../src/lib/widgetParams.ts')]} */ (
  await loadSource(['src/lib/widgetParams.ts'])
);
const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
/** @param {unknown[]} args */
const log = (...args) => json || console.log(...args);
/** @param {Uint8Array} bytes */
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
/** @param {number | undefined} value @param {number | undefined} budget */
const verdict = (value, budget) =>
  budget === undefined ? '' : value !== undefined && value <= budget ? 'ok' : 'over budget';
/** @param {number | undefined} value @param {(value: number) => string | number} format */
const shown = (value, format) => (value === undefined ? '–' : format(value));

// 0. The test command, when asked for (it builds the site too; the build below is timed on its own).
if (process.argv.includes('--tests')) {
  log('Running npm test…');
  const result = spawnSync(process.execPath, [join(root, 'tools', 'run-tests.mjs')], {
    cwd: root,
    stdio: json ? 'ignore' : 'inherit',
    env: { ...process.env, npm_execpath: process.env.npm_execpath ?? '' },
  });
  if (result.status !== 0) log('npm test failed: its time below is from an earlier run, if any.');
}

// 1. Build time and pages.
log('Building the site…');
const started = performance.now();
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
/**
 * Every file under a folder.
 * @param {string} dir
 * @returns {string[]}
 */
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const built = {
  seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  htmlPages: walk(dist).filter((file) => file.endsWith('.html')).length,
  files: walk(dist).length,
};

// 2. Page weight per kind: the HTML and every file it loads from the site.
/** @type {Record<string, 'css' | 'js' | 'images'>} */
const ASSET_TYPES = { '.css': 'css', '.js': 'js', '.png': 'images', '.svg': 'images' };
const firstNotice = readdirSync(join(dist, 'en', 'notices'), { withFileTypes: true }).find((entry) =>
  entry.isDirectory(),
)?.name;
if (!firstNotice) throw new Error('No notice in dist/en/notices/');
const widgetDocuments = readdirSync(join(dist, 'embed'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `embed/${entry.name}/index.html`);

/**
 * The bytes of a page and of every file of the site it loads, and what blocks its first paint.
 * @param {string} file
 * @returns {PageWeight}
 */
function pageWeight(file) {
  const html = readFileSync(join(dist, file));
  const document = parseHtml(html.toString());
  const assets = [
    ...document.querySelectorAll('script[src]').map((element) => element.getAttribute('src')),
    ...document.querySelectorAll('link[rel="stylesheet"]').map((element) => element.getAttribute('href')),
    ...document.querySelectorAll('img[src]').map((element) => element.getAttribute('src')),
  ]
    .filter((src) => src !== undefined)
    // Every file of the site the page loads, absolute ("/_astro/…") or relative.
    .filter((src) => src !== '' && !/^[a-z]+:/i.test(src))
    .map((src) => new URL(src, `https://site/${file}`).pathname);
  const sizes = {
    html: { raw: html.length, gzip: gzip(html) },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    images: { raw: 0, gzip: 0 },
  };
  for (const style of document.querySelectorAll('style')) {
    sizes.css.raw += Buffer.byteLength(style.text);
    sizes.css.gzip += gzip(Buffer.from(style.text));
  }
  for (const asset of assets) {
    const type = ASSET_TYPES[extname(asset)];
    if (!type) continue;
    const bytes = readFileSync(join(dist, asset));
    sizes[type].raw += bytes.length;
    sizes[type].gzip += gzip(bytes);
  }
  // Render-blocking: a stylesheet link, or a classic script in <head> without defer or async.
  const blocking = [
    ...document.querySelectorAll('head link[rel="stylesheet"]').map((element) => element.getAttribute('href')),
    ...document
      .querySelectorAll('head script[src]')
      .filter(
        (element) =>
          element.getAttribute('type') !== 'module' && !element.hasAttribute('defer') && !element.hasAttribute('async'),
      )
      .map((element) => element.getAttribute('src')),
  ].filter((src) => src !== undefined);
  return {
    file,
    ...sizes,
    totalGzip: sizes.html.gzip + assets.reduce((sum, asset) => sum + gzip(readFileSync(join(dist, asset))), 0),
    blocking,
  };
}

// The widget in its heaviest language: the budget holds for every one.
const [heaviestWidget] = widgetDocuments.map(pageWeight).sort((a, b) => b.totalGzip - a.totalGzip);
if (!heaviestWidget) throw new Error('No widget document in dist/embed/');
const pages = {
  home: pageWeight('en/index.html'),
  guide: pageWeight('en/object/index.html'),
  notice: pageWeight(`en/notices/${firstNotice}/index.html`),
  widget: heaviestWidget,
};

// 3. Scripts against their budgets and a peer built the same way in this run.
const require = createRequire(import.meta.url);
const peer = await build({
  entryPoints: [require.resolve('@github/relative-time-element')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const [countdown, widgetLoader, widgetDocument] = byteBudgets(dist);
/** @type {Record<string, ScriptFigure>} */
const scripts = {
  countdown: { gzip: countdown.bytes, budget: countdown.budget },
  widgetLoader: { gzip: widgetLoader.bytes, budget: widgetLoader.budget },
  widgetDocument: { gzip: widgetDocument.bytes, budget: widgetDocument.budget, file: widgetDocument.file },
  peerRelativeTimeElement: { gzip: gzip(Buffer.from(peer.outputFiles[0]?.text ?? '')) },
};

// 4. Badges: every language's SVG against its budget, and the PNG beside it.
const badgeDir = join(dist, 'badge');
/**
 * Every badge of a type, smallest first.
 * @param {string} extension
 * @returns {BadgeSize[]}
 */
const badgeBytes = (extension) =>
  readdirSync(badgeDir)
    .filter((name) => name.endsWith(extension))
    .map((name) => ({ lang: name.slice(0, -extension.length), bytes: readFileSync(join(badgeDir, name)).length }))
    .sort((a, b) => a.bytes - b.bytes);
const badges = Object.fromEntries(
  ['.svg', '.png'].map((extension) => {
    const sizes = badgeBytes(extension);
    return [
      extension.slice(1),
      {
        count: sizes.length,
        smallest: sizes[0],
        largest: sizes.at(-1),
        budget: extension === '.svg' ? 4 * 1024 : undefined,
      },
    ];
  }),
);

/** @type {Record<string, WidgetSizeFigure>} */
const widgetSizes = {};
/** @type {Record<string, PageFigures | undefined>} */
let lighthouse = {};
const { server, url } = await serveDist({ dir: dist, port: 0 });
try {
  // 5. The widget document per size: its bytes (the same document; the size is a URL option) and
  // its tallest height in any language, in the state the build is in, at sidebar widths.
  log('Measuring the widget in every language…');
  const languages = readdirSync(join(dist, 'embed'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const browser = await chromium.launch({ executablePath: findBrowser(), args: browserArgs });
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      /** @type {Record<number, Tallest>} */
      const tallest = {};
      for (const width of [250, 300, 400]) {
        await page.setViewportSize({ width, height: 900 });
        for (const lang of languages) {
          await page.goto(`${url}embed/${lang}/${size}/auto/`);
          const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          const sofar = tallest[width];
          if (!sofar || height > sofar.height) tallest[width] = { height, lang };
        }
      }
      widgetSizes[size] = {
        documentGzip: pages.widget.totalGzip,
        tallest,
        budget: WIDGET_HEIGHT_BUDGETS[size],
      };
    }
  } finally {
    await browser.close();
  }

  // 6. Lighthouse, mobile preset, median of three runs.
  log('Running Lighthouse (3 runs per page)…');
  const paths = ['en/', 'en/object/', 'embed/en/', 'de/', 'de/object/', 'embed/de/'];
  const results = await lighthouseFigures(
    paths.map((path) => `${url}${path}`),
    { runs: 3 },
  );
  lighthouse = Object.fromEntries(paths.map((path) => [`/${path}`, results[`${url}${path}`]]));
} finally {
  server.close();
}

// 7. How long the test command took, the last time it ran here.
/** @type {TestTimings | null} */
const tests = existsSync(TIMINGS_FILE) ? JSON.parse(readFileSync(TIMINGS_FILE, 'utf8')) : null;

const figures = { build: built, pages, scripts, badges, widgetSizes, lighthouse, tests };

if (json) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  console.log(
    `\nBuild: ${figures.build.seconds} s, ${figures.build.htmlPages} HTML pages, ${figures.build.files} files\n`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(figures.pages).map(([kind, page]) => [
        kind,
        {
          page: page.file,
          'HTML gz': kb(page.html.gzip),
          'CSS gz (raw)': `${kb(page.css.gzip)} (${kb(page.css.raw)})`,
          'JS gz (raw)': `${kb(page.js.gzip)} (${kb(page.js.raw)})`,
          'images gz': kb(page.images.gzip),
          'all gz': kb(page.totalGzip),
          budget: kind === 'home' ? '35 KB' : kind === 'widget' ? '6 KB' : '',
          verdict:
            kind === 'home'
              ? verdict(page.totalGzip, 35 * 1024)
              : kind === 'widget'
                ? verdict(page.totalGzip, 6 * 1024)
                : '',
          'blocks first paint': page.blocking.length ? page.blocking.join(', ') : 'nothing beyond the HTML',
        },
      ]),
    ),
  );
  console.table(
    Object.fromEntries(
      Object.entries(figures.scripts).map(([name, script]) => [
        name,
        {
          'min+gzip': kb(script.gzip),
          budget: script.budget ? kb(script.budget) : '(peer)',
          verdict: verdict(script.gzip, script.budget),
        },
      ]),
    ),
  );
  console.table(
    Object.fromEntries(
      Object.entries(figures.widgetSizes).map(([size, widget]) => [
        `widget ${size}`,
        {
          'document gz': kb(widget.documentGzip),
          ...Object.fromEntries(
            Object.entries(widget.tallest).map(([width, { height, lang }]) => [
              `${width} px`,
              `${height} px (${lang})`,
            ]),
          ),
          budget: Object.entries(widget.budget)
            .map(([width, height]) => `≤ ${height} px at ${width}`)
            .join(', '),
          verdict: Object.entries(widget.budget).every(
            ([width, height]) => (widget.tallest[Number(width)]?.height ?? Infinity) <= height,
          )
            ? 'ok'
            : 'over budget',
        },
      ]),
    ),
  );
  console.table(
    Object.fromEntries(
      Object.entries(figures.badges).map(([type, badge]) => [
        `badge ${type} (${badge.count})`,
        {
          smallest: badge.smallest ? `${kb(badge.smallest.bytes)} (${badge.smallest.lang})` : '–',
          largest: badge.largest ? `${kb(badge.largest.bytes)} (${badge.largest.lang})` : '–',
          budget: badge.budget ? kb(badge.budget) : '',
          verdict: verdict(badge.largest?.bytes, badge.budget),
        },
      ]),
    ),
  );
  console.table(
    Object.fromEntries(
      Object.entries(figures.lighthouse).map(([path, result]) => [
        path,
        {
          performance: shown(result?.scores['performance'], (score) => score * 100),
          accessibility: shown(result?.scores['accessibility'], (score) => score * 100),
          'best practices': shown(result?.scores['best-practices'], (score) => score * 100),
          SEO: shown(result?.scores['seo'], (score) => score * 100),
          'LCP ms': shown(result?.lcpMs, Math.round),
          CLS: shown(result?.cls, (cls) => Number(cls.toFixed(3))),
          'TBT ms': shown(result?.tbtMs, Math.round),
          verdict: result && Object.values(result.scores).every((score) => score === 1) ? 'ok' : 'over budget',
        },
      ]),
    ),
  );
  if (figures.tests) {
    const { total, finished, steps } = figures.tests;
    console.log(
      `\nnpm test, last run ${finished}: ${Math.floor(total / 60)} min ${Math.round(total % 60)} s ` +
        `(budget 8 min: ${verdict(total, 8 * 60)})\n  ` +
        steps.map(({ step, seconds }) => `${step} ${seconds} s`).join(', '),
    );
  } else {
    console.log('\nnpm test has not run on this machine yet: run `npm run bench -- --tests` to time it.');
  }
}
