// Lighthouse (mobile preset, the browser found by find-browser.mjs) on pages of a running server.
// Used by `npm run bench` (three runs, medians) and by the test command's score gate (one run).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { browserArgs, findBrowser } from './find-browser.mjs';

/**
 * Audits that cannot run on a page by design. The widget document's policy forbids every fetch
 * (connect-src 'none'), and Lighthouse reads robots.txt with a fetch from inside the page, so on
 * /embed/ it reports "unable to download" (GoogleChrome/lighthouse#4386, #16597). robots.txt itself
 * is audited on the site's pages, which share its origin.
 * @param {string} url
 */
const skippedAudits = (url) => (new URL(url).pathname.includes('/embed/') ? ['robots-txt'] : []);

/**
 * The middle value (the upper one of an even count), or undefined when there is none.
 * @param {number[]} values
 */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * A figure is undefined when Lighthouse measured none (a category or metric that errored).
 * @typedef {{
 *   scores: Record<string, number | undefined>,
 *   lcpMs: number | undefined,
 *   cls: number | undefined,
 *   tbtMs: number | undefined,
 *   failing: string[],
 * }} PageFigures
 */

/**
 * Runs Lighthouse `runs` times on each URL; returns per URL the median of each category score
 * (0–1) and of LCP, CLS and TBT, and the binary audits that failed in any run.
 * @param {string[]} urls
 * @param {{ runs?: number, categories?: string[] }} [options]
 * @returns {Promise<Record<string, PageFigures>>}
 */
export async function lighthouseFigures(
  urls,
  { runs = 3, categories = ['performance', 'accessibility', 'best-practices', 'seo'] } = {},
) {
  const chrome = await chromeLauncher.launch({
    chromePath: findBrowser(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...browserArgs],
    logLevel: 'silent',
  });
  try {
    /** @type {Record<string, PageFigures>} */
    const figures = {};
    for (const url of urls) {
      /** @type {import('lighthouse').Result[]} */
      const samples = [];
      for (let run = 0, retried = false; run < runs; run += 1) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
          skipAudits: skippedAudits(url),
        });
        if (!result) throw new Error(`Lighthouse on ${url}: no result`);
        const { lhr } = result;
        // Lighthouse itself sometimes loses the trace of a load (NO_NAVSTART) and asks to be run
        // again: it gets one more try per page; a page that fails twice fails.
        if (lhr.runtimeError && !retried) {
          retried = true;
          run -= 1;
          continue;
        }
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
        samples.push(lhr);
      }
      /** @param {(lhr: import('lighthouse').Result) => number | null | undefined} read */
      const pick = (read) => median(samples.map(read).filter((value) => typeof value === 'number'));
      figures[url] = {
        scores: Object.fromEntries(
          categories.map((category) => [category, pick((lhr) => lhr.categories[category]?.score)]),
        ),
        lcpMs: pick((lhr) => lhr.audits['largest-contentful-paint']?.numericValue),
        cls: pick((lhr) => lhr.audits['cumulative-layout-shift']?.numericValue),
        tbtMs: pick((lhr) => lhr.audits['total-blocking-time']?.numericValue),
        failing: [
          ...new Set(
            samples.flatMap((lhr) =>
              Object.values(lhr.audits)
                .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
                .map((audit) => audit.id),
            ),
          ),
        ],
      };
    }
    return figures;
  } finally {
    chrome.kill();
  }
}
