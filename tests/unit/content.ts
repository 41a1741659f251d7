/* The content files as the unit tests read them: parsed with the real schemas, references read by id. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { RoundEntry } from '../../src/data/collections';
import {
  noticeSchema as noticeSchemaWith,
  referenceById,
  roundSchema as roundSchemaWith,
  sourceSchema,
  timelineEventSchema as timelineEventSchemaWith,
} from '../../src/lib/contentSchemas';
import { COVERAGE, COVERAGE_NOTES, STEP_SOURCES } from '../../src/lib/objectionGuide';

export const contentDir = join(import.meta.dirname, '../../src/content');
export const fixturesDir = join(import.meta.dirname, 'fixtures');

export const roundSchema = roundSchemaWith(referenceById);
export const noticeSchema = noticeSchemaWith(referenceById);
export const timelineEventSchema = timelineEventSchemaWith(referenceById);
export { sourceSchema };

/** The entries of a YAML file (a list). */
export const yamlEntries = (path: string): unknown[] => {
  const entries: unknown = parseYaml(readFileSync(path, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${path} is not a list`);
  return entries;
};
/** The frontmatter of an MDX file. */
export const frontmatter = (path: string): unknown => parseYaml(readFileSync(path, 'utf8').split(/^---$/m)[1]!);

export const realRounds = () => yamlEntries(join(contentDir, 'rounds.yaml')).map((entry) => roundSchema.parse(entry));
export const realSources = () =>
  yamlEntries(join(contentDir, 'sources.yaml')).map((entry) => sourceSchema.parse(entry));
/** The rounds as pages receive them (src/data/collections.ts): each fact's sources read from the register. */
export function realRoundEntries(): RoundEntry[] {
  const register = realSources();
  const read = (references?: { id: string }[]) =>
    references?.map(({ id }) => register.find((source) => source.id === id)!);
  return realRounds().map((round) => ({
    ...round,
    sources: {
      announced: read(round.sources.announced)!,
      deadline: read(round.sources.deadline)!,
      policyDate: read(round.sources.policyDate),
      trainingStart: read(round.sources.trainingStart),
      pausedOn: read(round.sources.pausedOn),
    },
  }));
}
export const realTimeline = () =>
  yamlEntries(join(contentDir, 'timeline.yaml')).map((entry) => timelineEventSchema.parse(entry));

/** Every notice file as [locale, slug]. */
export const realNoticeFiles = (): [string, string][] =>
  readdirSync(join(contentDir, 'notices')).flatMap((locale) =>
    readdirSync(join(contentDir, 'notices', locale)).map(
      (file) => [locale, file.replace(/\.mdx$/, '')] as [string, string],
    ),
  );
export const noticeFile = (locale: string, slug: string) => join(contentDir, 'notices', locale, `${slug}.mdx`);

/** Every source id the objection guide names (src/lib/objectionGuide.ts), each once. */
export const objectionGuideSourceIds = (): string[] => [
  ...new Set<string>([
    ...COVERAGE.flatMap((item) => item.sources),
    ...Object.values(COVERAGE_NOTES).flatMap((note) => note.sources),
    ...STEP_SOURCES,
  ]),
];
