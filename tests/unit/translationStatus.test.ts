import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { translationStatus } from '../../src/lib/translationStatus';
import { contentDir, realNoticeFiles } from './content';

describe('translated content', () => {
  it('every translated notice has an English original', () => {
    const files = realNoticeFiles();
    const originals = new Set(files.filter(([locale]) => locale === 'en').map(([, slug]) => slug));
    const translated = files.filter(([locale]) => locale !== 'en');
    expect(originals.size).toBeGreaterThan(0);
    expect(translated.length).toBeGreaterThan(0);
    expect(translated.filter(([, slug]) => !originals.has(slug)).map(([locale, slug]) => `${locale}/${slug}`)).toEqual(
      [],
    );
  });

  it('every notice folder is a locale of the site', () => {
    const folders = readdirSync(join(contentDir, 'notices'));
    expect(folders).toContain('en');
    for (const folder of folders) expect(locales).toContain(folder);
  });
});

describe('translationStatus', () => {
  const ids = ['en/hamburg-2025', 'en/klicksafe-2024', 'de/hamburg-2025', 'de/klicksafe-2024', 'fr/hamburg-2025'];
  const rows = translationStatus(ids, ['/', '/object/']);

  it('lists every locale with every page', () => {
    expect(rows.map((row) => row.locale)).toEqual([...locales]);
    for (const row of rows)
      expect(row.pages.map((page) => page.page)).toEqual(['/', '/object/', 'hamburg-2025', 'klicksafe-2024']);
  });

  it('marks notices without a translation as falling back to English', () => {
    const french = rows.find((row) => row.locale === 'fr')!;
    expect(french.pages.filter((page) => !page.translated).map((page) => page.page)).toEqual(['klicksafe-2024']);
    const greek = rows.find((row) => row.locale === 'el')!;
    expect(greek.pages.filter((page) => !page.translated).map((page) => page.page)).toEqual([
      'hamburg-2025',
      'klicksafe-2024',
    ]);
  });
});
