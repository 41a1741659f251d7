import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getRounds } from '../../../data/collections';
import { locales } from '../../../i18n/locales';
import { deadlineCalendarFile } from '../../../lib/calendarEvent';
import { absoluteUrl, localizedPath } from '../../../lib/paths';

// One file per locale and per round that was not paused: a paused round has no deadline to keep.
export const getStaticPaths = (async () => {
  const rounds = (await getRounds()).filter((round) => round.status !== 'paused');
  return locales.flatMap((locale) =>
    rounds.map((round) => ({ params: { lang: locale, round: round.id }, props: { round } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, locals, site }) => {
  const { round } = props;
  const { locale, t, now } = locals;
  const url = absoluteUrl(localizedPath(locale), site);
  const body = deadlineCalendarFile({
    roundId: round.id,
    revision: round.revision,
    deadlineMs: round.deadline.epochMs,
    title: t('calendar.summary'),
    description: t('calendar.description', { url }),
    url,
    alarmText: t('calendar.reminder'),
    language: locale,
    stampMs: now.getTime(),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
