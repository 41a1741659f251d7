import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNotices, getRounds } from '../../data/collections';
import { useTranslations } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { lastDayToObject } from '../../lib/deadlineDisplay';
import { formatDate } from '../../lib/formatDate';
import { localizedPath } from '../../lib/paths';
import { localeStaticPaths } from '../../lib/staticPaths';

export const getStaticPaths = localeStaticPaths;

/** The feed of one locale: every notice, and every change to a round's status. */
export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as { locale: Locale };
  const t = useTranslations(locale);
  const absolute = (path: string) => new URL(path, site).href;
  const home = absolute(localizedPath(locale));
  const notices = (await getNotices(locale)).map((notice) => ({
    title: notice.data.title,
    description: notice.data.summary,
    pubDate: new Date(`${notice.data.published}T00:00:00Z`),
    link: absolute(localizedPath(locale, `/notices/${notice.slug}/`)),
    categories: [t('round.name', { year: notice.data.round })],
  }));
  const updates = (await getRounds()).flatMap((round) => {
    const year = round.id;
    const items = [
      {
        title: t('feed.roundAnnounced', { year, date: formatDate(locale, lastDayToObject(round)) }),
        pubDate: new Date(`${round.announced}T00:00:00Z`),
        link: `${home}#round-${year}-announced`,
      },
    ];
    if (round.pausedOn)
      items.push({
        title: t('feed.roundPaused', { year }),
        pubDate: new Date(`${round.pausedOn}T00:00:00Z`),
        link: `${home}#round-${year}-paused`,
      });
    if (round.trainingStart)
      items.push({
        title: t('feed.roundStarted', { year }),
        pubDate: new Date(`${round.trainingStart}T00:00:00Z`),
        link: `${home}#round-${year}-started`,
      });
    return items;
  });
  return rss({
    title: t('feed.title', { site: t('site.name') }),
    description: t('feed.description'),
    site: home,
    items: [...notices, ...updates].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    customData: `<language>${locale}</language>`,
  });
};
