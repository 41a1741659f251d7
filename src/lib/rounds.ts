import type { CountdownState } from './deadlineState';
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
