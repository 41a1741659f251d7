import { describe, expect, it } from 'vitest';
import { toIsoWithOffset, wallClockToInstant } from '../../src/lib/zonedTime';

const berlin2025 = wallClockToInstant('2025-05-27T00:00', 'Europe/Berlin').getTime();

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

  it('a zone without daylight saving keeps one offset all year', () => {
    expect(toIsoWithOffset(wallClockToInstant('2025-01-15T00:00', 'Asia/Tokyo'), 'Asia/Tokyo')).toBe(
      '2025-01-15T00:00:00+09:00',
    );
    expect(toIsoWithOffset(wallClockToInstant('2025-07-15T00:00', 'Asia/Tokyo'), 'Asia/Tokyo')).toBe(
      '2025-07-15T00:00:00+09:00',
    );
    expect(wallClockToInstant('2025-07-15T00:00', 'Asia/Tokyo').toISOString()).toBe('2025-07-14T15:00:00.000Z');
  });
});
