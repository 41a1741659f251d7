/*
 * Which pages exist in which language, and which show English for now. UI strings, the guide and
 * the timeline are complete in every locale (type checks enforce it); notices are translated file
 * by file, so they are what can fall back.
 */
import { defaultLocale, locales, type Locale } from '../i18n/locales';

export interface TranslationRow {
  locale: Locale;
  /** Per page, whether the locale has its own text. */
  pages: { page: string; translated: boolean }[];
}

/** The status table, from the notice files that exist (as "locale/slug" ids). */
export function translationStatus(noticeIds: readonly string[], fixedPages: readonly string[]): TranslationRow[] {
  const slugs = noticeIds
    .filter((id) => id.startsWith(`${defaultLocale}/`))
    .map((id) => id.slice(defaultLocale.length + 1))
    .sort();
  return locales.map((locale) => ({
    locale,
    pages: [
      ...fixedPages.map((page) => ({ page, translated: true })),
      ...slugs.map((slug) => ({ page: slug, translated: noticeIds.includes(`${locale}/${slug}`) })),
    ],
  }));
}
