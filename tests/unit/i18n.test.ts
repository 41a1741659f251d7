import { describe, expect, it } from 'vitest';
import { placeholderNames, uiStrings, useTranslations } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';

const english = uiStrings.en;

describe('UI strings', () => {
  it.each(locales)('%s has exactly the keys of English', (locale) => {
    expect(Object.keys(uiStrings[locale]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(locales)('%s keeps every {placeholder} of English, string by string', (locale) => {
    const strings: Record<string, string> = uiStrings[locale];
    for (const [key, text] of Object.entries(english)) {
      expect({ key, placeholders: placeholderNames(strings[key]!) }).toEqual({
        key,
        placeholders: placeholderNames(text),
      });
    }
  });

  it.each(locales)('%s has no empty string', (locale) => {
    for (const [key, text] of Object.entries(uiStrings[locale]))
      expect({ key, text: text.trim() }).not.toEqual({ key, text: '' });
  });

  it.each(locales.filter((locale) => locale !== 'en'))('%s is translated, not a copy of English', (locale) => {
    const strings: Record<string, string> = uiStrings[locale];
    const same = Object.keys(english).filter(
      (key) =>
        strings[key] === english[key as keyof typeof english] && english[key as keyof typeof english].length > 25,
    );
    expect(same).toEqual([]);
  });
});

describe('useTranslations', () => {
  it('fills placeholders in the reader’s language', () => {
    expect(useTranslations('en')('round.name', { year: 2025 })).toBe('Round 2025');
    expect(useTranslations('de')('round.name', { year: 2025 })).toContain('2025');
  });
});
