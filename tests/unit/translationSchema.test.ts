/*
 * Every translation file has English's keys, only strings, and English's {placeholders}; a file that
 * does not stops loading (and so the build) with the file and the key named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '../../src/i18n/locales';
import {
  flattenStrings,
  readTranslationFiles,
  translationAreas,
  translationFilePath,
  type TranslationArea,
} from '../../src/i18n/translationKeys';
import { loadTranslations, translationFiles } from '../../src/i18n/translations';
import { placeholderNames } from '../../src/lib/fillPlaceholders';
import { translationProblems, translationSchema } from '../../src/lib/translationSchema';
import { fixturesDir } from './content';

const areas = Object.keys(translationAreas) as TranslationArea[];
const english = readTranslationFiles(defaultLocale);

describe('the translation files on disk', () => {
  it.each(locales)('%s has exactly the keys of English in every area', (locale) => {
    const own = readTranslationFiles(locale);
    const keys = (strings: unknown) => flattenStrings(strings).map(([key]) => key);
    for (const area of areas) {
      expect({ area, keys: keys(own[area]).sort() }).toEqual({ area, keys: keys(english[area]).sort() });
    }
  });

  it.each(locales)('%s keeps the placeholders of English, text by text', (locale) => {
    const own = readTranslationFiles(locale);
    for (const area of areas) {
      const texts = new Map(flattenStrings(own[area]));
      for (const [key, text] of flattenStrings(english[area])) {
        expect({ area, key, placeholders: placeholderNames(texts.get(key) ?? '') }).toEqual({
          area,
          key,
          placeholders: placeholderNames(text),
        });
      }
    }
  });

  it('are exactly the files the site loads: one per area and locale', () => {
    const expected = areas.flatMap((area) => locales.map((locale) => translationFilePath(area, locale)));
    expect([...translationFiles.keys()].sort()).toEqual(expected.sort());
    for (const file of expected) {
      expect(translationFiles.get(file)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    }
  });

  it('load without a problem', () => {
    expect(() => loadTranslations(translationFiles)).not.toThrow();
  });
});

describe('a broken translation file', () => {
  const fixture = (name: string): unknown =>
    JSON.parse(readFileSync(join(fixturesDir, 'translations', `${name}.json`), 'utf8'));
  const schema = translationSchema(fixture('en'));
  const problems = (name: string) => translationProblems(`${name}.json`, schema, fixture(name));

  it('is accepted when it has the shape of English, whatever its words', () => {
    expect(problems('valid')).toEqual([]);
  });

  it.each([
    ['missing-key', '"chooser.heading" is missing'],
    ['extra-key', '"chooser.platforms.threads" is not a key of English'],
    ['wrong-placeholder', '"print.qr" must have the placeholders of English ({url}), not {link}'],
    ['wrong-type', '"faq.items.1.answer" must be a string'],
    ['short-list', '"faq.items" must have 2 items, as English has'],
  ])('%s is rejected, naming the file and the key', (name, message) => {
    expect(problems(name)).toEqual([`${name}.json: ${message}`]);
  });

  it('stops loading, naming every real file and key at fault', () => {
    const broken = new Map(translationFiles);
    const german = { ...(broken.get('src/i18n/ui/de.json') as Record<string, string>) };
    delete german['site.name'];
    german['site.slogan'] = 'Nein zu Metas KI-Training';
    german['round.name'] = 'Runde {jahr}';
    broken.set('src/i18n/ui/de.json', german);
    broken.delete('src/i18n/timeline/fr.json');
    broken.set('src/i18n/objection-guide/xx.json', {});
    let message = '';
    try {
      loadTranslations(broken);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').slice(1).sort()).toEqual([
      'src/i18n/objection-guide/xx.json: not a locale of src/i18n/locales.ts',
      'src/i18n/timeline/fr.json: missing (npm run i18n:sync creates it with the English text)',
      'src/i18n/ui/de.json: "round.name" must have the placeholders of English ({year}), not {jahr}',
      'src/i18n/ui/de.json: "site.name" is missing',
      'src/i18n/ui/de.json: "site.slogan" is not a key of English',
    ]);
  });
});
