/*
 * Where the translated strings live, and every translatable text of the site keyed the same way in
 * every language, for the freshness record (src/i18n/translated-from.json): "ui:site.name",
 * "guide:faq.items.2.answer", "timeline:deadline-2024", "after:problems.items.login.answer",
 * "notice:hamburg-2024". Runs at build time
 * and in tools/i18n.mjs, which Node runs without a bundler: hence the ".ts" in the import below.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, type Locale } from './locales.ts';

/**
 * The areas of translated strings, each named by the prefix of its keys, with the folder of its
 * files: one JSON file per locale, `{lang}.json`.
 */
export const translationAreas = {
  ui: 'src/i18n/ui',
  guide: 'src/i18n/objection-guide',
  timeline: 'src/i18n/timeline',
  after: 'src/i18n/after-objecting',
} as const;

export type TranslationArea = keyof typeof translationAreas;

/** The strings of one locale in every area. */
export type LocaleStrings = Readonly<Record<TranslationArea, unknown>>;

/** The file of one area in one locale, from the repository's root: "src/i18n/ui/de.json". */
export function translationFilePath(area: TranslationArea, locale: Locale): string {
  return `${translationAreas[area]}/${locale}.json`;
}

/**
 * One locale's files as they are on disk, unchecked (undefined where a file does not exist), for
 * tools that repair them. The site reads them checked, through src/i18n/translations.ts.
 */
export function readTranslationFiles(locale: Locale): LocaleStrings {
  const read = (area: TranslationArea) => {
    const file = join(process.cwd(), translationFilePath(area, locale));
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
  };
  return { ui: read('ui'), guide: read('guide'), timeline: read('timeline'), after: read('after') };
}

/** Every string of a nested structure with its dotted path, e.g. ["faq.items.3.answer", "…"]. */
export function flattenStrings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => flattenStrings(item, `${path}.${index}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => flattenStrings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

const noticeFolder = (locale: Locale) => join(process.cwd(), 'src/content/notices', locale);

/** The texts of one locale by key, from its strings and its notices; a notice counts as one text (its whole file). */
export function translatableTexts(locale: Locale, strings: LocaleStrings): Map<string, string> {
  const texts = new Map<string, string>();
  for (const area of Object.keys(translationAreas) as TranslationArea[]) {
    for (const [path, text] of flattenStrings(strings[area])) texts.set(`${area}:${path}`, text);
  }
  if (existsSync(noticeFolder(locale))) {
    for (const file of readdirSync(noticeFolder(locale))
      .filter((name) => name.endsWith('.mdx'))
      .sort()) {
      texts.set(`notice:${file.slice(0, -4)}`, readFileSync(join(noticeFolder(locale), file), 'utf8'));
    }
  }
  return texts;
}

/** A short fingerprint of an English text: a translation records the one it was made from. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 12);
}

/** The fingerprint of every English text by key (from English's strings): what each translation is compared with. */
export function englishHashes(english: LocaleStrings): Map<string, string> {
  return new Map([...translatableTexts(defaultLocale, english)].map(([key, text]) => [key, textHash(text)]));
}
