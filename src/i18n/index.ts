import { fillPlaceholders, placeholderNames, splitAt, textAround } from '../lib/fillPlaceholders';
import type { Locale } from './locales';
import { uiStrings, type UiKey } from './translations';

/** The translator for one locale: `t('key', { placeholder: value })`. */
export function useTranslations(locale: Locale) {
  const strings = uiStrings[locale];
  return (key: UiKey, values?: Record<string, string | number>) => fillPlaceholders(strings[key], values);
}

export type Translate = ReturnType<typeof useTranslations>;

export { fillPlaceholders, placeholderNames, splitAt, textAround };
export {
  afterObjecting,
  objectionGuides,
  timelineTexts,
  uiStrings,
  type AfterObjectingContent,
  type ObjectionGuideContent,
  type TimelineEventId,
  type TimelineTexts,
  type UiKey,
  type UiStrings,
} from './translations';
