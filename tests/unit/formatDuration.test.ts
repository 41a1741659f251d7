import { afterEach, describe, expect, it, vi } from 'vitest';
import { announcementParts, formatDuration, unitLabel } from '../../src/lib/formatDuration';

describe('unit words in every language', () => {
  it('follows each language’s plural rules', () => {
    expect([unitLabel('en-GB', 'days', 1), unitLabel('en-GB', 'days', 2)]).toEqual(['day', 'days']);
    expect([unitLabel('de-DE', 'hours', 1), unitLabel('de-DE', 'hours', 5)]).toEqual(['Stunde', 'Stunden']);
    expect([unitLabel('nb-NO', 'minutes', 1), unitLabel('nb-NO', 'minutes', 0)]).toEqual(['minutt', 'minutter']);
    expect([unitLabel('en-GB', 'seconds', 5, 'short'), unitLabel('de-DE', 'seconds', 5, 'short')]).toEqual([
      'secs',
      'Sek.',
    ]);
  });
});

describe('formatDuration', () => {
  const runtimeHasDurationFormat = typeof (Intl as { DurationFormat?: unknown }).DurationFormat === 'function';
  /** Replaces the global Intl with one whose DurationFormat is `DurationFormat`; the rest stays the real Intl. */
  const withDurationFormat = (DurationFormat: unknown) =>
    vi.stubGlobal('Intl', Object.assign(Object.create(Intl), { DurationFormat }));
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('hands the parts to Intl.DurationFormat where the runtime has it', () => {
    const calls: unknown[][] = [];
    withDurationFormat(
      class {
        constructor(
          private locale: string,
          private options: object,
        ) {}
        format(parts: object) {
          calls.push([this.locale, this.options, parts]);
          return 'formatted';
        }
      },
    );
    expect(formatDuration('de-DE', { days: 3, hours: 4 })).toBe('formatted');
    expect(calls).toEqual([['de-DE', { style: 'long' }, { days: 3, hours: 4 }]]);
  });

  it.runIf(runtimeHasDurationFormat)(
    'writes durations with the real Intl.DurationFormat, leaving out zero units',
    () => {
      expect(formatDuration('en-GB', { days: 3, hours: 4 })).toBe('3 days, 4 hours');
      expect(formatDuration('de-DE', { days: 545 })).toBe('545 Tage');
      expect(formatDuration('nb-NO', { hours: 1, minutes: 0 })).toBe('1 time');
    },
  );

  it('reads the same without Intl.DurationFormat, leaving out zero units', () => {
    withDurationFormat(undefined);
    expect((Intl as { DurationFormat?: unknown }).DurationFormat).toBeUndefined();
    expect(formatDuration('en-GB', { days: 3, hours: 4 })).toBe('3 days, 4 hours');
    expect(formatDuration('de-DE', { days: 545 })).toBe('545 Tage');
    expect(formatDuration('nb-NO', { hours: 1, minutes: 0 })).toBe('1 time');
    expect(formatDuration('de-DE', { hours: 2, minutes: 1 })).toBe('2 Stunden, 1 Minute');
  });
});

describe('coarse steps', () => {
  it('announces whole days, then whole hours, then ten-minute steps', () => {
    expect(announcementParts({ days: 2, hours: 23, minutes: 59, seconds: 59 })).toEqual({ days: 2 });
    expect(announcementParts({ days: 0, hours: 5, minutes: 59, seconds: 59 })).toEqual({ hours: 5 });
    expect(announcementParts({ days: 0, hours: 0, minutes: 37, seconds: 0 })).toEqual({ minutes: 30 });
    expect(announcementParts({ days: 0, hours: 0, minutes: 4, seconds: 0 })).toEqual({ minutes: 1 });
  });
});
