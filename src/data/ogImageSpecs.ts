/*
 * The Open Graph image of each page kind: its name in /og/{lang}/{name}.png, its title and the
 * status line of its round. Pages without an image of their own use the home page's.
 */
import { useTranslations } from '../i18n';
import { objectionGuides } from '../i18n/objection-guide';
import type { Locale } from '../i18n/locales';
import { withBase } from '../lib/paths';
import { roundStatusLine } from '../lib/roundWording';
import { buildTime } from '../lib/siteMeta';
import { getCurrentRound, getNotices } from './collections';

export interface OgImageSpec {
  name: string;
  title: string;
  status: string;
}

/** Every image of a locale. */
export async function ogImageSpecs(locale: Locale): Promise<OgImageSpec[]> {
  const t = useTranslations(locale);
  const current = await getCurrentRound();
  const currentStatus = roundStatusLine(t, locale, current, buildTime);
  const notices = await getNotices(locale);
  return [
    { name: 'home', title: t('home.title'), status: currentStatus },
    { name: 'guide', title: objectionGuides[locale].title, status: currentStatus },
    ...(await Promise.all(
      notices.map(async (notice) => ({
        name: `notice-${notice.slug}`,
        title: notice.data.title,
        status: `${t('round.name', { year: notice.data.round.id })} · ${roundStatusLine(t, locale, notice.data.round, buildTime)}`,
      })),
    )),
  ];
}

/** The site path of an image. */
export function ogImagePath(locale: Locale, name: string): string {
  return withBase(`/og/${locale}/${name}.png`);
}
