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

/** The sentence that introduces a notice's publisher, by the publisher part of the notice's slug. */
const PUBLISHER_ABOUT = {
  hamburg: 'notice.about.hamburg',
  datatilsynet: 'notice.about.datatilsynet',
  klicksafe: 'notice.about.klicksafe',
} as const;

/** The translation key of that sentence for a notice ("datatilsynet-2025" → "notice.about.datatilsynet"). */
export function publisherAbout(slug: string): (typeof PUBLISHER_ABOUT)[keyof typeof PUBLISHER_ABOUT] {
  const publisher = slug.replace(/-\d{4}$/, '');
  if (!(publisher in PUBLISHER_ABOUT)) {
    throw new Error(
      `src/content/notices/en/${slug}.mdx: no sentence introduces its publisher "${publisher}"; add one to PUBLISHER_ABOUT in src/lib/noticePaths.ts and a notice.about.${publisher} text to the translations`,
    );
  }
  return PUBLISHER_ABOUT[publisher as keyof typeof PUBLISHER_ABOUT];
}
