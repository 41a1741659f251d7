import { fillPlaceholders, placeholderNames, splitAt, textAround } from '../lib/fillPlaceholders';
import type { Locale } from './locales';
import { bg } from './ui/bg';
import { cs } from './ui/cs';
import { da } from './ui/da';
import { de } from './ui/de';
import { el } from './ui/el';
import { es } from './ui/es';
import { et } from './ui/et';
import { fi } from './ui/fi';
import { fr } from './ui/fr';
import { ga } from './ui/ga';
import { hr } from './ui/hr';
import { hu } from './ui/hu';
import { is } from './ui/is';
import { it } from './ui/it';
import { lt } from './ui/lt';
import { lv } from './ui/lv';
import { mt } from './ui/mt';
import { nb } from './ui/nb';
import { nl } from './ui/nl';
import { pl } from './ui/pl';
import { pt } from './ui/pt';
import { ro } from './ui/ro';
import { sk } from './ui/sk';
import { sl } from './ui/sl';
import { sv } from './ui/sv';
import { en, type UiKey, type UiStrings } from './ui/en';

export const uiStrings = {
  en,
  de,
  nb,
  bg,
  cs,
  da,
  el,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  is,
  it,
  lt,
  lv,
  mt,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
} as const satisfies Record<Locale, UiStrings>;

/** The translator for one locale: `t('key', { placeholder: value })`. */
export function useTranslations(locale: Locale) {
  const strings: UiStrings = uiStrings[locale];
  return (key: UiKey, values?: Record<string, string | number>) => fillPlaceholders(strings[key], values);
}

export type Translate = ReturnType<typeof useTranslations>;

export { fillPlaceholders, placeholderNames, splitAt, textAround };
