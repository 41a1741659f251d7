/*
 * Reading the content collections: the one place pages and endpoints get rounds, form links,
 * sources, notices and the timeline from. References between collections (a notice's round, an
 * event's sources) are declared with Astro's reference() and resolved here, so pages receive whole
 * entries (a reference to an entry that does not exist fails the referring entry's schema).
 */
import { registerGaps } from '../lib/authorities';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { timelineTexts, type TimelineEventId } from '../i18n';
import { contentCheckedOn } from '../lib/contentSchemas';
import { lastDayToObject } from '../lib/deadlineDisplay';
import { splitNoticeId } from '../lib/noticePaths';
import { currentRound, roundStatusProblem } from '../lib/rounds';
import { buildTime } from '../build/siteMeta';

export type SourceEntry = CollectionEntry<'sources'>['data'];
export type LinkEntry = CollectionEntry<'links'>['data'];
type RoundData = CollectionEntry<'rounds'>['data'];
type Reference<C extends 'sources' | 'rounds'> = { id: string; collection: C };

/** A round with its sources read from the register. */
export type RoundEntry = Omit<RoundData, 'sources'> & {
  sources: { [Field in keyof RoundData['sources']]: SourceEntry[] | Extract<RoundData['sources'][Field], undefined> };
};

/** The register entry a reference names (its schema has checked that it exists). */
async function resolveSource(reference: Reference<'sources'>): Promise<SourceEntry> {
  return (await getEntry(reference)).data;
}

const resolveSources = (references: Reference<'sources'>[]) => Promise.all(references.map(resolveSource));

/** Every entry of the source register. */
export async function getSources(): Promise<SourceEntry[]> {
  return (await getCollection('sources')).map((entry) => entry.data);
}

export type AuthorityEntry = CollectionEntry<'authorities'>['data'];

/** The register of supervisory authorities, whole: a country or Land without its entry stops the build. */
export async function getAuthorities(): Promise<AuthorityEntry[]> {
  const entries = (await getCollection('authorities')).map((entry) => entry.data);
  const gaps = registerGaps(entries);
  if (gaps.length > 0) throw new Error(`src/content/authorities.yaml: ${gaps.join('; ')}`);
  return entries;
}

/**
 * The register's entries for these ids, in the order given; an id the register lacks stops the build,
 * naming the module that cites it (a page would otherwise quietly drop a source).
 */
export function sourcesById(register: readonly SourceEntry[], ids: readonly string[], citedIn: string): SourceEntry[] {
  return ids.map((id) => {
    const source = register.find((entry) => entry.id === id);
    if (!source) throw new Error(`${citedIn} cites "${id}", which src/content/sources.yaml does not have`);
    return source;
  });
}

/** The day the site's content was last checked: the oldest `checked` date of the source register. */
export async function getContentCheckedOn(): Promise<string> {
  return contentCheckedOn(await getSources());
}

let builtRounds: Promise<RoundEntry[]> | undefined;

/**
 * Every round, oldest deadline first. A build reads and resolves them once (every notice and
 * event refers to a round); the dev server reads them afresh, so edits show at once.
 */
export function getRounds(): Promise<RoundEntry[]> {
  if (!import.meta.env.PROD) return loadRounds();
  return (builtRounds ??= loadRounds());
}

async function loadRounds(): Promise<RoundEntry[]> {
  const rounds = await Promise.all(
    (await getCollection('rounds')).map(async ({ data }) => {
      const problem = roundStatusProblem(data, buildTime);
      if (problem) throw new Error(`src/content/rounds.yaml: ${problem}`);
      const { announced, deadline, policyDate, trainingStart, pausedOn } = data.sources;
      const optional = (references?: Reference<'sources'>[]) => (references ? resolveSources(references) : undefined);
      const sources = {
        announced: await resolveSources(announced),
        deadline: await resolveSources(deadline),
        policyDate: await optional(policyDate),
        trainingStart: await optional(trainingStart),
        pausedOn: await optional(pausedOn),
      };
      return { ...data, sources };
    }),
  );
  return rounds.sort((a, b) => a.deadline.epochMs - b.deadline.epochMs);
}

/** The round the home page and the widget show by default. */
export async function getCurrentRound(): Promise<RoundEntry> {
  return currentRound(await getRounds());
}

/** The round a reference names (its schema has checked that it exists). */
async function resolveRound(reference: Reference<'rounds'>): Promise<RoundEntry> {
  return (await getRounds()).find((candidate) => candidate.id === reference.id)!;
}

/** The official objection form of each platform. */
export type FormLinks = Record<LinkEntry['platform'], LinkEntry>;

/** Meta's links that pages pass down: each platform's objection form, and Facebook's share endpoint. */
export async function getOfficialLinks(): Promise<{ forms: FormLinks; facebookShare: LinkEntry }> {
  return {
    forms: { facebook: await getLink('facebook', 'form'), instagram: await getLink('instagram', 'form') },
    facebookShare: await getLink('facebook', 'share'),
  };
}

/** A link of links.yaml by platform and kind (an objection form, or a share endpoint). */
async function getLink(platform: LinkEntry['platform'], kind: LinkEntry['kind']): Promise<LinkEntry> {
  const link = (await getCollection('links')).find(
    (entry) => entry.data.platform === platform && entry.data.kind === kind,
  );
  if (!link) throw new Error(`src/content/links.yaml has no ${kind} link for ${platform}`);
  return link.data;
}

type NoticeData = CollectionEntry<'notices'>['data'];

export interface NoticeEntry {
  /** The collection entry itself, for Astro's render(). */
  entry: CollectionEntry<'notices'>;
  /** Its frontmatter, with the source and the round read from their collections. */
  data: Omit<NoticeData, 'source' | 'round'> & { source: SourceEntry; round: RoundEntry };
  slug: string;
  /** The locale of the page the notice is shown on. */
  locale: Locale;
  /** The language of its text: the page's, or English while the notice is not translated yet. */
  contentLocale: Locale;
  fallback: boolean;
}

/** Every notice file as "locale/slug", for the translation status. */
export async function getNoticeIds(): Promise<string[]> {
  return (await getCollection('notices')).map((entry) => entry.id);
}

/**
 * The notices shown in one locale, newest first: every English notice, in the locale's own
 * translation where there is one and in English otherwise (marked as a fallback).
 */
export async function getNotices(locale: Locale): Promise<NoticeEntry[]> {
  const entries = await Promise.all(
    (await getCollection('notices')).map(async (entry) => {
      const data = {
        ...entry.data,
        source: await resolveSource(entry.data.source),
        round: await resolveRound(entry.data.round),
      };
      return { entry, data, ...splitNoticeId(entry.id) };
    }),
  );
  const english = entries.filter((entry) => entry.locale === defaultLocale);
  for (const entry of entries) {
    if (!english.some((original) => original.slug === entry.slug)) {
      throw new Error(
        `src/content/notices/${entry.entry.id}.mdx has no English original at src/content/notices/en/${entry.slug}.mdx`,
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
    .sort((a, b) => (b.data.source.date ?? '').localeCompare(a.data.source.date ?? '') || a.slug.localeCompare(b.slug));
}

/** Every notice in every locale (English text where a locale has no translation yet). */
export async function getAllNotices(): Promise<NoticeEntry[]> {
  return (await Promise.all(locales.map((locale) => getNotices(locale)))).flat();
}

type TimelineEntry = Omit<CollectionEntry<'timeline'>['data'], 'id' | 'round' | 'sources'> & {
  id: TimelineEventId;
  /** The calendar day, in the round's zone for a deadline. */
  day: string;
  sources: SourceEntry[];
  /** The round this event is the deadline of, if it is one. */
  deadlineOf?: RoundEntry;
};

/** Every timeline event in date order; a deadline takes its day from its round (the last day to object). */
export async function getTimeline(): Promise<TimelineEntry[]> {
  const english = await getNotices(defaultLocale);
  const events = await Promise.all(
    (await getCollection('timeline')).map(async ({ data }) => {
      const where = (field: string) => `src/content/timeline.yaml: event "${data.id}", ${field}`;
      if (!(data.id in timelineTexts.en)) {
        throw new Error(`${where('id')} has no sentence in src/i18n/timeline/en.json`);
      }
      if (data.notice && !english.some((notice) => notice.slug === data.notice)) {
        throw new Error(
          `${where('notice')} names notice "${data.notice}", which src/content/notices/en/ does not have`,
        );
      }
      const { round, sources, ...rest } = data;
      const event = { ...rest, id: data.id as TimelineEventId, sources: await resolveSources(sources) };
      if (!round) return { ...event, day: data.date! };
      const deadlineOf = await resolveRound(round);
      return { ...event, day: lastDayToObject(deadlineOf), deadlineOf };
    }),
  );
  return events.sort((a, b) => a.day.localeCompare(b.day));
}
