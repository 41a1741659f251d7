/*
 * Durations in words in any locale, with Intl only (the browser script of the countdown uses it,
 * so no date library). Intl.DurationFormat where the runtime has it; otherwise unit-formatted
 * numbers joined as a list, which reads the same.
 */
import type { TimeParts } from './deadlineState';

export type Unit = keyof TimeParts;

const SINGULAR: Record<Unit, string> = { days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second' };

function unitFormat(locale: string, unit: Unit, display: 'long' | 'short' = 'long'): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: SINGULAR[unit], unitDisplay: display });
}

/**
 * The word for `unit` that goes with the number `count` in `locale`: "days", "Tag", "dager";
 * with `display: 'short'`, the locale's own abbreviation ("sec", "Sek.", "δευτ.") for narrow boxes.
 */
export function unitLabel(locale: string, unit: Unit, count: number, display: 'long' | 'short' = 'long'): string {
  return unitFormat(locale, unit, display)
    .formatToParts(count)
    .filter((part) => part.type === 'unit')
    .map((part) => part.value)
    .join('');
}

/** "3 days, 4 hours" in the reader's language; units that are zero are left out. */
export function formatDuration(locale: string, parts: Partial<TimeParts>): string {
  const DurationFormat = (Intl as { DurationFormat?: new (l: string, o: object) => { format(d: object): string } })
    .DurationFormat;
  if (DurationFormat) return new DurationFormat(locale, { style: 'long' }).format(parts);
  const words = (Object.keys(parts) as Unit[])
    .filter((unit) => parts[unit])
    .map((unit) => unitFormat(locale, unit).format(parts[unit]!));
  return new Intl.ListFormat(locale, { style: 'long', type: 'unit' }).format(words);
}

/**
 * The step a screen reader is told about: whole days, then whole hours in the last day, then
 * ten-minute steps in the last hour, so that announcements stay rare.
 */
export function announcementParts(parts: TimeParts): Partial<TimeParts> {
  if (parts.days > 0) return { days: parts.days };
  if (parts.hours > 0) return { hours: parts.hours };
  return { minutes: Math.max(1, Math.floor(parts.minutes / 10) * 10) };
}
