/*
 * Link integrity of the served build, with a link checker (linkinator) crawling from the root:
 * every internal link, asset and #fragment resolves without a redirect, and every external link
 * goes to a host of the source register, links.yaml or a share service (src/lib/externalHosts.ts).
 */
import { expect, test } from './fixtures';
import { allowedExternalHosts } from '../../src/lib/externalHosts';
import { contentFile, officialLinks } from '../built/builtSite';
import { builtPages, crawl } from './support';

const allowed = allowedExternalHosts(
  contentFile<{ url?: string | undefined }[]>('sources.yaml'),
  officialLinks,
  contentFile<{ page?: { url: string } }[]>('authorities.yaml'),
);

test('every internal link and asset resolves, and every external host is allowed', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const { broken, externalHosts, reached } = await crawl(`${baseURL}/`);
  expect(broken).toEqual([]);
  expect(externalHosts.filter((host) => !allowed.has(host))).toEqual([]);
  expect(externalHosts).toContain('www.facebook.com');
  // Every page of the build can be reached by following links (not-found pages aside).
  expect(builtPages().filter((path) => !path.endsWith('404.html') && !reached.has(path))).toEqual([]);
});
