import { describe, expect, it } from 'vitest';
import { lastMomentToObject } from '../../src/lib/deadlineDisplay';
import { wallClockToInstant } from '../../src/lib/zonedTime';

const berlin2025 = wallClockToInstant('2025-05-27T00:00', 'Europe/Berlin').getTime();

describe('the last moment to object', () => {
  it('shows a midnight deadline as 23:59 of the day before', () => {
    expect(lastMomentToObject(new Date(berlin2025), 'Europe/Berlin').toISOString()).toBe('2025-05-26T21:59:00.000Z');
    const afternoon = wallClockToInstant('2025-05-27T14:00', 'Europe/Berlin');
    expect(lastMomentToObject(afternoon, 'Europe/Berlin')).toEqual(afternoon);
  });
});

describe('clients far from Berlin', () => {
  // The reader's zone changes how the last moment is written, never which instant it is.
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
});
