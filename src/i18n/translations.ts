/*
 * The site's translated strings, loaded in this one place from the JSON files translators edit:
 * `ui/{lang}.json` (interface strings), `objection-guide/{lang}.json` (the guide's words; its
 * structure is src/lib/objectionGuide.ts), `timeline/{lang}.json` (one sentence per event of
 * src/content/timeline.yaml) and `after-objecting/{lang}.json` (the pages on what to do after
 * objecting and where to complain; their structure is src/lib/afterObjecting.ts). English is the reference: every other file must have exactly its keys,
 * all strings, with the same {placeholders}, or loading fails with each file and key named, which
 * stops the build. The types come from the English files, so `t('some.key')` is type-checked.
 */
import { translationProblems, translationSchema } from '../lib/translationSchema';
import afterEnglish from './after-objecting/en.json' with { type: 'json' };
import { locales, type Locale } from './locales';
import guideEnglish from './objection-guide/en.json' with { type: 'json' };
import timelineEnglish from './timeline/en.json' with { type: 'json' };
import { translationAreas, translationFilePath, type TranslationArea } from './translationKeys';
import uiEnglish from './ui/en.json' with { type: 'json' };

export type UiStrings = Readonly<typeof uiEnglish>;
export type UiKey = keyof UiStrings;
export type ObjectionGuideContent = typeof guideEnglish;
export type TimelineTexts = Readonly<typeof timelineEnglish>;
export type TimelineEventId = keyof TimelineTexts;
export type AfterObjectingContent = typeof afterEnglish;

/** One locale's strings in every area, checked against English. */
export interface LocaleTranslations {
  ui: UiStrings;
  guide: ObjectionGuideContent;
  timeline: TimelineTexts;
  after: AfterObjectingContent;
}

/**
 * Every locale's strings, checked against English, from the translation files by their path from
 * the repository's root ("src/i18n/ui/de.json"). Throws, naming each file and key, when a file is
 * missing, belongs to no locale, or does not match English.
 */
export function loadTranslations(files: ReadonlyMap<string, unknown>): Record<Locale, LocaleTranslations> {
  const areas = Object.keys(translationAreas) as TranslationArea[];
  const english = { ui: uiEnglish, guide: guideEnglish, timeline: timelineEnglish, after: afterEnglish };
  const expected = new Set(areas.flatMap((area) => locales.map((locale) => translationFilePath(area, locale))));
  const problems = [...files.keys()]
    .filter((file) => !expected.has(file))
    .map((file) => `${file}: not a locale of src/i18n/locales.ts`);
  for (const area of areas) {
    const schema = translationSchema(english[area]);
    for (const locale of locales) {
      const file = translationFilePath(area, locale);
      problems.push(
        ...(files.has(file)
          ? translationProblems(file, schema, files.get(file))
          : [`${file}: missing (npm run i18n:sync creates it with the English text)`]),
      );
    }
  }
  if (problems.length) throw new Error(`Translation files that do not match English:\n${problems.join('\n')}`);
  const read = (area: TranslationArea, locale: Locale) => files.get(translationFilePath(area, locale));
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      {
        ui: read('ui', locale),
        guide: read('guide', locale),
        timeline: read('timeline', locale),
        after: read('after', locale),
      },
    ]),
  ) as Record<Locale, LocaleTranslations>;
}

/** Every translation file, by its path from the repository's root. */
export const translationFiles: ReadonlyMap<string, unknown> = new Map(
  Object.entries(
    import.meta.glob<unknown>(
      ['./ui/*.json', './objection-guide/*.json', './timeline/*.json', './after-objecting/*.json'],
      {
        eager: true,
        import: 'default',
      },
    ),
  ).map(([path, data]) => [`src/i18n/${path.slice(2)}`, data]),
);

/** Every locale's strings in every area. */
export const translations = loadTranslations(translationFiles);

const byLocale = <T>(pick: (strings: LocaleTranslations) => T) =>
  Object.fromEntries(locales.map((locale) => [locale, pick(translations[locale])])) as Record<Locale, T>;

/** The interface strings of every locale, by key. */
export const uiStrings = byLocale((strings) => strings.ui);

/** The objection guide's text in every locale. */
export const objectionGuides = byLocale((strings) => strings.guide);

/** The timeline's sentences in every locale, by event id. */
export const timelineTexts = byLocale((strings) => strings.timeline);

/** The pages on what to do after objecting and where to complain, in every locale. */
export const afterObjecting = byLocale((strings) => strings.after);
