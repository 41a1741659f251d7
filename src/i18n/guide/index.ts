import type { Locale } from '../locales';
import { guideDe } from './de';
import { guideEn, type GuideContent } from './en';
import { guideNb } from './nb';

/** The objection guide's text in every locale. */
export const guides = { en: guideEn, de: guideDe, nb: guideNb } as const satisfies Record<Locale, GuideContent>;

export type { GuideContent };
