import { createEvent, type EventAttributes } from 'ics';
import { DAY, HOUR } from './deadlineState';

export interface DeadlineEventInput {
  roundId: string;
  /** The round's revision: raised when a date changes, so calendars that imported the event update it. */
  revision: number;
  /** The deadline instant, ms since epoch. */
  deadlineMs: number;
  title: string;
  description: string;
  /** The page the event links back to. */
  url: string;
  alarmText: string;
  /** Language tag written into the file, e.g. "de". */
  language: string;
  /** When the file was written (DTSTAMP), ms since epoch: the build time, so builds are repeatable. */
  stampMs: number;
}

/** The event's stable identity: one per round and language. */
function deadlineEventUid(roundId: string, language: string): string {
  return `deadline-${roundId}-${language}@object-to-meta-ai`;
}

/** How long before the deadline the calendar reminds the reader. */
export const REMINDER_DAYS_BEFORE = 3;

/**
 * An iCalendar (.ics) file with a one-hour event that ends at the deadline and a reminder three
 * days before. Times are UTC, so every calendar app shows them in its own zone. The UID stays the
 * same for a round and language across builds, and SEQUENCE is the round's revision: a calendar
 * that imported the file replaces the event when a date changes, rather than adding a second one.
 */
export function deadlineCalendarFile(input: DeadlineEventInput): string {
  // `timestamp` (DTSTAMP) is supported by ics but missing from its type declarations.
  const attributes: EventAttributes & { timestamp: number } = {
    uid: deadlineEventUid(input.roundId, input.language),
    sequence: input.revision - 1,
    method: 'PUBLISH',
    productId: 'object-to-meta-ai/ics',
    start: input.deadlineMs - HOUR,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.deadlineMs,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: input.title,
    description: input.description,
    url: input.url,
    calName: input.title,
    timestamp: input.stampMs,
    alarms: [
      {
        action: 'display',
        description: input.alarmText,
        trigger: { hours: (REMINDER_DAYS_BEFORE * DAY) / HOUR, before: true },
      },
    ],
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw new Error(`Could not write the calendar file for round ${input.roundId}: ${error}`);
  return value;
}
