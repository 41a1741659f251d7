import { intlLocales, type Locale } from '../i18n/locales';

/**
 * A calendar date ("2025-05-27") in the reader's language: "27 May 2025", "27. Mai 2025".
 * With precision "month", only month and year ("June 2024"), for sources that give no day.
 */
export function formatDate(locale: Locale, isoDate: string, precision: 'day' | 'month' = 'day'): string {
  const format = new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(precision === 'day' ? { day: 'numeric' } : {}),
  });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
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
