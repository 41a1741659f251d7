import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';

/** The context of a page in `locale` as of `now`: what Astro.locals holds (src/env.d.ts). */
export function requestContext(locale: Locale, now: Date): App.Locals {
  return { locale, t: useTranslations(locale), now };
}
