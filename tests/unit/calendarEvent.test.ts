import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { deadlineCalendarFile, REMINDER_DAYS_BEFORE } from '../../src/lib/calendarEvent';
import { fixturesDir, realRounds, roundSchema, yamlEntries } from './content';

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
  const calendar = new ICAL.Component(ICAL.parse(file));
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
    const [fixture] = yamlEntries(join(fixturesDir, 'rounds', 'revised.yaml')).map((entry) => roundSchema.parse(entry));
    const real = realRounds().find((round) => round.id === fixture!.id)!;
    expect(real.revision).toBe(1);
    expect(fixture!.revision).toBeGreaterThan(real.revision);
    const fileFor = (round: typeof real) =>
      deadlineCalendarFile({
        ...input,
        roundId: round.id,
        revision: round.revision,
        deadlineMs: round.deadline.epochMs,
      });
    const eventOf = (text: string) => new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    const revised = eventOf(fileFor(fixture!));
    expect(eventOf(fileFor(real)).getFirstPropertyValue('uid')).toBe(revised.getFirstPropertyValue('uid'));
    expect(revised.getFirstPropertyValue('uid')).toBe(event.getFirstPropertyValue('uid'));
    expect(event.getFirstPropertyValue('uid')).toBe('deadline-2025-de@object-to-meta-ai');
    expect(Number(event.getFirstPropertyValue('sequence'))).toBe(0);
    expect(Number(revised.getFirstPropertyValue('sequence'))).toBe(1);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });
});
