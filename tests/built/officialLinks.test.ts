/*
 * Link check over the whole build: every Facebook or Instagram URL on any page must be one of the
 * official form links in src/content/links.yaml, and every link that leaves the site carries
 * rel="noopener noreferrer". It reads dist/ with an HTML parser, so it needs no browser.
 */
import { expect, test } from 'vitest';
import { parse as parseHtml } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import config from '../../astro.config.mjs';
import { isMetaHost } from '../../src/lib/metaHosts';
import { builtPages, fileOf, officialLinks } from './builtSite';

const links = officialLinks;
const forms = new Set(links.filter((link) => (link.kind ?? 'form') === 'form').map((link) => link.url));
const shareEndpoints = links.filter((link) => link.kind === 'share').map((link) => link.url);
/** A form link exactly, or a share endpoint with the page's address as its query. */
const isOfficial = (url: string) => forms.has(url) || shareEndpoints.some((endpoint) => url.startsWith(`${endpoint}?`));

test('every Facebook or Instagram link in the build is an official form or share link from links.yaml', () => {
  const strays: string[] = [];
  let checked = 0;
  for (const path of builtPages()) {
    const document = parseHtml(readFileSync(fileOf(path), 'utf8'));
    for (const element of document.querySelectorAll('[href], [src], [action]')) {
      const value = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action')!;
      if (!/^https?:/i.test(value)) continue;
      if (isMetaHost(new URL(value).hostname)) {
        checked += 1;
        if (!isOfficial(value)) strays.push(`${path}: ${value}`);
      }
    }
  }
  expect(strays).toEqual([]);
  expect(checked).toBeGreaterThan(0);
});

test('every link that leaves the site has rel="noopener noreferrer" and says it leaves', () => {
  const careless: string[] = [];
  let checked = 0;
  const ownSite = new URL(config.site!).origin;
  for (const path of builtPages()) {
    const document = parseHtml(readFileSync(fileOf(path), 'utf8'));
    for (const link of document.querySelectorAll('a[href^="http"]')) {
      if (new URL(link.getAttribute('href')!).origin === ownSite) continue;
      checked += 1;
      const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer') || !link.hasAttribute('data-external')) {
        careless.push(`${path}: ${link.getAttribute('href')}`);
      }
    }
  }
  expect(careless).toEqual([]);
  expect(checked).toBeGreaterThan(0);
});
