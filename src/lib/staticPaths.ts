import { locales, type Locale } from '../i18n/locales';

/** getStaticPaths() for a page that exists once per locale. */
export function localeStaticPaths(): { params: { lang: Locale }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}
