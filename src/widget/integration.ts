/*
 * The partner widget's public files, injected as routes so that everything partners load lives in
 * src/widget/ rather than among the reader pages in src/pages/. Their URLs are public and fixed.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoDay } from '../lib/formatDate';
import { buildTime } from '../build/siteMeta';
import { selfHostKit } from './selfHostKit';
import { siteRootUrl } from '../lib/paths';

/** Public URL pattern → the file under src/widget/routes/ that builds it. */
const widgetRoutes = {
  '/embed/[lang]/[...variant]': './src/widget/routes/widget-document.astro',
  '/widget.js': './src/widget/routes/widget.js.ts',
  '/widget/[version].js': './src/widget/routes/pinned-loader.js.ts',
  '/badge/[lang].svg': './src/widget/routes/badge.svg.ts',
  '/badge/[lang].png': './src/widget/routes/badge.png.ts',
  '/oembed/[lang].json': './src/widget/routes/oembed.json.ts',
} as const;

export function partnerWidget(): AstroIntegration {
  let site = '';
  return {
    name: 'partner-widget',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = siteRootUrl(config.site, config.base);
      },
      'astro:config:setup': ({ injectRoute }) => {
        for (const [pattern, entrypoint] of Object.entries(widgetRoutes)) injectRoute({ pattern, entrypoint });
      },
      // Astro never treats an injected route as an index page, so with build.format "preserve" it
      // writes embed/de.html and embed/de/compact/dark.html; partners' URLs end in "/", which a
      // static host finds at embed/de/index.html and embed/de/compact/dark/index.html.
      'astro:build:done': ({ dir }) => {
        const embed = fileURLToPath(new URL('embed/', dir));
        const pages = readdirSync(embed, { recursive: true, encoding: 'utf8' }).filter(
          (file) => file.endsWith('.html') && !file.endsWith('index.html'),
        );
        for (const page of pages) {
          const folder = join(embed, page.slice(0, -'.html'.length));
          mkdirSync(folder, { recursive: true });
          renameSync(join(embed, page), join(folder, 'index.html'));
        }
        const licence = readFileSync('LICENSE', 'utf8');
        const kit = selfHostKit({ dist: dir, site, dataDate: isoDay(buildTime), licence, mtime: buildTime });
        writeFileSync(new URL('widget-kit.zip', dir), kit);
      },
    },
  };
}
