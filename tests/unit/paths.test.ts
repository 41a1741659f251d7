import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { alternates, localizedPath, negotiateLocale, withBase } from '../../src/lib/paths';

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
    // The 24 official languages of the EU, then Norwegian Bokmål and Icelandic.
    const languages = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv nb is'.split(' ');
    for (const code of languages) {
      expect(negotiateLocale([code])).toBe(code);
    }
  });

  it('falls back to English for unknown or empty preferences', () => {
    expect(negotiateLocale(['zh-CN', 'ja'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });
});
