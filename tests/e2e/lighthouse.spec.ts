/*
 * Lighthouse gate: accessibility, best practices and SEO score 1.0 (mobile preset) on the home
 * page, the guide and the widget. The other languages share these templates, and axe checks every
 * page of the longest ones (pages.spec.ts); `npm run bench` runs Lighthouse in English and German,
 * with performance: timings are not tests. On the widget documents the robots.txt audit is skipped (see
 * tools/lighthouse.mjs: their policy forbids the fetch Lighthouse makes); robots.txt is audited on
 * the site's pages.
 */
import { expect, test } from './fixtures';
import { lighthouseFigures } from '../../tools/lighthouse.mjs';

const paths = ['/en/', '/en/object/', '/embed/en/'];

test('home, guide and widget score 1.0 for accessibility, best practices and SEO', async ({ baseURL }) => {
  test.setTimeout(300_000);
  // One browser for every page: Lighthouse opens each in a new tab of it.
  const figures = await lighthouseFigures(
    paths.map((path) => `${baseURL}${path}`),
    { runs: 1, categories: ['accessibility', 'best-practices', 'seo'] },
  );
  for (const path of paths) {
    const { scores, failing } = figures[`${baseURL}${path}`]!;
    expect.soft({ path, scores, failing }).toEqual({
      path,
      scores: { accessibility: 1, 'best-practices': 1, seo: 1 },
      failing: [],
    });
  }
});
