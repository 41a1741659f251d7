/*
 * What the site says about a round, in the reader's language and true at the moment it is said:
 * before the deadline, after it, or while the round is paused. One place for these sentences, so
 * the home page, link previews, badges, feeds and share text never disagree.
 */
import type { Translate } from '../i18n';
import type { Locale } from '../i18n/locales';
import { lastDayToObject } from './deadlineDisplay';
import { formatDate } from './formatDate';
import { roundState, type RoundTiming } from './rounds';

export type WordedRound = RoundTiming & {
  deadline: { epochMs: number; zone: string };
  pausedOn?: string | undefined;
  trainingStart?: string | undefined;
};

const lastDay = (locale: Locale, round: WordedRound) => formatDate(locale, lastDayToObject(round));

/** One short line on a round, for images, badges and lists: "Deadline was 26 May 2025". */
export function roundStatusLine(t: Translate, locale: Locale, round: WordedRound, now: Date): string {
  const state = roundState(round, now);
  if (state === 'paused') return t('rounds.paused', { date: formatDate(locale, round.pausedOn!) });
  if (state === 'passed') return t('rounds.deadlineWas', { date: lastDay(locale, round) });
  return t('rounds.deadline', { date: lastDay(locale, round) });
}

/** What a friend can still do, for the big line of link previews. */
export function actionHeadline(t: Translate, locale: Locale, round: WordedRound, now: Date): string {
  const state = roundState(round, now);
  if (state === 'paused') return t('og.headlinePaused');
  if (state === 'passed') return t('og.headlinePassed');
  return t('og.headlineUpcoming', { date: lastDay(locale, round) });
}

/** The share text: what a friend should know, in the reader's language. */
export function shareText(t: Translate, locale: Locale, round: WordedRound, now: Date): string {
  const state = roundState(round, now);
  if (state === 'paused') return t('share.textPaused');
  if (state === 'passed') return t('share.textPassed');
  return t('share.textUpcoming', { date: lastDay(locale, round) });
}

/** What objecting does now, in a few words, for badges. */
export function badgeAction(t: Translate, round: WordedRound, now: Date): string {
  const state = roundState(round, now);
  if (state === 'paused') return t('badge.actionPaused');
  if (state === 'passed') return t('badge.actionPassed');
  return t('badge.actionUpcoming');
}
