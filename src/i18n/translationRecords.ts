/*
 * Who translated each language, and whether a native speaker has reviewed it. A language that no
 * one has reviewed says so on every page, with a way to report a mistake.
 *
 * Only a person who reviewed a translation may record a review here: their name (or handle) and
 * the date. Never mark a machine-assisted translation reviewed without such a review.
 */
import type { Locale } from './locales';

export interface TranslationRecord {
  /** How the text came to be: written in this language, or translated with machine help. */
  method: 'original' | 'machine-assisted' | 'human';
  /** Month of the latest translation work, as YYYY-MM. */
  translatedOn?: string;
  /** The native speaker who reviewed it, and when (YYYY-MM-DD). */
  review?: { by: string; on: string };
}

const machine = { method: 'machine-assisted', translatedOn: '2026-12' } as const;

export const translationRecords = {
  en: { method: 'original' },
  de: machine,
  nb: machine,
  bg: machine,
  cs: machine,
  da: machine,
  el: machine,
  es: machine,
  et: machine,
  fi: machine,
  fr: machine,
  ga: machine,
  hr: machine,
  hu: machine,
  is: machine,
  it: machine,
  lt: machine,
  lv: machine,
  mt: machine,
  nl: machine,
  pl: machine,
  pt: machine,
  ro: machine,
  sk: machine,
  sl: machine,
  sv: machine,
} as const satisfies Record<Locale, TranslationRecord>;

/** True when the locale's text is its original language or a native speaker has reviewed it. */
export function isReviewed(locale: Locale): boolean {
  const record: TranslationRecord = translationRecords[locale];
  return record.method === 'original' || record.review !== undefined;
}
