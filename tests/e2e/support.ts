/* Shared helpers of the end-to-end tests: the pages of the build, a watch on each page, axe, a crawler. */
import { expect, type Page } from '@playwright/test';
import { LinkChecker, LinkState } from 'linkinator';
import config from '../../astro.config.mjs';
import { locales } from '../../src/i18n/locales';

export { locales };

export { builtPages, DEADLINE, dist, fileOf, isWidgetVariant, localeOfPath, uiStrings } from '../built/builtSite';

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * Records console errors, uncaught exceptions and every request to a host other than the site's
 * own, and blocks those requests so a test never reaches the network.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.route(
    (url) => url.hostname !== '127.0.0.1' && url.protocol !== 'data:' && url.protocol !== 'blob:',
    async (route) => {
      watch.foreignRequests.push(route.request().url());
      await route.abort();
    },
  );
  return watch;
}

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * The accessibility violations axe finds on the page (or one part of it), frames included, in a
 * readable shape; with `rules`, only those rules run (["color-contrast"]). axe-core is in every
 * frame already (tests/e2e/fixtures.ts).
 */
export async function axeViolations(page: Page, include?: string, rules?: string[]) {
  const violations = await page.evaluate(
    async ({ selector, only }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
      const result = await axe.run(selector ? { include: [selector] } : document, {
        resultTypes: ['violations'],
        ...(only ? { runOnly: { type: 'rule', values: only } } : {}),
      });
      return result.violations;
    },
    { selector: include, only: rules },
  );
  return violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((node) => node.target.join(' ')) }));
}

/** Runs axe on the page (or on one part of it) and expects no violation. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  expect(await axeViolations(page, include)).toEqual([]);
}

/** The Content-Security-Policy violations the page has reported so far. */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** How far the page reaches beyond the viewport to the right (0 when nothing scrolls sideways). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The height of a widget frame on a partner page and of the document inside it, once the loader
 * has sized the frame to its content (within 2 px).
 */
export async function frameAndContent(page: Page, selector: string) {
  const frame = page.locator(selector);
  // Loader frames load lazily: bring each into view, as a reader scrolling by would.
  await frame.scrollIntoViewIfNeeded();
  const inner = async () =>
    (await (await frame.elementHandle()).contentFrame())!.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
  await expect.poll(async () => Math.abs((await frame.boundingBox())!.height - (await inner()))).toBeLessThan(2);
  return { frame: (await frame.boundingBox())!.height, content: await inner() };
}

/** Enlarges the page's text as a reader's browser setting does: every size is in rem. */
export function setTextSize(page: Page, percent: number): Promise<void> {
  return page.evaluate((size) => void (document.documentElement.style.fontSize = `${size}%`), percent);
}

/**
 * Crawls the site at `root` with a link checker (linkinator): the broken links, the external hosts
 * linked to, and the paths it reached. Absolute links to the public site are checked here.
 */
export async function crawl(root: string) {
  const origin = new URL(root).origin;
  // Absolute links to the public site (canonical, Open Graph, feeds) are checked on this server.
  const publicSite = new URL(config.site!).origin;
  const externalHosts = new Set<string>();
  const selfLinks = new Set<string>();
  /** Follows only links to the served build; notes the others. */
  const skip = (link: string): boolean => {
    const url = new URL(link);
    if (url.origin === origin) return false;
    if (url.origin === publicSite) {
      selfLinks.add(`${origin}${url.pathname}`);
      return true;
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') externalHosts.add(url.hostname);
    return true;
  };
  const result = await new LinkChecker().check({
    path: root,
    recurse: true,
    concurrency: 16,
    checkFragments: true,
    redirects: 'error',
    // linkinator asks for a promise; the answer needs no waiting.
    linksToSkip: (link) => Promise.resolve(skip(link)),
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.status} ${link.url} (on ${link.parent})`);
  for (const link of selfLinks) {
    const response = await fetch(link, { redirect: 'manual' });
    if (response.status !== 200) broken.push(`${response.status} ${link} (absolute link to ${publicSite})`);
  }
  const reached = new Set(
    result.links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname),
  );
  return { broken, externalHosts: [...externalHosts].sort(), reached };
}
