/*
 * The Open Graph image of each page kind: its name in /og/{lang}/{name}.png, the page's title, and
 * what a friend can still do now, with the deadline's status second. Pages without an image of
 * their own use the home page's.
 */
import { objectionGuides, useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { withBase } from '../lib/paths';
import { actionHeadline, roundStatusLine } from '../lib/roundWording';
import { buildTime } from '../build/siteMeta';
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

/** Every image of a locale. */
export async function ogImageSpecs(locale: Locale): Promise<OgImageSpec[]> {
  const t = useTranslations(locale);
  const current = await getCurrentRound();
  const now = {
    headline: actionHeadline(t, locale, current, buildTime),
    status: roundStatusLine(t, locale, current, buildTime),
  };
  const notices = await getNotices(locale);
  return [
    { name: 'home', title: t('home.title'), ...now },
    { name: 'guide', title: objectionGuides[locale].title, ...now },
    ...notices.map((notice) => ({ name: `notice-${notice.slug}`, title: notice.data.title, ...now })),
  ];
}

/** The site path of an image. */
export function ogImagePath(locale: Locale, name: string): string {
  return withBase(`/og/${locale}/${name}.png`);
}
