/* How many of each language's texts were translated from the current English (src/i18n/translated-from.json). */
import type { Locale } from '../i18n/locales';
import record from '../i18n/translated-from.json' with { type: 'json' };
import { englishHashes } from '../i18n/translationKeys';
import { translations } from '../i18n/translations';
import { freshness, type Freshness } from '../lib/translationFreshness';

let english: Map<string, string> | undefined;

/** The freshness of one locale's translation. */
export function localeFreshness(locale: Locale): Freshness {
  english ??= englishHashes(translations.en);
  return freshness(english, (record as Record<string, Record<string, string>>)[locale] ?? {});
}
