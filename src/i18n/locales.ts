/**
 * The one list of the site's locales. astro.config.mjs, pages, components and tests import it;
 * adding a locale starts here (see README, "Add a locale").
 */
export const locales = ['en', 'de', 'nb'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** Each language's name in that language, for the language switcher and the `/` chooser. */
export const localeNames = {
  en: 'English',
  de: 'Deutsch',
  nb: 'Norsk bokmål',
} as const satisfies Record<Locale, string>;

/** Open Graph locale codes (language_TERRITORY). */
export const ogLocales = {
  en: 'en_GB',
  de: 'de_DE',
  nb: 'nb_NO',
} as const satisfies Record<Locale, string>;

/** Type guard for a string taken from a URL, a folder name or a browser setting. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The tag Intl formats dates and numbers with: British English for day-month order and a 24-hour clock. */
export const intlLocales = {
  en: 'en-GB',
  de: 'de-DE',
  nb: 'nb-NO',
} as const satisfies Record<Locale, string>;
