import type { Locale } from '../locales';
import { guideBg } from './bg';
import { guideCs } from './cs';
import { guideDa } from './da';
import { guideDe } from './de';
import { guideEl } from './el';
import { guideEs } from './es';
import { guideEt } from './et';
import { guideFi } from './fi';
import { guideFr } from './fr';
import { guideGa } from './ga';
import { guideHr } from './hr';
import { guideHu } from './hu';
import { guideIs } from './is';
import { guideIt } from './it';
import { guideLt } from './lt';
import { guideLv } from './lv';
import { guideMt } from './mt';
import { guideNb } from './nb';
import { guideNl } from './nl';
import { guidePl } from './pl';
import { guidePt } from './pt';
import { guideRo } from './ro';
import { guideSk } from './sk';
import { guideSl } from './sl';
import { guideSv } from './sv';
import { guideEn, type GuideContent } from './en';

/** The objection guide's text in every locale. */
export const guides = { en: guideEn, de: guideDe, nb: guideNb, bg: guideBg, cs: guideCs, da: guideDa, el: guideEl, es: guideEs, et: guideEt, fi: guideFi, fr: guideFr, ga: guideGa, hr: guideHr, hu: guideHu, is: guideIs, it: guideIt, lt: guideLt, lv: guideLv, mt: guideMt, nl: guideNl, pl: guidePl, pt: guidePt, ro: guideRo, sk: guideSk, sl: guideSl, sv: guideSv } as const satisfies Record<Locale, GuideContent>;

export type { GuideContent };
