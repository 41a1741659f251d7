/*
 * Open data and partner files, read from the build: every language's badge, and every page's oEmbed
 * discovery link. (The served JSON, with its headers, is tested against the server in tests/e2e.)
 */
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { formatDate } from '../../src/lib/formatDate';
import { builtPages, dist, fileOf, localeOfPath, locales, uiStrings } from './builtSite';

const site = new URL(config.site!);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

test('every language has a badge: an SVG under 4 KB that parses and names the date, and a real PNG', () => {
  for (const locale of locales) {
    const svgFile = join(dist, 'badge', `${locale}.svg`);
    const svg = readFileSync(svgFile, 'utf8');
    expect({ locale, bytes: statSync(svgFile).size <= 4096 }).toEqual({ locale, bytes: true });
    // What the test reads of the SVG; the assertions check the values.
    type Line = { '#text': string };
    const parsed = (xml.parse(svg) as { svg: { lang: string; width: string; g: { text: Line | Line[] } } }).svg;
    expect(parsed.lang).toBe(locale);
    const text = [parsed.g.text]
      .flat()
      .map((line) => line['#text'])
      .join(' ');
    // The date, never a count of days: the badge stays true between rebuilds.
    expect(text).toContain(formatDate(locale, '2025-05-26'));
    expect(text).toContain(uiStrings[locale]['site.name']);
    const png = readFileSync(join(dist, 'badge', `${locale}.png`));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(2 * Number(parsed.width));
  }
});

test('every page points CMSs to its language’s oEmbed answer, absolute and in <head>', () => {
  for (const path of builtPages().filter((page) => !page.startsWith('/embed/'))) {
    const document = parseHtml(readFileSync(fileOf(path), 'utf8'));
    const link = document.querySelector('head link[rel="alternate"][type="application/json+oembed"]');
    expect({ path, href: link?.getAttribute('href') }).toEqual({
      path,
      href: new URL(`/oembed/${localeOfPath(path)}.json`, site).href,
    });
  }
});
