/* The badge of each language: its lines and its alternative text, from the current round as of the build. */
import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { badgeLayout, type BadgeLayout } from '../lib/badge';
import { badgeAction, roundStatusLine } from '../lib/roundWording';
import { buildTime } from '../lib/siteMeta';
import { getCurrentRound } from './collections';

export async function badgeFor(locale: Locale): Promise<{ layout: BadgeLayout; alt: string }> {
  const t = useTranslations(locale);
  const round = await getCurrentRound();
  const text = {
    siteName: t('site.name'),
    status: roundStatusLine(t, locale, round, buildTime),
    action: badgeAction(t, round, buildTime),
  };
  return {
    layout: badgeLayout(text),
    alt: t('badge.alt', { site: text.siteName, status: text.status, action: text.action }),
  };
}
