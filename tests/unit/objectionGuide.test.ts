import { describe, expect, it } from 'vitest';
import {
  CHECKS,
  COVERAGE,
  COVERAGE_NOTES,
  COVERAGE_STATUSES,
  OBJECTION_PATHS,
  STEP_SOURCES,
  objectionPath,
  pathForUserAgent,
  type PlatformChoice,
  type Way,
} from '../../src/lib/objectionGuide';
import { objectionGuides } from '../../src/i18n';
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

  it('give each platform and way its own complete path that opens the form first, with no step twice', () => {
    const tail = ['what-the-form-asks', 'send-form', 'security-code', 'confirmation'];
    expect(ids('facebook', 'browser')).toEqual(['open-form', ...tail]);
    expect(ids('instagram', 'app')).toEqual(['open-form-app', ...tail]);
    expect(ids('both', 'app')).toEqual([
      'open-each-form-app',
      'what-the-form-asks',
      'send-each-form',
      'security-code',
      'confirmation',
    ]);
    for (const path of OBJECTION_PATHS) expect(new Set(path.steps.map((step) => step.id)).size).toBe(path.steps.length);
  });

  it('put the form buttons on the first step, the app menus beside them as the other way, and the ticks beside what they confirm', () => {
    const both = objectionPath('both', 'browser');
    expect(both.steps[0]!.forms).toEqual(['facebook', 'instagram']);
    expect(both.steps.find((step) => step.id === 'send-each-form')!.checks).toEqual([
      'facebook-sent',
      'instagram-sent',
    ]);
    expect(both.steps.at(-1)!.checks).toEqual(['confirmation-kept']);
    expect(objectionPath('facebook', 'app').steps[0]!).toMatchObject({ forms: ['facebook'], appMenus: ['facebook'] });
    expect(objectionPath('facebook', 'browser').steps.some((step) => step.appMenus)).toBe(false);
    expect(both.steps.find((step) => step.id === 'what-the-form-asks')!.texts).toBe(true);
  });

  it('give every step its footnotes: klicksafe’s test for the form, Datatilsynet for the optional reason, press reports only for the app menus', () => {
    for (const path of OBJECTION_PATHS) {
      for (const step of path.steps)
        expect({ step: step.id, sources: step.sources.length > 0 }).toEqual({ step: step.id, sources: true });
      expect(path.steps[0]!.sources.includes('press-reports')).toBe(path.way === 'app');
    }
    expect(objectionPath('facebook', 'browser').steps[1]!.sources).toEqual(['klicksafe-2024', 'datatilsynet-2025']);
  });

  it('send a reader who arrives from an app to that app’s path', () => {
    expect(pathForUserAgent('Mozilla/5.0 (iPhone) [FBAN/FBIOS;FBAV/450.0]')).toBe('facebook-app');
    expect(pathForUserAgent('Mozilla/5.0 (Linux; Android 14) Instagram 321.0.0')).toBe('instagram-app');
    expect(pathForUserAgent('Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0')).toBeUndefined();
  });
});

describe('what an objection covers', () => {
  const register = new Map(realSources().map((source) => [source.id, source]));
  /** A register fact that says what an objection covers, in the register's own words. */
  const saysWhatAnObjectionCovers = (id: string) =>
    register.get(id)!.facts.some((fact) => /^An objection covers\b/.test(fact));

  it('marks a line as covered only when each of its sources says what the objection covers', () => {
    const covered = COVERAGE.filter((item) => item.status === 'covered');
    expect(covered.map((item) => item.id)).toEqual(['public-content']);
    for (const item of covered) {
      expect(item.sources.length).toBeGreaterThan(0);
      expect({ item: item.id, sources: item.sources.filter((id) => !saysWhatAnObjectionCovers(id)) }).toEqual({
        item: item.id,
        sources: [],
      });
    }
  });

  it('does not call chats with Meta AI covered: Datatilsynet says Meta uses them, no source that objecting stops it', () => {
    const chats = COVERAGE.find((item) => item.id === 'meta-ai-chats')!;
    expect(chats.status).toBe('unclear');
    expect(register.get('datatilsynet-2025')!.facts.join(' ')).toMatch(
      /what people type to Meta AI is used at any age/,
    );
    expect(objectionGuides.en.covers.unclear).toMatch(/no source says an objection stops it/);
    expect(objectionGuides.en.covers.items['meta-ai-chats']).not.toMatch(/\bcover/i);
  });

  it('has a group for every status, and every line in one of them', () => {
    expect(new Set(COVERAGE.map((item) => item.status))).toEqual(new Set(COVERAGE_STATUSES));
  });

  it('agrees with the questions people ask: who it applies to, and what teenagers and parents should know', () => {
    const faq = objectionGuides.en.faq.items;
    const appliesToMe = faq.find((item) => item.question === 'Does this apply to me?')!.answer;
    expect(appliesToMe).toMatch(/18 or older/);
    expect(appliesToMe).toMatch(/Meta AI; no source says that an objection stops this/);
    const teenagers = faq.find((item) => /under 18/.test(item.question))!.answer;
    expect(teenagers).toMatch(
      /^According to Datatilsynet, Meta uses only the public posts and photos of users over 18/,
    );
    expect(teenagers).toMatch(/Datatilsynet has asked Meta whether it trains on them/);
  });

  it('names no unnamed "other sources" for the several-accounts advice, and credits the optional reason to Datatilsynet', () => {
    const english = flattenStrings(objectionGuides.en).map(([, text]) => text);
    expect(english.filter((text) => /other sources/i.test(text))).toEqual([]);
    expect(objectionGuides.en.steps['what-the-form-asks']).toMatch(/Datatilsynet says you do not have to give one/);
    expect(objectionGuides.en.footnotes.items['klicksafe-2024']).toMatch(/klicksafe filled in the reason field/);
    expect(STEP_SOURCES).toContain('datatilsynet-2025');
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
