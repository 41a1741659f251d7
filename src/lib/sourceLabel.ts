import type { Translate } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { CERTAINTIES } from './contentSchemas';
import { formatDate } from './formatDate';

/** What the reader needs to know of a source: who published it, when, and how sure it is. */
export interface SourceForLabel {
  publisher?: string | undefined;
  date?: string | undefined;
  certainty: (typeof CERTAINTIES)[number];
}

/**
 * A source named in the reader's language: "Datatilsynet, April 2025",
 * "press reports (secondary source)". The publisher's name stays as the publisher writes it.
 */
export function sourceLabel(t: Translate, locale: Locale, source: SourceForLabel): string {
  const name = source.publisher ?? t('sources.press');
  const dated = source.date ? `${name}, ${formatDate(locale, source.date)}` : name;
  if (source.certainty === 'secondary') return `${dated} (${t('sources.secondary')})`;
  if (source.certainty === 'unverified') return `${dated} (${t('sources.unverified')})`;
  return dated;
}
