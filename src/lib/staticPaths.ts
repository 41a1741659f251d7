import { locales, type Locale } from '../i18n/locales';

/** getStaticPaths() for a page that exists once per locale; it reads its locale from Astro.locals (src/middleware.ts). */
export function localeStaticPaths(): { params: { lang: Locale } }[] {
  return locales.map((locale) => ({ params: { lang: locale } }));
}
