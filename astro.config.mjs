// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { configWarnings } from './src/build/configWarnings.ts';
import { hostFiles } from './src/build/hostFiles.ts';
import { partnerWidget } from './src/widget/integration.ts';

// Absolute URLs (canonical, Open Graph, sitemap) use SITE_URL; BASE_PATH serves the site under a
// sub-path, as GitHub Pages project sites are.
const placeholderSite = 'https://object-to-meta-ai.example';
const site = process.env.SITE_URL ?? placeholderSite;
const base = process.env.BASE_PATH ?? '/';

/**
 * Pages for the sitemap: not the widget document (partners frame it) and not the not-found pages.
 * @param {string} page
 */
function isFindablePage(page) {
  const path = new URL(page).pathname.slice(base.replace(/\/$/, '').length);
  return !path.startsWith('/embed/') && !/\/404(\.html)?$/.test(path);
}

/**
 * A sitemap entry with the same URL as the page's canonical link (ending in "/") and, for a page of
 * a locale, its alternates in every locale: the same hreflang set as the page's own links. The
 * language chooser at the root has no language, so it gets none.
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
function withAlternates(item) {
  const url = new URL(item.url);
  if (!url.pathname.endsWith('/') && !/\.[a-z]+$/.test(url.pathname)) url.pathname += '/';
  const root = base.endsWith('/') ? base : `${base}/`;
  const [locale, ...rest] = url.pathname.slice(root.length).split('/');
  const { links: _ignored, ...entry } = item;
  if (!locale || !locales.includes(/** @type {any} */ (locale))) return { ...entry, url: url.href };
  const links = locales.map((lang) => ({ lang, url: new URL(`${root}${lang}/${rest.join('/')}`, url).href }));
  return { ...entry, url: url.href, links };
}

export default defineConfig({
  site,
  base,
  // "preserve" writes [lang]/404.astro to /{lang}/404.html, where static hosts look for it.
  build: { format: 'preserve', inlineStylesheets: 'always' },
  trailingSlash: 'ignore',
  // HTML whitespace rules: a space between two inline elements stays a space.
  compressHTML: true,
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // A production build warns about the settings this copy lacks (site address, report address).
    configWarnings(placeholderSite),
    mdx(),
    partnerWidget(),
    sitemap({ filter: isFindablePage, serialize: withAlternates }),
    // dist/_headers, after the partner widget has written its files.
    hostFiles(base),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay external files, so the Content-Security-Policy needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
});
