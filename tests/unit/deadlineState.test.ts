import { describe, expect, it } from 'vitest';
import { DAY, deadlineState, HOUR, SECOND, splitDuration, URGENT_WITHIN } from '../../src/lib/deadlineState';
import { wallClockToInstant } from '../../src/lib/zonedTime';

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

  it('a countdown over the autumn change counts the extra hour', () => {
    // 26 October 2025: 03:00 summer time became 02:00 winter time, so that day had 25 hours.
    const deadline = wallClockToInstant('2025-10-27T00:00', 'Europe/Berlin').getTime();
    const now = wallClockToInstant('2025-10-26T00:00', 'Europe/Berlin').getTime();
    expect(deadlineState(deadline, false, now).parts).toEqual({ days: 1, hours: 1, minutes: 0, seconds: 0 });
  });

  it('the same instant gives the same state and figures wherever the reader is', () => {
    const now = Date.UTC(2025, 4, 25, 12, 0, 0);
    expect(deadlineState(berlin2025, false, now)).toEqual({
      state: 'urgent',
      parts: { days: 1, hours: 10, minutes: 0, seconds: 0 },
    });
  });
});
