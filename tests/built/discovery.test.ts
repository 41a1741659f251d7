/*
 * Link previews, feeds and sitemap, checked over the whole build with parsers (no browser needed
 * for these): every page's meta tags point to files that exist, images have their stated size and
 * stay under budget, hreflang sets are reciprocal, the feeds and the sitemap parse and list every page.
 */
import { expect, test } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../astro.config.mjs';
import { formatDate } from '../../src/lib/formatDate';
import { builtPages, dist, fileOf, localeOfPath, locales } from './builtSite';

const site = new URL(config.site!);
/** The dist/ file an absolute URL of the site points to. */
const distFileOf = (url: string) => fileOf(new URL(url).pathname);
const documents = new Map<string, HTMLElement>();
const documentOf = (path: string) => {
  if (!documents.has(path)) documents.set(path, parseHtml(readFileSync(fileOf(path), 'utf8')));
  return documents.get(path)!;
};
const meta = (document: HTMLElement, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
// The site's pages; the widget document and the language chooser at / have their own rules.
const pages = builtPages().filter((path) => path !== '/' && !path.startsWith('/embed/'));
const findable = pages.filter((path) => !path.endsWith('404.html'));

test('every page has a title, description, canonical URL, Open Graph and card tags in its language', () => {
  for (const path of pages) {
    const document = documentOf(path);
    const problems: string[] = [];
    const locale = localeOfPath(path);
    if (!document.querySelector('title')?.text.trim()) problems.push('title');
    if (!meta(document, 'description')) problems.push('description');
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (!canonical || !existsSync(distFileOf(canonical))) problems.push(`canonical ${canonical}`);
    for (const key of [
      'og:title',
      'og:description',
      'og:type',
      'og:url',
      'og:image',
      'og:image:width',
      'og:image:height',
      'og:image:alt',
      'og:locale',
      'twitter:card',
    ]) {
      if (!meta(document, key)) problems.push(key);
    }
    if (meta(document, 'og:url') !== canonical) problems.push('og:url differs from canonical');
    if (!meta(document, 'og:locale')?.startsWith(`${locale}_`))
      problems.push(`og:locale ${meta(document, 'og:locale')}`);
    const alternates = document.querySelectorAll('meta[property="og:locale:alternate"]').length;
    if (alternates !== locales.length - 1) problems.push(`og:locale:alternate ×${alternates}`);
    if (meta(document, 'twitter:card') !== 'summary_large_image') problems.push('twitter:card');
    const image = meta(document, 'og:image');
    if (image && !existsSync(distFileOf(image))) problems.push(`og:image ${image} missing`);
    expect({ path, problems }).toEqual({ path, problems: [] });
  }
});

test('titles are unique within each language', () => {
  for (const locale of locales) {
    const titles = findable
      .filter((path) => localeOfPath(path) === locale)
      .map((path) => documentOf(path).querySelector('title')!.text);
    // Every page kind of the language is compared, not an empty list.
    expect({ locale, titles: titles.length >= 10 }).toEqual({ locale, titles: true });
    expect(new Set(titles).size).toBe(titles.length);
  }
});

test('Open Graph images are 1200×630 PNGs of at most 150 KB, as the tags say', () => {
  const images = new Set(pages.map((path) => meta(documentOf(path), 'og:image')!));
  expect(images.size).toBeGreaterThanOrEqual(locales.length * 6);
  for (const image of images) {
    const file = distFileOf(image);
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect({ image, size: [bytes.readUInt32BE(16), bytes.readUInt32BE(20)] }).toEqual({ image, size: [1200, 630] });
    expect({ image, bytes: statSync(file).size <= 150 * 1024 }).toEqual({ image, bytes: true });
  }
  // Every page's tags state the size its image really has.
  for (const path of pages) {
    const stated = ['og:image:width', 'og:image:height'].map((key) => meta(documentOf(path), key));
    expect({ path, stated }).toEqual({ path, stated: ['1200', '630'] });
  }
});

test('hreflang alternates are reciprocal and complete', () => {
  for (const path of findable) {
    const links = documentOf(path).querySelectorAll('link[rel="alternate"][hreflang]');
    const byLang = new Map(links.map((link) => [link.getAttribute('hreflang')!, link.getAttribute('href')!]));
    expect([...byLang.keys()].sort()).toEqual([...locales, 'x-default'].sort());
    const self = documentOf(path).querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    expect(byLang.get(localeOfPath(path))).toBe(self);
    for (const [lang, href] of byLang) {
      if (lang === 'x-default') continue;
      const other = new URL(href).pathname;
      const back = documentOf(other)
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => link.getAttribute('href'));
      expect({ from: path, to: other, linksBack: back.includes(self) }).toEqual({
        from: path,
        to: other,
        linksBack: true,
      });
    }
  }
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
/** The parser gives one child as an object and several as an array. */
type OneOrMore<T> = T | T[];
/** What the tests read of the sitemaps and feeds; the assertions check the values. */
interface SitemapIndex {
  sitemapindex: { sitemap: OneOrMore<{ loc: string }> };
}
interface Sitemap {
  urlset: { url: OneOrMore<{ loc: string; 'xhtml:link'?: OneOrMore<{ hreflang: string }> }> };
}
interface Feed {
  rss: { channel: { item: OneOrMore<{ title: string; link: string; pubDate?: string }> } };
}

test('the sitemap parses and lists every page, with its language alternates', () => {
  const index = xml.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')) as SitemapIndex;
  const sitemaps = [index.sitemapindex.sitemap].flat().map((entry) => entry.loc);
  const entries = sitemaps.flatMap((loc) =>
    [(xml.parse(readFileSync(distFileOf(loc), 'utf8')) as Sitemap).urlset.url].flat(),
  );
  const listed = new Set(entries.map((entry) => new URL(entry.loc).pathname));
  for (const path of findable) expect({ path, listed: listed.has(path) }).toEqual({ path, listed: true });
  const home = entries.find((entry) => new URL(entry.loc).pathname === '/de/');
  expect(
    [home?.['xhtml:link'] ?? []]
      .flat()
      .map((link) => link.hreflang)
      .sort(),
  ).toEqual([...locales].sort());
  expect([...listed].some((path) => path.startsWith('/embed/'))).toBe(false);
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(
    `Sitemap: ${new URL('/sitemap-index.xml', site).href}`,
  );
});

test('every locale has a feed that parses and lists every notice, the status changes and the pages after objecting', () => {
  for (const locale of locales) {
    const feed = xml.parse(readFileSync(join(dist, locale, 'rss.xml'), 'utf8')) as Feed;
    const items = [feed.rss.channel.item].flat();
    const links = items.map((item) => new URL(item.link).pathname);
    for (const path of findable.filter(
      (page) => page.startsWith(`/${locale}/notices/`) && page !== `/${locale}/notices/`,
    )) {
      expect({ locale, path, listed: links.includes(path) }).toEqual({ locale, path, listed: true });
    }
    // Announced, paused (2024) and started (2025): four status updates besides the notices, each
    // linking to its line in the timeline's overview of rounds, which is there.
    const updates = items.filter((item) => item.link.includes('#round-'));
    expect(updates.length).toBe(4);
    for (const { link } of updates) {
      const { pathname, hash } = new URL(link);
      expect(pathname).toBe(`/${locale}/timeline/`);
      expect(documentOf(pathname).querySelector(hash), link).not.toBeNull();
    }
    // And the pages on what to do after objecting.
    for (const path of [`/${locale}/after/`, `/${locale}/complain/`]) expect(links).toContain(path);
    // A notice the source dates only to the month has no pubDate: the feed makes up no day.
    for (const item of items) {
      const monthOnly = /\/notices\/(klicksafe-2024|datatilsynet-2025)\/$/.test(item.link);
      expect({
        link: item.link,
        pubDate: monthOnly ? item.pubDate : item.pubDate === undefined || Number.isNaN(Date.parse(item.pubDate)),
      }).toEqual({
        link: item.link,
        pubDate: monthOnly ? undefined : false,
      });
    }
    // "by" the last day, which is included.
    expect(items.find((item) => item.link.endsWith('#round-2025-announced'))!.title).toContain(
      formatDate(locale, '2025-05-26'),
    );
    expect(documentOf(`/${locale}/`).querySelector('link[type="application/rss+xml"]')?.getAttribute('href')).toBe(
      `/${locale}/rss.xml`,
    );
  }
});

test('the web app manifest names icons that exist', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
    name?: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest.name).toBeTruthy();
  const { icons } = manifest;
  expect(icons.length).toBeGreaterThanOrEqual(2);
  for (const icon of icons) {
    const file = join(dist, icon.src);
    expect(existsSync(file)).toBe(true);
    if (icon.type === 'image/png') {
      const bytes = readFileSync(file);
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
    }
  }
  expect(existsSync(join(dist, 'icons/180.png'))).toBe(true);
});

test('structured data parses: Article for notices, FAQPage for the guide, WebSite for home', () => {
  const types = (path: string) =>
    documentOf(path)
      .querySelectorAll('script[type="application/ld+json"]')
      .flatMap((script) => {
        // A node, or a graph of nodes.
        type Node = { '@type': string };
        const data = JSON.parse(script.text) as Node | { '@graph': Node[] };
        return '@graph' in data ? data['@graph'].map((node) => node['@type']) : [data['@type']];
      });
  for (const locale of locales) {
    expect(types(`/${locale}/`)).toEqual(['WebSite', 'Organization']);
    expect(types(`/${locale}/object/`)).toEqual(['FAQPage']);
    expect(types(`/${locale}/notices/hamburg-2025/`)).toEqual(['Article']);
  }
});
