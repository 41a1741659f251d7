import type { CountdownState } from './deadlineState';
import { lastDayToObject } from './deadlineDisplay';
import { deadlineState } from './deadlineState';

/** The fields of a round that the countdown needs. */
export interface RoundTiming {
  id: string;
  status: 'upcoming' | 'paused' | 'passed';
  deadline: { epochMs: number };
}

/**
 * The round the home page and the widget show by default: the one with the latest deadline.
 * Decided here and nowhere else.
 */
export function currentRound<R extends RoundTiming>(rounds: readonly R[]): R {
  const latest = [...rounds].sort((a, b) => b.deadline.epochMs - a.deadline.epochMs)[0];
  if (!latest) throw new Error('The rounds collection is empty: add at least one round.');
  return latest;
}

/** The first round after `round`, if Meta came back with one (said while `round` is paused). */
export function laterRound<R extends RoundTiming>(rounds: readonly R[], round: R): R | undefined {
  return [...rounds]
    .sort((a, b) => a.deadline.epochMs - b.deadline.epochMs)
    .find((other) => other.deadline.epochMs > round.deadline.epochMs);
}

/** State of a round at `now`, from its deadline and whether Meta paused it. */
export function roundState(round: RoundTiming, now: Date): CountdownState {
  return deadlineState(round.deadline.epochMs, round.status === 'paused', now.getTime()).state;
}

/**
 * Problems with a round's editorial status at build time: a round marked passed whose deadline
 * is still ahead is a mistake in the content, not something to show.
 */
export function roundStatusProblem(round: RoundTiming, buildTime: Date): string | undefined {
  if (round.status === 'passed' && round.deadline.epochMs > buildTime.getTime()) {
    return `round "${round.id}" has status "passed" but its deadline is still ahead`;
  }
  return undefined;
}

/** The round's fields that hold a day, and the fragment each has in the timeline's overview of rounds. */
const FACT_ANCHORS = {
  announced: 'announced',
  deadline: 'deadline',
  pausedOn: 'paused',
  policyDate: 'policy',
  trainingStart: 'started',
} as const;

export type RoundFactField = keyof typeof FACT_ANCHORS;

/** A dated fact of a round: which field, its day, and its id in the timeline's overview (feeds link to it). */
export interface RoundFact {
  field: RoundFactField;
  day: string;
  id: string;
}

/**
 * The dated facts of a round in date order: announced, the last day to object, and the pause,
 * policy and training dates where the round has them. The deadline's day is the last day to
 * object (see lastDayToObject), not the day of a midnight deadline.
 */
export function roundFacts(
  round: { id: string; announced: string; deadline: { epochMs: number; zone: string } } & Partial<
    Record<'pausedOn' | 'policyDate' | 'trainingStart', string | undefined>
  >,
): RoundFact[] {
  const days: Record<RoundFactField, string | undefined> = {
    announced: round.announced,
    deadline: lastDayToObject(round),
    pausedOn: round.pausedOn,
    policyDate: round.policyDate,
    trainingStart: round.trainingStart,
  };
  return (Object.keys(FACT_ANCHORS) as RoundFactField[])
    .filter((field) => days[field])
    .map((field) => ({ field, day: days[field]!, id: `round-${round.id}-${FACT_ANCHORS[field]}` }))
    .sort((a, b) => a.day.localeCompare(b.day));
}
