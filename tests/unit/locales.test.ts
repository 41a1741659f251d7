import { describe, expect, it } from 'vitest';
import { intlLocales, isLocale, localeNames, locales, ogLocales } from '../../src/i18n/locales';
import { alternates, localizedPath, negotiateLocale, withBase } from '../../src/lib/paths';

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

describe('paths', () => {
  it('puts the locale in every path, under the base', () => {
    expect(localizedPath('de', '/notices/', '/')).toBe('/de/notices/');
    expect(localizedPath('nb', '/', '/objection/')).toBe('/objection/nb/');
    expect(withBase('/favicon.svg', '/objection')).toBe('/objection/favicon.svg');
  });

  it('lists the same page in every locale', () => {
    expect(alternates('/notices/hamburg-2025/', '/').map(({ href }) => href)).toEqual(
      locales.map((locale) => `/${locale}/notices/hamburg-2025/`),
    );
  });
});

describe('negotiateLocale', () => {
  it('takes the first supported language in the browser’s order', () => {
    expect(negotiateLocale(['zh-CN', 'de-AT', 'en'])).toBe('de');
    expect(negotiateLocale(['fr-BE', 'nl-BE'])).toBe('fr');
    expect(negotiateLocale(['el-GR'])).toBe('el');
    expect(negotiateLocale(['pt-BR'])).toBe('pt');
    expect(negotiateLocale(['en-US', 'de'])).toBe('en');
  });

  it('sends every kind of Norwegian to Bokmål', () => {
    expect(negotiateLocale(['no'])).toBe('nb');
    expect(negotiateLocale(['nn-NO'])).toBe('nb');
    expect(negotiateLocale(['nb-NO'])).toBe('nb');
  });

  it('covers every official EU language, Norwegian and Icelandic', () => {
    expect(locales).toHaveLength(26);
    for (const code of [
      'bg',
      'cs',
      'da',
      'de',
      'el',
      'en',
      'es',
      'et',
      'fi',
      'fr',
      'ga',
      'hr',
      'hu',
      'it',
      'lt',
      'lv',
      'mt',
      'nl',
      'pl',
      'pt',
      'ro',
      'sk',
      'sl',
      'sv',
      'nb',
      'is',
    ]) {
      expect(negotiateLocale([code])).toBe(code);
    }
  });

  it('falls back to English for unknown or empty preferences', () => {
    expect(negotiateLocale(['zh-CN', 'ja'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});
