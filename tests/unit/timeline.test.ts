import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timelineTexts } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { lastDayToObject } from '../../src/lib/deadlineDisplay';
import { contentDir, realRounds, realTimeline, timelineEventSchema, yamlEntries } from './content';

describe('the timeline', () => {
  const events = yamlEntries(join(contentDir, 'timeline.yaml')) as Record<string, unknown>[];

  it('every event is valid and has a sentence in every locale, and no sentence lacks an event', () => {
    const ids = realTimeline()
      .map((event) => event.id)
      .sort();
    for (const locale of locales) expect(Object.keys(timelineTexts[locale]).sort()).toEqual(ids);
  });

  it('rejects an event with both a date and a round, or neither, or without a source', () => {
    const event = events.find((candidate) => candidate['date'])!;
    expect(timelineEventSchema.safeParse({ ...event, round: '2025' }).error?.issues[0]?.path).toEqual(['date']);
    expect(timelineEventSchema.safeParse({ ...event, date: undefined }).error?.issues[0]?.path).toEqual(['date']);
    expect(timelineEventSchema.safeParse({ ...event, sources: [] }).error?.issues[0]?.path).toEqual(['sources']);
  });

  it('2024: the last day of the named period is 25 June, and 26 June is the day the policy was to apply', () => {
    const round = realRounds().find((candidate) => candidate.id === '2024')!;
    expect(lastDayToObject(round)).toBe('2024-06-25');
    expect(round.policyDate).toBe('2024-06-26');
    const deadline = realTimeline().find((event) => event.id === 'deadline-2024')!;
    expect(deadline.round?.id).toBe('2024');
    expect(deadline.sources.map((source) => source.id)).toEqual(['hamburg-2024', 'klicksafe-2024']);
    expect(timelineTexts.en['deadline-2024']).toMatch(/last day to object, by the stricter reading/);
    expect(timelineTexts.en['deadline-2024']).not.toMatch(/take effect|objection period/);
    const policy = realTimeline().find((event) => event.id === 'policy-date-2024')!;
    expect(policy.date).toBe('2024-06-26');
    expect(timelineTexts.en['policy-date-2024']).toMatch(/was to apply/);
    expect(timelineTexts.en['policy-date-2024']).toMatch(/objecting stayed possible/);
  });

  it('2025: the last day to object is 26 May, the day before training began', () => {
    const round = realRounds().find((candidate) => candidate.id === '2025')!;
    expect(lastDayToObject(round)).toBe('2025-05-26');
    expect(round.trainingStart).toBe('2025-05-27');
  });
});
