import { describe, expect, it } from 'vitest';
import { objectionGuides } from '../../src/i18n/objection-guide';
import { locales } from '../../src/i18n/locales';

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
