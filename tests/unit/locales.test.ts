import { describe, expect, it } from 'vitest';
import { intlLocales, isLocale, localeNames, locales, ogLocales } from '../../src/i18n/locales';

describe('the locale list', () => {
  it('names every language in itself and has an Intl tag for it', () => {
    for (const locale of locales) {
      expect(localeNames[locale].length).toBeGreaterThan(1);
      expect(() => new Intl.DateTimeFormat(intlLocales[locale])).not.toThrow();
      expect(Intl.DateTimeFormat.supportedLocalesOf(intlLocales[locale])).toHaveLength(1);
    }
  });

  it('has an Open Graph code for every language: its Intl tag with an underscore', () => {
    expect(Object.keys(ogLocales)).toEqual([...locales]);
    expect([ogLocales.en, ogLocales.de, ogLocales.nb, ogLocales.sl]).toEqual(['en_GB', 'de_DE', 'nb_NO', 'sl_SI']);
    for (const locale of locales) expect(ogLocales[locale]).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
  });

  it('rejects folder names and URL parts that are not locales', () => {
    expect(isLocale('de')).toBe(true);
    expect(isLocale('xx')).toBe(false);
    expect(isLocale('../en')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
