import { describe, expect, it } from 'vitest';
import { DAY, deadlineState, HOUR, SECOND, splitDuration, URGENT_WITHIN } from '../../src/lib/deadlineState';
import { lastMomentToObject } from '../../src/lib/deadlineDisplay';
import { currentRound, roundFacts, roundState, roundStatusProblem } from '../../src/lib/rounds';
import { toIsoWithOffset, wallClockToInstant } from '../../src/lib/zonedTime';

const berlin2025 = wallClockToInstant('2025-05-27T00:00', 'Europe/Berlin').getTime();

describe('deadlineState at the boundaries', () => {
  it('one second before the deadline is urgent, with one second left', () => {
    expect(deadlineState(berlin2025, false, berlin2025 - SECOND)).toEqual({
      state: 'urgent',
      parts: { days: 0, hours: 0, minutes: 0, seconds: 1 },
    });
  });

  it('the deadline itself and one second after are passed, counting up', () => {
    expect(deadlineState(berlin2025, false, berlin2025).state).toBe('passed');
    expect(deadlineState(berlin2025, false, berlin2025 + SECOND)).toEqual({
      state: 'passed',
      parts: { days: 0, hours: 0, minutes: 0, seconds: 1 },
    });
  });

  it('exactly 48 hours left is urgent; one second more is upcoming', () => {
    expect(deadlineState(berlin2025, false, berlin2025 - URGENT_WITHIN).state).toBe('urgent');
    expect(deadlineState(berlin2025, false, berlin2025 - URGENT_WITHIN - SECOND)).toEqual({
      state: 'upcoming',
      parts: { days: 2, hours: 0, minutes: 0, seconds: 1 },
    });
  });

  it('a paused round is paused before and after its deadline', () => {
    expect(deadlineState(berlin2025, true, berlin2025 - 10 * DAY).state).toBe('paused');
    expect(deadlineState(berlin2025, true, berlin2025 + 10 * DAY).state).toBe('paused');
  });

  it('splits durations into days, hours, minutes and seconds, rounding down', () => {
    expect(splitDuration(3 * DAY + 4 * HOUR + 5 * 60_000 + 6 * SECOND + 999)).toEqual({
      days: 3,
      hours: 4,
      minutes: 5,
      seconds: 6,
    });
    expect(splitDuration(-5)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
});

describe('deadlines in a zone, across daylight-saving changes', () => {
  it('the 2025 deadline is midnight Berlin summer time, 22:00 UTC the day before', () => {
    expect(new Date(berlin2025).toISOString()).toBe('2025-05-26T22:00:00.000Z');
    expect(toIsoWithOffset(new Date(berlin2025), 'Europe/Berlin')).toBe('2025-05-27T00:00:00+02:00');
  });

  it('a deadline just after the spring change uses the summer offset', () => {
    // Clocks in Berlin jumped from 02:00 to 03:00 on 30 March 2025.
    expect(wallClockToInstant('2025-03-30T03:00', 'Europe/Berlin').toISOString()).toBe('2025-03-30T01:00:00.000Z');
    expect(wallClockToInstant('2025-03-30T01:59', 'Europe/Berlin').toISOString()).toBe('2025-03-30T00:59:00.000Z');
  });

  it('rejects a wall-clock time that the spring change skips', () => {
    expect(() => wallClockToInstant('2025-03-30T02:30', 'Europe/Berlin')).toThrow(/does not exist/);
  });

  it('a countdown over the autumn change counts the extra hour', () => {
    // 26 October 2025: 03:00 summer time became 02:00 winter time, so that day had 25 hours.
    const deadline = wallClockToInstant('2025-10-27T00:00', 'Europe/Berlin').getTime();
    const now = wallClockToInstant('2025-10-26T00:00', 'Europe/Berlin').getTime();
    expect(deadlineState(deadline, false, now).parts).toEqual({ days: 1, hours: 1, minutes: 0, seconds: 0 });
  });

  it('a zone without daylight saving keeps one offset all year', () => {
    expect(toIsoWithOffset(wallClockToInstant('2025-01-15T00:00', 'Asia/Tokyo'), 'Asia/Tokyo')).toBe(
      '2025-01-15T00:00:00+09:00',
    );
    expect(toIsoWithOffset(wallClockToInstant('2025-07-15T00:00', 'Asia/Tokyo'), 'Asia/Tokyo')).toBe(
      '2025-07-15T00:00:00+09:00',
    );
    expect(wallClockToInstant('2025-07-15T00:00', 'Asia/Tokyo').toISOString()).toBe('2025-07-14T15:00:00.000Z');
  });

  it('shows a midnight deadline as 23:59 of the day before', () => {
    expect(lastMomentToObject(new Date(berlin2025), 'Europe/Berlin').toISOString()).toBe('2025-05-26T21:59:00.000Z');
    const afternoon = wallClockToInstant('2025-05-27T14:00', 'Europe/Berlin');
    expect(lastMomentToObject(afternoon, 'Europe/Berlin')).toEqual(afternoon);
  });
});

describe('clients far from Berlin', () => {
  // The state depends on the instant only; the reader's zone changes how the deadline is written.
  const inZone = (timeZone: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'long', timeStyle: 'short' }).format(
      lastMomentToObject(new Date(berlin2025), 'Europe/Berlin'),
    );

  it('in UTC+14 (Kiritimati) the last minute falls on 27 May, 11:59', () => {
    expect(inZone('Pacific/Kiritimati')).toBe('27 May 2025 at 11:59');
  });

  it('in UTC−11 (Pago Pago) it falls on 26 May, 10:59', () => {
    expect(inZone('Pacific/Pago_Pago')).toBe('26 May 2025 at 10:59');
  });

  it('the same instant gives the same state and figures wherever the reader is', () => {
    const now = Date.UTC(2025, 4, 25, 12, 0, 0);
    expect(deadlineState(berlin2025, false, now)).toEqual({
      state: 'urgent',
      parts: { days: 1, hours: 10, minutes: 0, seconds: 0 },
    });
  });
});

describe('rounds', () => {
  const rounds = [
    { id: '2024', status: 'paused' as const, deadline: { epochMs: Date.UTC(2024, 5, 25, 22) } },
    { id: '2025', status: 'passed' as const, deadline: { epochMs: berlin2025 } },
  ];

  it('the current round is the one with the latest deadline, whatever the order', () => {
    expect(currentRound(rounds).id).toBe('2025');
    expect(currentRound([...rounds].reverse()).id).toBe('2025');
    expect(() => currentRound([])).toThrow(/empty/);
  });

  it('a paused round stays paused; a round past its deadline is passed', () => {
    expect(roundState(rounds[0]!, new Date('2026-11-22'))).toBe('paused');
    expect(roundState(rounds[1]!, new Date('2026-11-22'))).toBe('passed');
    expect(roundState(rounds[1]!, new Date('2025-05-01'))).toBe('upcoming');
  });

  it('flags a round marked passed whose deadline is still ahead', () => {
    expect(roundStatusProblem(rounds[1]!, new Date('2025-05-01'))).toMatch(/still ahead/);
    expect(roundStatusProblem(rounds[1]!, new Date('2026-01-01'))).toBeUndefined();
  });
});

describe('roundFacts', () => {
  const round = {
    id: '2025',
    announced: '2025-04-14',
    deadline: { epochMs: wallClockToInstant('2025-05-27T00:00', 'Europe/Berlin').getTime(), zone: 'Europe/Berlin' },
    trainingStart: '2025-05-27',
  };

  it('lists the dated facts in date order, the deadline as the last day to object, with the ids feeds link to', () => {
    expect(roundFacts(round)).toEqual([
      { field: 'announced', day: '2025-04-14', id: 'round-2025-announced' },
      { field: 'deadline', day: '2025-05-26', id: 'round-2025-deadline' },
      { field: 'trainingStart', day: '2025-05-27', id: 'round-2025-started' },
    ]);
  });

  it('leaves out the dates a round does not have, and lists a pause when there is one', () => {
    const paused = roundFacts({ ...round, id: '2024', trainingStart: undefined, pausedOn: '2025-05-20' });
    expect(paused.map(({ field }) => field)).toEqual(['announced', 'pausedOn', 'deadline']);
    expect(paused[1]!.id).toBe('round-2024-paused');
  });
});
