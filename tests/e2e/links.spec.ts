/*
 * Link integrity of the served build, with a link checker (linkinator) crawling from the root:
 * every internal link, asset and #fragment resolves without a redirect, and every external link
 * goes to a host of the source register, links.yaml or a share service (src/lib/externalHosts.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, test } from './fixtures';
import { allowedExternalHosts } from '../../src/lib/externalHosts';
import { builtPages, crawl } from './support';

/** A YAML file of src/content, as the shape the host list reads (a list of entries with URLs). */
const content = <T>(file: string) =>
  parseYaml(readFileSync(join(import.meta.dirname, '../../src/content', file), 'utf8')) as T;
const allowed = allowedExternalHosts(
  content<{ url?: string | undefined }[]>('sources.yaml'),
  content<{ url: string }[]>('links.yaml'),
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
