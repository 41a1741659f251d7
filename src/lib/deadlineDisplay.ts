import { MINUTE } from './countdown';
import { formatInTimeZone } from 'date-fns-tz';

/**
 * The instant to show a reader as "object by …". A deadline at midnight means "by the end of the
 * day before", so it is shown as 23:59 of that day rather than as 00:00 of a day nobody may use.
 */
export function lastMomentToObject(deadline: Date, zone: string): Date {
  const isMidnight = formatInTimeZone(deadline, zone, 'HH:mm:ss') === '00:00:00';
  return isMidnight ? new Date(deadline.getTime() - MINUTE) : deadline;
}
