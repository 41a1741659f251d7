import type { Locale } from '../locales';
import { timelineBg } from './bg';
import { timelineCs } from './cs';
import { timelineDa } from './da';
import { timelineDe } from './de';
import { timelineEl } from './el';
import { timelineEs } from './es';
import { timelineEt } from './et';
import { timelineFi } from './fi';
import { timelineFr } from './fr';
import { timelineGa } from './ga';
import { timelineHr } from './hr';
import { timelineHu } from './hu';
import { timelineIs } from './is';
import { timelineIt } from './it';
import { timelineLt } from './lt';
import { timelineLv } from './lv';
import { timelineMt } from './mt';
import { timelineNb } from './nb';
import { timelineNl } from './nl';
import { timelinePl } from './pl';
import { timelinePt } from './pt';
import { timelineRo } from './ro';
import { timelineSk } from './sk';
import { timelineSl } from './sl';
import { timelineSv } from './sv';
import { timelineEn, type TimelineTexts } from './en';

/** The timeline's sentences in every locale, by event id. */
export const timelineTexts = {
  en: timelineEn,
  de: timelineDe,
  nb: timelineNb,
  bg: timelineBg,
  cs: timelineCs,
  da: timelineDa,
  el: timelineEl,
  es: timelineEs,
  et: timelineEt,
  fi: timelineFi,
  fr: timelineFr,
  ga: timelineGa,
  hr: timelineHr,
  hu: timelineHu,
  is: timelineIs,
  it: timelineIt,
  lt: timelineLt,
  lv: timelineLv,
  mt: timelineMt,
  nl: timelineNl,
  pl: timelinePl,
  pt: timelinePt,
  ro: timelineRo,
  sk: timelineSk,
  sl: timelineSl,
  sv: timelineSv,
} as const satisfies Record<Locale, TimelineTexts>;

export type TimelineEventId = keyof TimelineTexts;
