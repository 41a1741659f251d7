import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { deadlineCalendarFile, REMINDER_DAYS_BEFORE } from '../../src/lib/calendarEvent';
import { fixturesDir, roundSchema, yamlEntries } from './content';

const deadlineMs = Date.UTC(2025, 4, 26, 22, 0, 0);
const input = {
  roundId: '2025',
  revision: 1,
  deadlineMs,
  title: 'Letzter Tag für den Widerspruch',
  description: 'Widersprechen Sie, „bevor“ die Frist endet; Anleitung: https://example.org/de/',
  url: 'https://example.org/de/',
  alarmText: 'Erinnerung: Widerspruch einlegen',
  language: 'de',
  stampMs: Date.UTC(2026, 10, 22),
};
const file = deadlineCalendarFile(input);

describe('the deadline calendar file', () => {
  const calendar = ICAL.Component.fromString(file);
  const event = calendar.getFirstSubcomponent('vevent')!;

  it('parses as iCalendar with one event that ends at the deadline', () => {
    const vevent = new ICAL.Event(event);
    expect(vevent.endDate.toJSDate().getTime()).toBe(deadlineMs);
    expect(vevent.startDate.toJSDate().getTime()).toBe(deadlineMs - 60 * 60 * 1000);
    expect(vevent.summary).toBe('Letzter Tag für den Widerspruch');
    expect(vevent.description).toContain('„bevor“');
  });

  it('reminds the reader a few days before', () => {
    const alarm = event.getFirstSubcomponent('valarm')!;
    const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.isNegative).toBe(true);
    expect(trigger.toSeconds()).toBe(-REMINDER_DAYS_BEFORE * 24 * 60 * 60);
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it('is the same file for the same build', () => {
    expect(event.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-22T00:00:00Z');
    expect(event.getFirstPropertyValue('uid')).toBe('deadline-2025-de@object-to-meta-ai');
  });

  it('keeps its UID when the round is revised, and raises SEQUENCE so calendars update the event', () => {
    // A fixture round whose deadline moved by a day (revision 2), and the same round as first published.
    const [entry] = yamlEntries(join(fixturesDir, 'rounds', 'revised.yaml')) as [
      { deadline: Record<string, unknown> } & Record<string, unknown>,
    ];
    const revised = roundSchema.parse(entry);
    const original = roundSchema.parse({
      ...entry,
      revision: 1,
      deadline: { ...entry.deadline, wallClock: '2025-05-27T00:00' },
    });
    expect(revised.revision).toBeGreaterThan(original.revision);
    expect(revised.deadline.epochMs).not.toBe(original.deadline.epochMs);
    const eventFor = (round: typeof revised) =>
      ICAL.Component.fromString(
        deadlineCalendarFile({
          ...input,
          roundId: round.id,
          revision: round.revision,
          deadlineMs: round.deadline.epochMs,
        }),
      ).getFirstSubcomponent('vevent')!;
    const before = eventFor(original);
    const after = eventFor(revised);
    expect(after.getFirstPropertyValue('uid')).toBe(before.getFirstPropertyValue('uid'));
    expect(Number(before.getFirstPropertyValue('sequence'))).toBe(0);
    expect(Number(after.getFirstPropertyValue('sequence'))).toBeGreaterThan(
      Number(before.getFirstPropertyValue('sequence')),
    );
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });
});
