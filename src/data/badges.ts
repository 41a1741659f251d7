/* The badge of each language: its lines and its alternative text, from the current round as of the build. */
import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { badgeLayout, type BadgeLayout } from '../build/badge';
import { badgeAction, roundStatusLine } from '../lib/roundWording';
import { buildTime } from '../build/siteMeta';
import { getCurrentRound } from './collections';

const badges = new Map<Locale, Promise<{ layout: BadgeLayout; alt: string }>>();

/** A language's badge, worked out once per build (every embed-code generator page lists all 26). */
export function badgeFor(locale: Locale): Promise<{ layout: BadgeLayout; alt: string }> {
  if (!badges.has(locale)) badges.set(locale, makeBadge(locale));
  return badges.get(locale)!;
}

async function makeBadge(locale: Locale): Promise<{ layout: BadgeLayout; alt: string }> {
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
