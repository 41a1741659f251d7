import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

const IANA_NAME = /^(?:UTC|[A-Za-z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+)+)$/;

/** True when `zone` is an IANA time-zone name (such as `Europe/Berlin`) that this runtime knows. */
export function isIanaTimeZone(zone: string): boolean {
  // Offsets such as "+02:00" are accepted by Intl but are not zones: they ignore daylight saving.
  if (!IANA_NAME.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/**
 * Converts a wall-clock date-time ("2025-05-27T00:00") in an IANA zone to the instant it names.
 * Throws for a malformed value, an unknown zone, or a time that does not exist in that zone
 * (skipped by a daylight-saving change).
 */
export function wallClockToInstant(wallClock: string, zone: string): Date {
  if (!WALL_CLOCK.test(wallClock)) {
    throw new RangeError(`"${wallClock}" is not a wall-clock date-time like 2025-05-27T00:00`);
  }
  if (!isIanaTimeZone(zone)) {
    throw new RangeError(`"${zone}" is not an IANA time zone such as Europe/Berlin`);
  }
  const instant = fromZonedTime(wallClock, zone);
  const withSeconds = wallClock.length === 16 ? `${wallClock}:00` : wallClock;
  if (formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm:ss") !== withSeconds) {
    throw new RangeError(`${wallClock} does not exist in ${zone} (the clocks skip it when daylight saving starts)`);
  }
  return instant;
}

/** ISO 8601 with the zone's offset at that instant, e.g. "2025-05-27T00:00:00+02:00". */
export function toIsoWithOffset(instant: Date, zone: string): string {
  return formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm:ssXXX");
}
