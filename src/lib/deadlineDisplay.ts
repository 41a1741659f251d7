import { MINUTE } from './deadlineState';
import { formatInTimeZone } from 'date-fns-tz';

/**
 * The instant to show a reader as "object by …". A deadline at midnight means "by the end of the
 * day before", so it is shown as 23:59 of that day rather than as 00:00 of a day nobody may use.
 */
export function lastMomentToObject(deadline: Date, zone: string): Date {
  const isMidnight = formatInTimeZone(deadline, zone, 'HH:mm:ss') === '00:00:00';
  return isMidnight ? new Date(deadline.getTime() - MINUTE) : deadline;
}

/** The calendar day ("2025-05-26") of the last moment to object, in the deadline's own zone. */
export function lastDayToObject(round: { deadline: { epochMs: number; zone: string } }): string {
  return formatInTimeZone(
    lastMomentToObject(new Date(round.deadline.epochMs), round.deadline.zone),
    round.deadline.zone,
    'yyyy-MM-dd',
  );
}
