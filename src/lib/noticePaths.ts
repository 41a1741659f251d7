import { isLocale, locales, type Locale } from '../i18n/locales';

/**
 * The id of a notice from its path under src/content/notices ("de/hamburg-2025.mdx" → "de/hamburg-2025").
 * Throws, naming the file, when the folder is not a locale of the site.
 */
export function noticeIdFromPath(entry: string): string {
  const [folder, ...rest] = entry.split('/');
  if (rest.length !== 1 || !isLocale(folder)) {
    throw new Error(
      `src/content/notices/${entry}: notices live in a locale folder (${locales.join(', ')}), as in en/my-notice.mdx; "${folder}" is not one`,
    );
  }
  return `${folder}/${rest[0]!.replace(/\.mdx$/, '')}`;
}

/** Splits a notice id into its locale and its slug (the same in every locale). */
export function splitNoticeId(id: string): { locale: Locale; slug: string } {
  const [locale, slug] = id.split('/');
  if (!isLocale(locale) || !slug) throw new Error(`"${id}" is not a notice id like en/hamburg-2025`);
  return { locale, slug };
}

/** The page of a notice within a locale, for localizedPath: "/notices/hamburg-2025/". */
export function noticePagePath(slug: string): string {
  return `/notices/${slug}/`;
}
