import { describe, expect, it } from 'vitest';
import { currentRound, roundFacts, roundState, roundStatusProblem } from '../../src/lib/rounds';
import { wallClockToInstant } from '../../src/lib/zonedTime';

const berlin2025 = wallClockToInstant('2025-05-27T00:00', 'Europe/Berlin').getTime();

describe('rounds', () => {
  const rounds = [
    { id: '2024', status: 'paused' as const, deadline: { epochMs: Date.UTC(2024, 5, 25, 22) } },
    { id: '2025', status: 'passed' as const, deadline: { epochMs: berlin2025 } },
  ];

  it('the current round is the one with the latest deadline, whatever the order', () => {
    expect(currentRound(rounds).id).toBe('2025');
    expect(currentRound([...rounds].reverse()).id).toBe('2025');
    expect(() => currentRound([])).toThrow(/empty/);
  });

  it('a paused round stays paused; a round past its deadline is passed', () => {
    expect(roundState(rounds[0]!, new Date('2026-11-22'))).toBe('paused');
    expect(roundState(rounds[1]!, new Date('2026-11-22'))).toBe('passed');
    expect(roundState(rounds[1]!, new Date('2025-05-01'))).toBe('upcoming');
  });

  it('flags a round marked passed whose deadline is still ahead', () => {
    expect(roundStatusProblem(rounds[1]!, new Date('2025-05-01'))).toMatch(/still ahead/);
    expect(roundStatusProblem(rounds[1]!, new Date('2026-01-01'))).toBeUndefined();
  });
});

describe('roundFacts', () => {
  const round = {
    id: '2025',
    announced: '2025-04-14',
    deadline: { epochMs: wallClockToInstant('2025-05-27T00:00', 'Europe/Berlin').getTime(), zone: 'Europe/Berlin' },
    trainingStart: '2025-05-27',
  };

  it('lists the dated facts in date order, the deadline as the last day to object, with the ids feeds link to', () => {
    expect(roundFacts(round)).toEqual([
      { field: 'announced', day: '2025-04-14', id: 'round-2025-announced' },
      { field: 'deadline', day: '2025-05-26', id: 'round-2025-deadline' },
      { field: 'trainingStart', day: '2025-05-27', id: 'round-2025-started' },
    ]);
  });

  it('leaves out the dates a round does not have, and lists a pause when there is one', () => {
    const paused = roundFacts({ ...round, id: '2024', trainingStart: undefined, pausedOn: '2025-05-20' });
    expect(paused.map(({ field }) => field)).toEqual(['announced', 'pausedOn', 'deadline']);
    expect(paused[1]!.id).toBe('round-2024-paused');
  });
});
