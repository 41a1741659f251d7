// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { writeFileSync } from 'node:fs';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { headersFile } from './src/lib/securityHeaders.ts';

// Absolute URLs (canonical, Open Graph, sitemap) use SITE_URL; BASE_PATH serves the site under a
// sub-path, as GitHub Pages project sites are.
const site = process.env.SITE_URL ?? 'https://object-to-meta-ai.example';
const base = process.env.BASE_PATH ?? '/';

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
    mdx(),
    {
      // dist/_headers, from the same locale list as the pages (see src/lib/securityHeaders.ts).
      name: 'security-headers',
      hooks: {
        'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile(base)),
      },
    },
  ],
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay external files, so the Content-Security-Policy needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
});
