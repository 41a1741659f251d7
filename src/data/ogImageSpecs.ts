/*
 * The Open Graph image of each page kind: its name in /og/{lang}/{name}.png, the page's title, and
 * what a friend can still do now, with the deadline's status second. Pages without an image of
 * their own use the home page's.
 */
import { afterObjecting, objectionGuides, useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { withBase } from '../lib/paths';
import { actionHeadline, roundStatusLine } from '../lib/roundWording';
import { getCurrentRound, getNotices } from './collections';

export interface OgImageSpec {
  name: string;
  /** The page's title, shown small above the headline. */
  title: string;
  /** What a friend can still do, the image's big line. */
  headline: string;
  /** The deadline's status, second. */
  status: string;
}

/** Each image of a locale by name, with the title of its page. */
async function imageTitles(locale: Locale): Promise<Map<string, string>> {
  const t = useTranslations(locale);
  const notices = await getNotices(locale);
  return new Map([
    ['home', t('home.title')],
    ['guide', objectionGuides[locale].title],
    ['after', afterObjecting[locale].title],
    ['complain', afterObjecting[locale].complain.title],
    ...notices.map((notice) => [`notice-${notice.slug}`, notice.data.title] as const),
  ]);
}

/** The names of a locale's images: the home page's, the guide's, the two pages after objecting and one per notice. */
export async function ogImageNames(locale: Locale): Promise<string[]> {
  return [...(await imageTitles(locale)).keys()];
}

/** One image of a locale as of `now`; a name that is no page's image fails the build. */
export async function ogImageSpec(locale: Locale, now: Date, name: string): Promise<OgImageSpec> {
  const title = (await imageTitles(locale)).get(name);
  if (title === undefined) throw new Error(`No Open Graph image "${name}" for ${locale}`);
  const t = useTranslations(locale);
  const current = await getCurrentRound();
  return {
    name,
    title,
    headline: actionHeadline(t, locale, current, now),
    status: roundStatusLine(t, locale, current, now),
  };
}

/** The site path of an image. */
export function ogImagePath(locale: Locale, name: string): string {
  return withBase(`/og/${locale}/${name}.png`);
}
