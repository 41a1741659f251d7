/*
 * Deadline state and remaining time. Pure and free of date libraries, because the browser
 * script of the countdown imports it too (budget: 1.5 KB min+gzip).
 */

export type CountdownState = 'upcoming' | 'urgent' | 'passed' | 'paused';

export interface TimeParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** Below this much time left, a round is `urgent`. */
export const URGENT_WITHIN = 48 * HOUR;

/** Splits a non-negative duration into whole days, hours, minutes and seconds (rounded down). */
export function splitDuration(ms: number): TimeParts {
  const whole = Math.floor(Math.max(0, ms) / SECOND) * SECOND;
  return {
    days: Math.floor(whole / DAY),
    hours: Math.floor(whole / HOUR) % (DAY / HOUR),
    minutes: Math.floor(whole / MINUTE) % (HOUR / MINUTE),
    seconds: (whole / SECOND) % (MINUTE / SECOND),
  };
}

/**
 * The state of a round at instant `now` (ms since epoch), and the time left until its deadline
 * or, once passed, the time since. A paused round stays paused whatever the clock says.
 * The deadline instant itself counts as passed.
 */
export function deadlineState(
  deadlineMs: number,
  paused: boolean,
  now: number,
): { state: CountdownState; parts: TimeParts } {
  const left = deadlineMs - now;
  const state: CountdownState = paused
    ? 'paused'
    : left <= 0
      ? 'passed'
      : left <= URGENT_WITHIN
        ? 'urgent'
        : 'upcoming';
  return { state, parts: splitDuration(Math.abs(left)) };
}
