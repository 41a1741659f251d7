import type { Locale } from '../locales';
import { timelineDe } from './de';
import { timelineEn, type TimelineTexts } from './en';
import { timelineNb } from './nb';

/** The timeline's sentences in every locale, by event id. */
export const timelineTexts = { en: timelineEn, de: timelineDe, nb: timelineNb } as const satisfies Record<Locale, TimelineTexts>;

export type TimelineEventId = keyof TimelineTexts;
