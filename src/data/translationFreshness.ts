/* How many of each language's texts were translated from the current English (src/i18n/translated-from.json). */
import { defaultLocale, type Locale } from '../i18n/locales';
import record from '../i18n/translated-from.json' with { type: 'json' };
import { textHash, translatableTexts } from '../i18n/translationKeys';
import { freshness, type Freshness } from '../lib/translationFreshness';

let englishHashes: Map<string, string> | undefined;

/** The freshness of one locale's translation. */
export function localeFreshness(locale: Locale): Freshness {
  englishHashes ??= new Map([...translatableTexts(defaultLocale)].map(([key, text]) => [key, textHash(text)]));
  return freshness(englishHashes, (record as Record<string, Record<string, string>>)[locale] ?? {});
}
