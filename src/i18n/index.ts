import type { Locale } from './locales';
import { de } from './ui/de';
import { en, type UiKey, type UiStrings } from './ui/en';
import { nb } from './ui/nb';

export const uiStrings = { en, de, nb } as const satisfies Record<Locale, UiStrings>;

/** Replaces each {name} in `template` with `values[name]`; unknown names stay visible so they get noticed. */
export function fillPlaceholders(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The translator for one locale: `t('key', { placeholder: value })`. */
export function useTranslations(locale: Locale) {
  const strings: UiStrings = uiStrings[locale];
  return (key: UiKey, values?: Record<string, string | number>) => fillPlaceholders(strings[key], values);
}

export type Translate = ReturnType<typeof useTranslations>;

/**
 * Splits a filled-in template around one placeholder, so a component can put an element there:
 * splitAt('The deadline passed {elapsed} ago.', 'elapsed') → ['The deadline passed ', ' ago.'].
 */
export function splitAt(text: string, placeholder: string): [string, string] {
  const marker = `{${placeholder}}`;
  const index = text.indexOf(marker);
  if (index < 0) throw new Error(`"${text}" has no ${marker}`);
  return [text.slice(0, index), text.slice(index + marker.length)];
}
