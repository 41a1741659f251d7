import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { objectionGuides } from '../../src/i18n/objection-guide';
import { timelineTexts } from '../../src/i18n/timeline';
import { locales } from '../../src/i18n/locales';
import { timelineEventSchema } from '../../src/lib/contentSchemas';

/** Every string of a nested structure with its path, e.g. ["faq.items.3.answer", "…"]. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}.${index}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  return [];
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the guide in every locale', () => {
  const english = new Map(strings(objectionGuides.en));

  it.each(locales)('%s has the same sections, steps, texts and questions as English', (locale) => {
    expect([...new Map(strings(objectionGuides[locale])).keys()]).toEqual([...english.keys()]);
  });

  it.each(locales)('%s keeps every placeholder and every coverage code', (locale) => {
    for (const [path, text] of strings(objectionGuides[locale])) {
      expect({ path, placeholders: placeholders(text) }).toEqual({
        path,
        placeholders: placeholders(english.get(path)!),
      });
      if (path.endsWith('.kind')) expect({ path, text }).toEqual({ path, text: english.get(path) });
    }
  });

  it('offers at least three ready texts and eight questions', () => {
    for (const locale of locales) {
      expect(objectionGuides[locale].texts.items.length).toBeGreaterThanOrEqual(3);
      expect(objectionGuides[locale].faq.items.length).toBeGreaterThanOrEqual(8);
    }
  });
});

describe('the timeline', () => {
  const events: unknown[] = parseYaml(
    readFileSync(join(import.meta.dirname, '../../src/content/timeline.yaml'), 'utf8'),
  );

  it('every event is valid and has a sentence in every locale, and no sentence lacks an event', () => {
    const ids = events.map((event) => timelineEventSchema.parse(event).id).sort();
    for (const locale of locales) expect(Object.keys(timelineTexts[locale]).sort()).toEqual(ids);
  });

  it('rejects an event with both a date and a round, or neither', () => {
    const event = timelineEventSchema.parse(events[0]);
    expect(timelineEventSchema.safeParse({ ...event, round: '2025' }).error?.issues[0]?.path).toEqual(['date']);
    expect(timelineEventSchema.safeParse({ ...event, date: undefined }).error?.issues[0]?.path).toEqual(['date']);
  });
});
