/*
 * dist/_headers, written after the build from what it produced: the locale list, the names at the
 * site's root, the hashed assets, the released loaders and the widget's script hash
 * (src/lib/securityHeaders.ts says what each rule is for). Localized not-found pages need no file:
 * Cloudflare Pages finds the nearest 404.html itself, and netlify.toml tells Netlify.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/locales';
import { headersFile, type SiteLayout } from '../lib/securityHeaders';
import { loaderReleases } from '../widget/loaderReleases';
import { widgetDocumentScript } from '../widget/widgetDocumentScript';

/** The files directly in a folder of the build (none if it does not exist). */
function filesIn(dir: URL, folder: string): string[] {
  const path = fileURLToPath(new URL(folder, dir));
  try {
    return readdirSync(path).filter((name) => statSync(`${path}/${name}`).isFile());
  } catch {
    return [];
  }
}

/** What the header rules are written from, read from the build in `dir`. */
export async function siteLayout(dir: URL): Promise<SiteLayout> {
  return {
    topLevelNames: readdirSync(fileURLToPath(dir)),
    localeFiles: Object.fromEntries(locales.map((locale) => [locale, filesIn(dir, `${locale}/`)])),
    assets: filesIn(dir, '_astro/'),
    pinnedVersions: loaderReleases.map((release) => release.version),
    widgetScriptHash: (await widgetDocumentScript()).hashSource,
  };
}

export function hostFiles(base: string): AstroIntegration {
  return {
    name: 'host-files',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(await siteLayout(dir), base));
      },
    },
  };
}
