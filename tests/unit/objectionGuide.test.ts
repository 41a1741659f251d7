import { describe, expect, it } from 'vitest';
import {
  CHECKS,
  COVERAGE,
  COVERAGE_NOTES,
  OBJECTION_PATHS,
  objectionPath,
  pathForUserAgent,
  type PlatformChoice,
  type Way,
} from '../../src/lib/objectionGuide';
import { objectionGuides } from '../../src/i18n/objection-guide';
import { locales } from '../../src/i18n/locales';
import { flattenStrings } from '../../src/i18n/translationKeys';
import { placeholderNames } from '../../src/lib/fillPlaceholders';
import { objectionGuideSourceIds, realNoticeFiles, realSources } from './content';

describe('the guide in every locale', () => {
  const english = new Map(flattenStrings(objectionGuides.en));

  it.each(locales)('%s has the same sections, steps, texts and questions as English', (locale) => {
    expect([...new Map(flattenStrings(objectionGuides[locale])).keys()]).toEqual([...english.keys()]);
  });

  it.each(locales)('%s keeps every placeholder and every coverage code', (locale) => {
    for (const [path, text] of flattenStrings(objectionGuides[locale])) {
      expect({ path, placeholders: placeholderNames(text) }).toEqual({
        path,
        placeholders: placeholderNames(english.get(path)!),
      });
    }
  });

  it('offers at least three ready texts and eight questions', () => {
    for (const locale of locales) {
      expect(Object.keys(objectionGuides[locale].texts.items).length).toBeGreaterThanOrEqual(3);
      expect(objectionGuides[locale].faq.items.length).toBeGreaterThanOrEqual(8);
    }
  });

  it('has words for every step, tick and coverage line the structure names, and none it does not', () => {
    const steps = new Set(OBJECTION_PATHS.flatMap((path) => path.steps.map((step) => step.id)));
    for (const locale of locales) {
      const guide = objectionGuides[locale];
      expect(Object.keys(guide.steps).sort()).toEqual([...steps].sort());
      expect(Object.keys(guide.checks).sort()).toEqual([...CHECKS].sort());
      expect(Object.keys(guide.covers.items).sort()).toEqual(COVERAGE.map((item) => item.id).sort());
      expect(Object.keys(guide.paths).sort()).toEqual(OBJECTION_PATHS.map((path) => path.id).sort());
    }
  });
});

describe('the objection paths', () => {
  const ids = (choice: PlatformChoice, way: Way) => objectionPath(choice, way).steps.map((step) => step.id);

  it('give each platform and way its own complete path, with no step twice', () => {
    expect(ids('facebook', 'browser')).toEqual([
      'login-browser',
      'what-the-form-asks',
      'send-form',
      'security-code',
      'confirmation',
    ]);
    expect(ids('instagram', 'app')).toEqual([
      'app-instagram',
      'what-the-form-asks',
      'send-in-app',
      'security-code',
      'confirmation',
    ]);
    expect(ids('both', 'app')).toEqual([
      'app-facebook',
      'app-instagram',
      'what-the-form-asks',
      'send-in-each-app',
      'security-code',
      'confirmation',
    ]);
    for (const path of OBJECTION_PATHS) expect(new Set(path.steps.map((step) => step.id)).size).toBe(path.steps.length);
  });

  it('put the form buttons on the step that opens the form, and the ticks beside what they confirm', () => {
    const both = objectionPath('both', 'browser');
    const send = both.steps.find((step) => step.id === 'send-each-form')!;
    expect(send.forms).toEqual(['facebook', 'instagram']);
    expect(send.checks).toEqual(['facebook-sent', 'instagram-sent']);
    expect(both.steps.at(-1)!.checks).toEqual(['confirmation-kept']);
    expect(objectionPath('facebook', 'app').fallbackForms).toEqual(['facebook']);
    expect(objectionPath('facebook', 'browser').fallbackForms).toEqual([]);
  });

  it('send a reader who arrives from an app to that app’s path', () => {
    expect(pathForUserAgent('Mozilla/5.0 (iPhone) [FBAN/FBIOS;FBAV/450.0]')).toBe('facebook-app');
    expect(pathForUserAgent('Mozilla/5.0 (Linux; Android 14) Instagram 321.0.0')).toBe('instagram-app');
    expect(pathForUserAgent('Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0')).toBeUndefined();
  });
});

describe('the sources of the guide', () => {
  it('are all in the source register (src/content/sources.yaml)', () => {
    const register = new Set(realSources().map((source) => source.id));
    const named = objectionGuideSourceIds();
    expect(named.length).toBeGreaterThanOrEqual(4);
    expect(named.filter((id) => !register.has(id))).toEqual([]);
  });

  it('link the third-party note to an English notice that exists', () => {
    const english = realNoticeFiles()
      .filter(([locale]) => locale === 'en')
      .map(([, slug]) => slug);
    expect(english).toContain(COVERAGE_NOTES.thirdParty.notice);
  });
});
