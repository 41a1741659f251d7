/**
 * The one list of the site's locales: the 24 official languages of the EU, Norwegian Bokmål and
 * Icelandic (the EEA). astro.config.mjs, pages, components and tests import it;
 * adding a locale starts here (see README, "Add a locale").
 */
export const locales = [
  'en',
  'de',
  'nb',
  'bg',
  'cs',
  'da',
  'el',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'is',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** Each language's name in that language, for the language switcher and the `/` chooser. */
export const localeNames = {
  en: 'English',
  de: 'Deutsch',
  nb: 'Norsk bokmål',
  bg: 'Български',
  cs: 'Čeština',
  da: 'Dansk',
  el: 'Ελληνικά',
  es: 'Español',
  et: 'Eesti',
  fi: 'Suomi',
  fr: 'Français',
  ga: 'Gaeilge',
  hr: 'Hrvatski',
  hu: 'Magyar',
  is: 'Íslenska',
  it: 'Italiano',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  mt: 'Malti',
  nl: 'Nederlands',
  pl: 'Polski',
  pt: 'Português',
  ro: 'Română',
  sk: 'Slovenčina',
  sl: 'Slovenščina',
  sv: 'Svenska',
} as const satisfies Record<Locale, string>;

/** The locales sorted by each language's own name, so a reader finds theirs without knowing English. */
export const localesByName: readonly Locale[] = [...locales].sort((a, b) =>
  localeNames[a].localeCompare(localeNames[b]),
);

/** Type guard for a string taken from a URL, a folder name or a browser setting. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The tag Intl formats dates and numbers with (English as in Britain: day-month order, 24-hour clock). */
export const intlLocales = {
  en: 'en-GB',
  de: 'de-DE',
  nb: 'nb-NO',
  bg: 'bg-BG',
  cs: 'cs-CZ',
  da: 'da-DK',
  el: 'el-GR',
  es: 'es-ES',
  et: 'et-EE',
  fi: 'fi-FI',
  fr: 'fr-FR',
  ga: 'ga-IE',
  hr: 'hr-HR',
  hu: 'hu-HU',
  is: 'is-IS',
  it: 'it-IT',
  lt: 'lt-LT',
  lv: 'lv-LV',
  mt: 'mt-MT',
  nl: 'nl-NL',
  pl: 'pl-PL',
  pt: 'pt-PT',
  ro: 'ro-RO',
  sk: 'sk-SK',
  sl: 'sl-SI',
  sv: 'sv-SE',
} as const satisfies Record<Locale, string>;

/** An Intl tag written the Open Graph way: "en-GB" → "en_GB". */
type OgLocale<Tag extends string> = Tag extends `${infer Language}-${infer Territory}`
  ? `${Language}_${Territory}`
  : Tag;

/** Open Graph locale codes (language_TERRITORY): the Intl tags above, with "_" for "-". */
export const ogLocales = Object.fromEntries(
  locales.map((locale) => [locale, intlLocales[locale].replace('-', '_')]),
) as { readonly [L in Locale]: OgLocale<(typeof intlLocales)[L]> };
