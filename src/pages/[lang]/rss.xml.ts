import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getNotices, getRounds } from '../../data/collections';
import { useTranslations } from '../../i18n';
import { lastDayToObject } from '../../lib/deadlineDisplay';
import { formatDate } from '../../lib/formatDate';
import { localizedPath } from '../../lib/paths';
import { localeStaticPaths } from '../../lib/staticPaths';

const isFullDate = (date: string | undefined) => date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);

export const getStaticPaths = localeStaticPaths;

/** The feed of one locale: every notice, and every change to a round's status. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) => {
  const { locale } = props;
  const t = useTranslations(locale);
  const absolute = (path: string) => new URL(path, site).href;
  const home = absolute(localizedPath(locale));
  const notices = (await getNotices(locale)).map((notice) => ({
    title: notice.data.title,
    description: notice.data.summary,
    // A notice known only to the month gets no pubDate (it is optional): no day is made up.
    day: notice.data.source.date ?? '',
    pubDate: isFullDate(notice.data.source.date) ? new Date(`${notice.data.source.date}T00:00:00Z`) : undefined,
    link: absolute(localizedPath(locale, `/notices/${notice.slug}/`)),
    categories: [t('round.name', { year: notice.data.round.id })],
  }));
  const updates = (await getRounds()).flatMap((round) => {
    const year = round.id;
    const items = [
      {
        title: t('feed.roundAnnounced', { year, date: formatDate(locale, lastDayToObject(round)) }),
        day: round.announced,
        pubDate: new Date(`${round.announced}T00:00:00Z`),
        link: `${home}#round-${year}-announced`,
      },
    ];
    if (round.pausedOn)
      items.push({
        title: t('feed.roundPaused', { year }),
        day: round.pausedOn,
        pubDate: new Date(`${round.pausedOn}T00:00:00Z`),
        link: `${home}#round-${year}-paused`,
      });
    if (round.trainingStart)
      items.push({
        title: t('feed.roundStarted', { year }),
        day: round.trainingStart,
        pubDate: new Date(`${round.trainingStart}T00:00:00Z`),
        link: `${home}#round-${year}-started`,
      });
    return items;
  });
  return rss({
    title: t('feed.title', { site: t('site.name') }),
    description: t('feed.description'),
    site: home,
    items: [...notices, ...updates].sort((a, b) => b.day.localeCompare(a.day)).map(({ day: _day, ...item }) => item),
    customData: `<language>${locale}</language>`,
  });
};
