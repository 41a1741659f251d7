import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNotices, getRounds, type RoundEntry } from '../../data/collections';
import { afterObjecting } from '../../i18n';
import { AFTER_PAGES_PUBLISHED } from '../../lib/afterObjecting';
import { lastDayToObject } from '../../lib/deadlineDisplay';
import { formatDate } from '../../lib/formatDate';
import { absoluteUrl, localizedPath } from '../../lib/paths';
import { roundFacts, type RoundFactField } from '../../lib/rounds';
import { localeStaticPaths } from '../../lib/staticPaths';
import { noticePagePath } from '../../lib/noticePaths';

const isFullDate = (date: string | undefined) => date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);

export const getStaticPaths = localeStaticPaths;

/** The feed of one locale: every notice, and every change to a round's status. */
export const GET: APIRoute = async ({ locals, site }) => {
  const { locale, t } = locals;
  const home = absoluteUrl(localizedPath(locale), site);
  const notices = (await getNotices(locale)).map((notice) => ({
    title: notice.data.title,
    description: notice.data.summary,
    // A notice known only to the month gets no pubDate (it is optional): no day is made up.
    day: notice.data.source.date ?? '',
    pubDate: isFullDate(notice.data.source.date) ? new Date(`${notice.data.source.date}T00:00:00Z`) : undefined,
    link: absoluteUrl(localizedPath(locale, noticePagePath(notice.slug)), site),
    categories: [t('round.name', { year: notice.data.round.id })],
  }));
  // A round's announcement, pause and training start, each linking to its line in the timeline's overview of rounds.
  const timeline = absoluteUrl(localizedPath(locale, '/timeline/'), site);
  const titles: Partial<Record<RoundFactField, (round: RoundEntry) => string>> = {
    announced: (round) =>
      t('feed.roundAnnounced', { year: round.id, date: formatDate(locale, lastDayToObject(round)) }),
    pausedOn: (round) => t('feed.roundPaused', { year: round.id }),
    trainingStart: (round) => t('feed.roundStarted', { year: round.id }),
  };
  const updates = (await getRounds()).flatMap((round) =>
    roundFacts(round)
      .filter(({ field }) => titles[field])
      .map(({ field, day, id }) => ({
        title: titles[field]!(round),
        day,
        pubDate: new Date(`${day}T00:00:00Z`),
        link: `${timeline}#${id}`,
      })),
  );
  // The pages on what to do after objecting, from the day they were published.
  const pages = [
    { title: afterObjecting[locale].title, description: afterObjecting[locale].description, path: '/after/' },
    {
      title: afterObjecting[locale].complain.title,
      description: afterObjecting[locale].complain.description,
      path: '/complain/',
    },
  ].map(({ path, ...item }) => ({
    ...item,
    day: AFTER_PAGES_PUBLISHED,
    pubDate: new Date(`${AFTER_PAGES_PUBLISHED}T00:00:00Z`),
    link: absoluteUrl(localizedPath(locale, path), site),
  }));
  return rss({
    title: t('feed.title', { site: t('site.name') }),
    description: t('feed.description'),
    site: home,
    items: [...notices, ...updates, ...pages]
      .sort((a, b) => b.day.localeCompare(a.day))
      .map(({ day: _day, ...item }) => item),
    customData: `<language>${locale}</language>`,
  });
};
