/*
 * The built site in dist/, for tests that read it as files (tests/built, run by Vitest after the
 * build) and for the browser tests (tests/e2e, tests/engines): its pages, their language, their files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { join, relative } from 'node:path';
import { locales, type Locale } from '../../src/i18n/locales';
import { readTranslationFiles } from '../../src/i18n/translationKeys';
import type { UiStrings } from '../../src/i18n/translations';

export { locales };

/** Each locale's interface strings, read from its file (the site's loader, src/i18n/translations.ts, needs Vite). */
export const uiStrings = Object.fromEntries(
  locales.map((locale) => [locale, readTranslationFiles(locale).ui]),
) as Record<Locale, UiStrings>;

export const dist = join(import.meta.dirname, '../../dist');

/** The 2025 round's deadline: object before 27 May 2025, 00:00 Europe/Berlin = 26 May 2025, 22:00 UTC. */
export const DEADLINE = Date.UTC(2025, 4, 26, 22, 0, 0);

/** A widget document of one size and theme ("/embed/de/compact/dark/"): partners' snippets lead there, no page does. */
export const isWidgetVariant = (path: string) => /^\/embed\/[^/]+\/[^/]+\/[^/]+\/$/.test(path);

/**
 * Every HTML page of the build, as URL paths ("/de/notices/"), read from dist/ so none is missed;
 * of the widget, the document of each language (/embed/de/): its size and theme variants are the
 * widget tests' (tests/engines).
 */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
    );
  return walk(dist)
    .map((file) => `/${relative(dist, file)}`.replace(/index\.html$/, ''))
    .filter((path) => !isWidgetVariant(path))
    .sort();
}

/** The locale a path belongs to ("/de/notices/" → "de", "/embed/fi/" → "fi"), or English for the pages at the root. */
export function localeOfPath(path: string): string {
  return path.match(/^\/(?:embed\/)?([a-z]{2,3})\//)?.[1] ?? 'en';
}

/** The dist/ file of a URL path. */
export const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** A YAML file of src/content, read as the shape a test expects of it. */
export const contentFile = <T>(file: string) =>
  parseYaml(readFileSync(join(import.meta.dirname, '../../src/content', file), 'utf8')) as T;

/** The official links of src/content/links.yaml: Meta's objection forms and its share endpoint. */
export const officialLinks = contentFile<{ id: string; platform: string; url: string; kind?: string }[]>('links.yaml');

/** The official objection form of a platform. */
export const officialFormUrl = (platform: string) =>
  officialLinks.find((link) => link.platform === platform && (link.kind ?? 'form') === 'form')!.url;
