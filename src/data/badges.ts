/* The badge of each language: its lines and its alternative text, from the current round as of the build. */
import { useTranslations } from '../i18n';
import type { Locale } from '../i18n/locales';
import { badgeLayout, type BadgeLayout } from '../build/badge';
import { badgeAction, roundStatusLine } from '../lib/roundWording';
import { getCurrentRound } from './collections';

const badges = new Map<string, Promise<{ layout: BadgeLayout; alt: string }>>();

/** A language's badge as of `now`, worked out once per build (every embed-code generator page lists all 26). */
export function badgeFor(locale: Locale, now: Date): Promise<{ layout: BadgeLayout; alt: string }> {
  const key = `${locale} ${now.toISOString()}`;
  if (!badges.has(key)) badges.set(key, makeBadge(locale, now));
  return badges.get(key)!;
}

async function makeBadge(locale: Locale, now: Date): Promise<{ layout: BadgeLayout; alt: string }> {
  const t = useTranslations(locale);
  const round = await getCurrentRound();
  const text = {
    siteName: t('site.name'),
    status: roundStatusLine(t, locale, round, now),
    action: badgeAction(t, round, now),
  };
  return {
    layout: badgeLayout(text),
    alt: t('badge.alt', { site: text.siteName, status: text.status, action: text.action }),
  };
}
