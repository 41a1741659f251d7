/*
 * Every translatable text of the site, keyed the same way in every language, for the freshness
 * record (src/i18n/translated-from.json): "ui:site.name", "guide:faq.items.2.answer",
 * "timeline:deadline-2024", "notice:hamburg-2024". Runs at build time and in tools/i18n.mjs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uiStrings } from './index';
import { defaultLocale, type Locale } from './locales';
import { objectionGuides } from './objection-guide';
import { timelineTexts } from './timeline';

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

/** The texts of one locale by key; a notice counts as one text (its whole file). */
export function translatableTexts(locale: Locale): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, text] of Object.entries(uiStrings[locale])) texts.set(`ui:${key}`, text);
  for (const [path, text] of flattenStrings(objectionGuides[locale])) texts.set(`guide:${path}`, text);
  for (const [id, text] of Object.entries(timelineTexts[locale])) texts.set(`timeline:${id}`, text);
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

/** The fingerprint of every English text by key: what each translation is compared with. */
export function englishHashes(): Map<string, string> {
  return new Map([...translatableTexts(defaultLocale)].map(([key, text]) => [key, textHash(text)]));
}
