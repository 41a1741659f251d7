import { intlLocales, type Locale } from '../i18n/locales';

/**
 * A calendar date in the reader's language: "2025-05-27" → "27 May 2025", "27. Mai 2025". A date
 * known only to the month ("2024-06") gives month and year ("June 2024"): no day is made up.
 */
export function formatDate(locale: Locale, date: string): string {
  const monthOnly = /^\d{4}-\d{2}$/.test(date);
  const format = new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(monthOnly ? {} : { day: 'numeric' }),
  });
  return format.format(new Date(`${monthOnly ? `${date}-01` : date}T00:00:00Z`));
}

/** Today's date (UTC) of an instant, as "2026-12-01". */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * An instant as a date and time in words, in a given zone, naming the zone:
 * "Monday 26 May 2025 at 23:59 Central European Summer Time".
 */
export function formatDateTimeInZone(locale: Locale, instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'long',
  }).format(instant);
}
