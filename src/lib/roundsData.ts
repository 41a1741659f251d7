/*
 * /rounds.json: every round as open data for journalists and partners, with instants both with the
 * deadline zone's offset and in UTC, its status, its dates and the sources of each date. Its shape
 * is described by /rounds.schema.json (src/lib/roundsSchema.json).
 */
import { lastDayToObject, lastMomentToObject } from './deadlineDisplay';
import { roundState } from './rounds';
import { toIsoWithOffset } from './zonedTime';

interface Source {
  id: string;
  publisher?: string | undefined;
  kind: string;
  date?: string | undefined;
  url?: string | undefined;
  urlIsHomePage: boolean;
  language: string;
  certainty: string;
}

export interface RoundForData {
  id: string;
  revision: number;
  status: 'upcoming' | 'paused' | 'passed';
  announced: string;
  deadline: { wallClock: string; zone: string; iso: string; epochMs: number };
  policyDate?: string | undefined;
  trainingStart?: string | undefined;
  pausedOn?: string | undefined;
  sources: Partial<
    Record<'announced' | 'deadline' | 'policyDate' | 'trainingStart' | 'pausedOn', Source[] | undefined>
  >;
}

const instant = (date: Date, zone: string) => ({ withOffset: toIsoWithOffset(date, zone), utc: date.toISOString() });
const source = ({ id, publisher, kind, date, url, urlIsHomePage, language, certainty }: Source) => ({
  id,
  publisher: publisher ?? null,
  kind,
  date: date ?? null,
  url: url ?? null,
  urlIsHomePage,
  language,
  certainty,
});

/** The document: `calendar` gives each round's calendar file per language, or none for a paused round. */
export function roundsDocument(
  rounds: readonly RoundForData[],
  options: { schemaUrl: string; generated: Date; calendar: (roundId: string) => Record<string, string> | null },
) {
  return {
    $schema: options.schemaUrl,
    generated: options.generated.toISOString(),
    rounds: rounds.map((round) => {
      const deadline = new Date(round.deadline.epochMs);
      return {
        id: round.id,
        revision: round.revision,
        status: round.status,
        stateWhenGenerated: roundState(round, options.generated),
        announced: round.announced,
        deadline: {
          wallClock: round.deadline.wallClock,
          zone: round.deadline.zone,
          ...instant(deadline, round.deadline.zone),
        },
        lastMomentToObject: instant(lastMomentToObject(deadline, round.deadline.zone), round.deadline.zone),
        lastDayToObject: lastDayToObject(round),
        policyDate: round.policyDate ?? null,
        trainingStart: round.trainingStart ?? null,
        pausedOn: round.pausedOn ?? null,
        sources: Object.fromEntries(
          Object.entries(round.sources)
            .filter((entry): entry is [string, Source[]] => entry[1] !== undefined)
            .map(([field, list]) => [field, list.map(source)]),
        ),
        calendar: options.calendar(round.id),
      };
    }),
  };
}
