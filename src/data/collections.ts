/*
 * Reading the content collections: the one place pages and endpoints get rounds, form links and
 * notices from. Checks that span entries (which a schema cannot see) fail the build here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, type Locale } from '../i18n/locales';
import { timelineTexts, type TimelineEventId } from '../i18n/timeline';
import { lastDayToObject } from '../lib/deadlineDisplay';
import { splitNoticeId } from '../lib/noticePaths';
import { currentRound, roundStatusProblem } from '../lib/rounds';
import { buildTime } from '../lib/siteMeta';

export type RoundEntry = CollectionEntry<'rounds'>['data'];
export type LinkEntry = CollectionEntry<'links'>['data'];

/** Every round, oldest deadline first. */
export async function getRounds(): Promise<RoundEntry[]> {
  const rounds = (await getCollection('rounds')).map((entry) => entry.data);
  for (const round of rounds) {
    const problem = roundStatusProblem(round, buildTime);
    if (problem) throw new Error(`src/content/rounds.yaml: ${problem}`);
  }
  return rounds.sort((a, b) => a.deadline.epochMs - b.deadline.epochMs);
}

/** The round the home page and the widget show by default. */
export async function getCurrentRound(): Promise<RoundEntry> {
  return currentRound(await getRounds());
}

export async function getRound(id: string): Promise<RoundEntry> {
  const round = (await getRounds()).find((candidate) => candidate.id === id);
  if (!round) throw new Error(`No round "${id}" in src/content/rounds.yaml`);
  return round;
}

/** The official objection form of a platform. */
export async function getFormLink(platform: LinkEntry['platform']): Promise<LinkEntry> {
  return getLink(platform, 'form');
}

/** A link of links.yaml by platform and kind (an objection form, or a share endpoint). */
export async function getLink(platform: LinkEntry['platform'], kind: LinkEntry['kind']): Promise<LinkEntry> {
  const link = (await getCollection('links')).find(
    (entry) => entry.data.platform === platform && entry.data.kind === kind,
  );
  if (!link) throw new Error(`src/content/links.yaml has no ${kind} link for ${platform}`);
  return link.data;
}

export type NoticeEntry = CollectionEntry<'notices'> & {
  slug: string;
  /** The locale of the page the notice is shown on. */
  locale: Locale;
  /** The language of its text: the page's, or English while the notice is not translated yet. */
  contentLocale: Locale;
  fallback: boolean;
};

/**
 * The notices shown in one locale, newest first: every English notice, in the locale's own
 * translation where there is one and in English otherwise (marked as a fallback).
 */
export async function getNotices(locale: Locale): Promise<NoticeEntry[]> {
  const entries = (await getCollection('notices')).map((entry) => ({ ...entry, ...splitNoticeId(entry.id) }));
  const english = entries.filter((entry) => entry.locale === defaultLocale);
  for (const entry of entries) {
    if (!english.some((original) => original.slug === entry.slug)) {
      throw new Error(
        `src/content/notices/${entry.id}.mdx has no English original at src/content/notices/en/${entry.slug}.mdx`,
      );
    }
  }
  return english
    .map((original) => {
      const own = entries.find((entry) => entry.locale === locale && entry.slug === original.slug);
      return own
        ? { ...own, contentLocale: locale, fallback: false }
        : { ...original, locale, contentLocale: defaultLocale, fallback: true };
    })
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.slug.localeCompare(b.slug));
}

export type TimelineEntry = Omit<CollectionEntry<'timeline'>['data'], 'id'> & {
  id: TimelineEventId;
  /** The calendar day, in the round's zone for a deadline. */
  day: string;
  /** The round this event is the deadline of, if it is one. */
  deadlineOf?: RoundEntry;
};

/** Every timeline event in date order; a deadline takes its day from its round (the last day to object). */
export async function getTimeline(): Promise<TimelineEntry[]> {
  const rounds = await getRounds();
  const events = (await getCollection('timeline')).map(({ data }) => {
    if (!(data.id in timelineTexts.en))
      throw new Error(`src/content/timeline.yaml: event "${data.id}" has no sentence in src/i18n/timeline/en.ts`);
    const id = data.id as TimelineEventId;
    if (data.date) return { ...data, id, day: data.date };
    const round = rounds.find((candidate) => candidate.id === data.round);
    if (!round)
      throw new Error(
        `src/content/timeline.yaml: event "${data.id}" names round "${data.round}", which rounds.yaml does not have`,
      );
    return { ...data, id, day: lastDayToObject(round), deadlineOf: round };
  });
  return events.sort((a, b) => a.day.localeCompare(b.day));
}
