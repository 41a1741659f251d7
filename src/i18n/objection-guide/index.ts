import type { Locale } from '../locales';
import { objectionGuideBg } from './bg';
import { objectionGuideCs } from './cs';
import { objectionGuideDa } from './da';
import { objectionGuideDe } from './de';
import { objectionGuideEl } from './el';
import { objectionGuideEs } from './es';
import { objectionGuideEt } from './et';
import { objectionGuideFi } from './fi';
import { objectionGuideFr } from './fr';
import { objectionGuideGa } from './ga';
import { objectionGuideHr } from './hr';
import { objectionGuideHu } from './hu';
import { objectionGuideIs } from './is';
import { objectionGuideIt } from './it';
import { objectionGuideLt } from './lt';
import { objectionGuideLv } from './lv';
import { objectionGuideMt } from './mt';
import { objectionGuideNb } from './nb';
import { objectionGuideNl } from './nl';
import { objectionGuidePl } from './pl';
import { objectionGuidePt } from './pt';
import { objectionGuideRo } from './ro';
import { objectionGuideSk } from './sk';
import { objectionGuideSl } from './sl';
import { objectionGuideSv } from './sv';
import { objectionGuideEn, type ObjectionGuideContent } from './en';

/** The objection guide's text in every locale. */
export const objectionGuides = {
  en: objectionGuideEn,
  de: objectionGuideDe,
  nb: objectionGuideNb,
  bg: objectionGuideBg,
  cs: objectionGuideCs,
  da: objectionGuideDa,
  el: objectionGuideEl,
  es: objectionGuideEs,
  et: objectionGuideEt,
  fi: objectionGuideFi,
  fr: objectionGuideFr,
  ga: objectionGuideGa,
  hr: objectionGuideHr,
  hu: objectionGuideHu,
  is: objectionGuideIs,
  it: objectionGuideIt,
  lt: objectionGuideLt,
  lv: objectionGuideLv,
  mt: objectionGuideMt,
  nl: objectionGuideNl,
  pl: objectionGuidePl,
  pt: objectionGuidePt,
  ro: objectionGuideRo,
  sk: objectionGuideSk,
  sl: objectionGuideSl,
  sv: objectionGuideSv,
} as const satisfies Record<Locale, ObjectionGuideContent>;

export type { ObjectionGuideContent };
