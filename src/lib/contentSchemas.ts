/*
 * Schemas of the content collections. They live here, free of Astro's virtual modules, so that
 * unit tests can prove each rejection with a broken fixture; src/content.config.ts builds them with
 * Astro's reference(), the tests with a stand-in.
 */
import { z } from 'astro/zod';
import { OFFICIAL_LINK_HOSTS } from './metaHosts';
import { EEA_COUNTRIES } from './authorities';
import { ROUND_ID } from './widgetParams';
import { isIanaTimeZone, toIsoWithOffset, wallClockToInstant } from './zonedTime';

const isoDate = z.iso.date({ error: 'must be a date that exists, written as YYYY-MM-DD' });

/** A day ("2025-04-15"), or only a month ("2025-04") when the source gives no day. */
const partialDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be written as YYYY-MM-DD, or YYYY-MM when the source gives only the month')
  .refine((value) => value.length === 7 || isoDate.safeParse(value).success, { error: 'is not a date that exists' });

/** An absolute https:// URL. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an absolute https:// URL' });

/** A reference to an entry of another collection: Astro's reference() in the build. */
export type ReferenceTo = <C extends 'sources' | 'rounds'>(collection: C) => z.ZodType<{ id: string; collection: C }>;

/** A stand-in for Astro's reference() where Astro is not running (unit tests): it only reads the id. */
export const referenceById: ReferenceTo = <C extends 'sources' | 'rounds'>(collection: C) =>
  z.union([z.string(), z.number().transform(String)]).transform((id) => ({ id, collection }));

/**
 * A reference() that also fails the entry's own schema when the named entry does not exist, so the
 * build stops with the file and field named (Astro itself only logs such a reference).
 */
export function existingReference(
  reference: ReferenceTo,
  idsIn: (collection: 'sources' | 'rounds') => ReadonlySet<string>,
): ReferenceTo {
  return <C extends 'sources' | 'rounds'>(collection: C) =>
    reference(collection).refine((value) => idsIn(collection).has(value.id), {
      error: (issue) =>
        `names "${(issue.input as { id: string }).id}", which src/content/${collection}.yaml does not have`,
    });
}

/** One reference or several, always read as a list. */
const oneOrMore = <C extends 'sources' | 'rounds'>(reference: z.ZodType<{ id: string; collection: C }>) =>
  z.union([reference, z.array(reference).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]));

/** advice: a consumer organisation's guide; law: the text of a law; list: a register kept by an official body. */
const SOURCE_KINDS = [
  'notice',
  'statement',
  'judgment',
  'letter',
  'complaint',
  'press',
  'advice',
  'law',
  'list',
] as const;
export const CERTAINTIES = ['confirmed', 'secondary', 'unverified'] as const;

/** An entry of the source register (src/content/sources.yaml). */
export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits or dashes'),
    publisher: z.string().min(1).optional(),
    kind: z.enum(SOURCE_KINDS),
    date: partialDate.optional(),
    url: httpsUrl.optional(),
    urlIsHomePage: z.boolean().default(false),
    language: z.string().regex(/^[a-z]{2}$/, 'must be a language code such as de'),
    certainty: z.enum(CERTAINTIES),
    /** The day the site's text was last compared with this source: a record of a check, not of an edit. */
    checked: isoDate,
    /** How the site reads the source where the source itself is unclear (a date format, a word). */
    note: z.string().min(10).optional(),
    facts: z.array(z.string().min(10)).min(1, 'says which facts of the site rest on this source'),
  })
  .refine((entry) => entry.publisher !== undefined || entry.kind === 'press', {
    path: ['publisher'],
    error: 'only unnamed press reports may leave out the publisher',
  })
  .refine((entry) => !entry.urlIsHomePage || entry.url !== undefined, {
    path: ['url'],
    error: 'urlIsHomePage needs the home page url',
  });

/**
 * The day the site's content was last checked against its sources: the oldest `checked` date of
 * the register, since the site is only as current as its least recently compared source.
 */
export function contentCheckedOn(sources: readonly { checked: string }[]): string {
  if (sources.length === 0) throw new Error('src/content/sources.yaml has no sources');
  return sources.map((source) => source.checked).reduce((oldest, day) => (day < oldest ? day : oldest));
}

export const linkSchema = z.object({
  id: z.string().min(1),
  platform: z.enum(['facebook', 'instagram']),
  /** `form`: an official objection form; `share`: a share endpoint the share block adds a query to. */
  kind: z.enum(['form', 'share']).default('form'),
  url: httpsUrl.refine((value) => (OFFICIAL_LINK_HOSTS as readonly string[]).includes(new URL(value).hostname), {
    error: `must point to one of Meta's official hosts (${OFFICIAL_LINK_HOSTS.join(', ')})`,
  }),
});

const deadlineSchema = z
  .object({
    wallClock: z.string(),
    zone: z.string({ error: 'needs an IANA time zone such as Europe/Berlin' }).refine(isIanaTimeZone, {
      error: 'is not an IANA time zone that exists (such as Europe/Berlin)',
    }),
  })
  .transform((deadline, ctx) => {
    try {
      const instant = wallClockToInstant(deadline.wallClock, deadline.zone);
      return { ...deadline, iso: toIsoWithOffset(instant, deadline.zone), epochMs: instant.getTime() };
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['wallClock'], message: (error as Error).message });
      return z.NEVER;
    }
  });

export function roundSchema(reference: ReferenceTo) {
  const sources = oneOrMore(reference('sources'));
  return z
    .object({
      id: z
        .string()
        .regex(ROUND_ID, 'must be up to 32 lower-case letters, digits or dashes (it goes into widget URLs)'),
      /** Raised by one whenever a date of the round changes (calendar files carry it as SEQUENCE). */
      revision: z.number().int().min(1),
      announced: isoDate,
      deadline: deadlineSchema,
      /** The day a new privacy policy was to apply, when the authorities' deadline was named after it. */
      policyDate: isoDate.optional(),
      trainingStart: isoDate.optional(),
      status: z.enum(['upcoming', 'paused', 'passed']),
      pausedOn: isoDate.optional(),
      sources: z.object({
        announced: sources,
        deadline: sources,
        policyDate: sources.optional(),
        trainingStart: sources.optional(),
        pausedOn: sources.optional(),
      }),
    })
    .refine((round) => round.status !== 'paused' || round.pausedOn !== undefined, {
      path: ['pausedOn'],
      error: 'a paused round needs the date it was paused',
    })
    .refine(
      (round) =>
        (['policyDate', 'trainingStart', 'pausedOn'] as const).every((field) => !round[field] || round.sources[field]),
      {
        path: ['sources'],
        error: 'every date of a round needs its source',
      },
    );
}

export function noticeSchema(reference: ReferenceTo) {
  return z.object({
    title: z.string().min(1),
    summary: z.string().min(20),
    /** The notice itself in the source register: publisher, date, address and language. */
    source: reference('sources'),
    round: reference('rounds'),
  });
}

export function timelineEventSchema(reference: ReferenceTo) {
  return z
    .object({
      id: z.string().min(1),
      /** The day it happened; a deadline gives `round` instead and takes its date from rounds. */
      date: isoDate.optional(),
      round: reference('rounds').optional(),
      /** The slug of our notice about it, when there is one. */
      notice: z.string().optional(),
      sources: z.array(reference('sources')).min(1, 'every event needs at least one source'),
    })
    .refine((event) => (event.date === undefined) !== (event.round === undefined), {
      path: ['date'],
      error: 'an event has either a date or the round whose deadline it is, not both',
    });
}

/** An entry of the register of supervisory authorities (src/content/authorities.yaml). */
export const authoritySchema = z
  .object({
    id: z.string().regex(/^[a-z]{2}(-[a-z]{2})?$/, 'must be a country code ("at") or "de-" and a Land code ("de-hh")'),
    country: z.enum(EEA_COUNTRIES, { error: 'must be the code of an EU/EEA country, such as AT' }),
    role: z.enum(['national', 'federal', 'land']).default('national'),
    land: z.string().min(2).optional(),
    name: z.string().min(3),
    nameLanguage: z.string().regex(/^[a-z]{2}$/, 'must be a language code such as de'),
    page: z
      .object({
        url: httpsUrl,
        kind: z.enum(['complaint', 'contact', 'home']),
        seenOn: z.url().optional(),
      })
      .optional(),
    checked: isoDate,
  })
  .refine((entry) => (entry.role === 'land') === (entry.land !== undefined && entry.country === 'DE'), {
    path: ['land'],
    error: 'a German Land authority (role: land) names its Land, and only it does',
  });
