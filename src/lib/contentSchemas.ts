/*
 * Schemas of the content collections. They live here, free of Astro's virtual modules, so that
 * unit tests can prove each rejection with a broken fixture; src/content.config.ts uses them.
 */
import { z } from 'astro/zod';
import { isIanaTimeZone, toIsoWithOffset, wallClockToInstant } from './zonedTime';

/** Hosts an official objection-form link may point to. */
export const FORM_HOSTS = ['facebook.com', 'www.facebook.com', 'help.instagram.com'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD');

/** An absolute https:// URL. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an absolute https:// URL' });

/** Where a date comes from: a label for the reader, and a link when the source has one. */
const source = z.object({
  label: z.string().min(1),
  url: httpsUrl.optional(),
});

export const linkSchema = z.object({
  id: z.string().min(1),
  platform: z.enum(['facebook', 'instagram']),
  /** `form`: an official objection form; `share`: a share endpoint the share block adds a query to. */
  kind: z.enum(['form', 'share']).default('form'),
  url: httpsUrl.refine((value) => (FORM_HOSTS as readonly string[]).includes(new URL(value).hostname), {
    error: `must point to one of ${FORM_HOSTS.join(', ')}`,
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

export const roundSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits or dashes'),
    announced: isoDate,
    deadline: deadlineSchema,
    trainingStart: isoDate.optional(),
    status: z.enum(['upcoming', 'paused', 'passed']),
    pausedOn: isoDate.optional(),
    sources: z.object({
      announced: source,
      deadline: source,
      trainingStart: source.optional(),
      pausedOn: source.optional(),
    }),
  })
  .refine((round) => round.status !== 'paused' || round.pausedOn !== undefined, {
    path: ['pausedOn'],
    error: 'a paused round needs the date it was paused',
  });

export const noticeSchema = z.object({
  title: z.string().min(1),
  authority: z.string().min(1, 'names the authority that published the notice'),
  authorityUrl: httpsUrl,
  published: isoDate,
  /** Set when the source gives only a month (e.g. "June 2024"), so the page does not invent a day. */
  publishedPrecision: z.enum(['day', 'month']).default('day'),
  sourceUrl: httpsUrl,
  /** True when the link goes to the authority's home page because the notice has no URL of its own. */
  sourceIsHomePage: z.boolean().default(false),
  sourceLanguage: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as de'),
  round: z.string().min(1),
  summary: z.string().min(20),
});

export const timelineEventSchema = z
  .object({
    id: z.string().min(1),
    /** The day it happened; a deadline gives `round` instead and takes its date from rounds. */
    date: isoDate.optional(),
    round: z.string().optional(),
    /** The slug of our notice about it, when there is one. */
    notice: z.string().optional(),
    source,
  })
  .refine((event) => (event.date === undefined) !== (event.round === undefined), {
    path: ['date'],
    error: 'an event has either a date or the round whose deadline it is, not both',
  });

export type Round = z.output<typeof roundSchema>;
export type OfficialLink = z.output<typeof linkSchema>;
export type Notice = z.output<typeof noticeSchema>;
