import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n';
import { lastDayToObject } from './deadlineDisplay';
import { formatDate } from './formatDate';
import { roundState, type RoundTiming } from './rounds';

type Round = RoundTiming & { deadline: { epochMs: number; zone: string }; pausedOn?: string | undefined };

/** One short line on a round, for images and feeds: "Deadline passed · 26 May 2025". */
export function roundStatusLine(t: Translate, locale: Locale, round: Round, now: Date): string {
  const state = roundState(round, now);
  const lastDay = formatDate(locale, lastDayToObject(round));
  if (state === 'paused')
    return t('rounds.paused', { date: formatDate(locale, round.pausedOn ?? lastDayToObject(round)) });
  if (state === 'passed') return `${t('state.passed')} · ${lastDay}`;
  return t('rounds.deadline', { date: lastDay });
}

/** The share text: what a friend should know, in the reader's language. */
export function shareText(t: Translate, locale: Locale, round: Round, now: Date): string {
  const state = roundState(round, now);
  if (state === 'paused') return t('share.textPaused');
  if (state === 'passed') return t('share.textPassed');
  return t('share.textUpcoming', { date: formatDate(locale, lastDayToObject(round)) });
}
