import { AFTER_SOURCE_IDS } from '../../src/lib/afterObjecting';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { contentCheckedOn, linkSchema } from '../../src/lib/contentSchemas';
import { noticeIdFromPath } from '../../src/lib/noticePaths';
import {
  contentDir as content,
  fixturesDir as fixtures,
  frontmatter,
  noticeFile,
  noticeSchema,
  objectionGuideSourceIds,
  realNoticeFiles,
  realRounds,
  realSources,
  realTimeline,
  roundSchema,
  sourceSchema,
  yamlEntries,
} from './content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fields a schema complains about, as dotted paths. */
function rejectedFields(
  schema: { safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } },
  data: unknown,
): string[] {
  const result = schema.safeParse(data);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.path.join('.'));
}

/** The schema each folder of broken fixtures (tests/unit/fixtures/{folder}/) is checked with. */
const FIXTURE_SCHEMAS = { links: linkSchema, rounds: roundSchema, sources: sourceSchema };

describe('broken content fails with the field named', () => {
  it.each([
    // Official form links: https only, and only the hosts of Meta's forms.
    ['links', 'non-https', 'url'],
    ['links', 'foreign-host', 'url'],
    ['links', 'lookalike-host', 'url'],
    // Rounds: deadlines in an IANA zone, at a wall-clock time that exists there.
    ['rounds', 'no-zone', 'deadline.zone'],
    ['rounds', 'unknown-zone', 'deadline.zone'],
    ['rounds', 'offset-zone', 'deadline.zone'],
    ['rounds', 'dst-gap', 'deadline.wallClock'],
    ['rounds', 'malformed-wall-clock', 'deadline.wallClock'],
    ['rounds', 'paused-without-date', 'pausedOn'],
    // The source register.
    ['sources', 'no-publisher', 'publisher'],
    ['sources', 'bad-date', 'date'],
    ['sources', 'http-url', 'url'],
    ['sources', 'no-facts', 'facts'],
    ['sources', 'no-checked', 'checked'],
  ] as const)('%s/%s.yaml is rejected, naming %s', (folder, name, field) => {
    const [entry] = yamlEntries(join(fixtures, folder, `${name}.yaml`));
    expect(rejectedFields(FIXTURE_SCHEMAS[folder], entry)).toContain(field);
  });
});

describe('links: official form URLs', () => {
  it('accepts the real links, whose forms are the two official forms', () => {
    const entries = yamlEntries(join(content, 'links.yaml')).map((entry) => linkSchema.parse(entry));
    expect(
      entries
        .filter((entry) => entry.kind === 'form')
        .map((entry) => entry.url)
        .sort(),
    ).toEqual([
      'https://help.instagram.com/contact/767264225370182',
      'https://www.facebook.com/help/contact/712876720715583',
    ]);
  });
});

describe('rounds: deadlines in an IANA zone', () => {
  it('turns the real deadlines into instants with the Berlin offset of the day', () => {
    const rounds = realRounds();
    expect(rounds.map((round) => [round.id, round.deadline.iso, round.status])).toEqual([
      ['2024', '2024-06-26T00:00:00+02:00', 'paused'],
      ['2025', '2025-05-27T00:00:00+02:00', 'passed'],
    ]);
    expect(rounds[1]!.deadline.epochMs).toBe(Date.UTC(2025, 4, 26, 22, 0, 0));
  });
});

describe('the source register', () => {
  it('accepts a date known only to the month, and keeps it that way', () => {
    const klicksafe = realSources().find((source) => source.id === 'klicksafe-2024')!;
    expect(klicksafe.date).toBe('2024-06');
    expect(realSources().find((source) => source.id === 'datatilsynet-2025')!.date).toBe('2025-04');
  });

  it('holds every source that rounds, timeline events, notices, the objection guide and the pages after objecting name', () => {
    const ids = new Set(realSources().map((source) => source.id));
    const named = [
      ...[
        ...realRounds().flatMap((round) => Object.values(round.sources).flat()),
        ...realTimeline().flatMap((event) => event.sources),
        ...realNoticeFiles().map(([locale, slug]) => noticeSchema.parse(frontmatter(noticeFile(locale, slug))).source),
      ].map((reference) => reference!.id),
      ...objectionGuideSourceIds(),
      ...AFTER_SOURCE_IDS,
    ];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
    // And every entry of the register is cited somewhere, or says why it is kept.
    expect([...ids].filter((id) => !named.includes(id) && id !== 'saxony-anhalt-2025')).toEqual([]);
  });

  it('credits the pause of 14 June 2024 to the Irish Data Protection Commission, not to klicksafe', () => {
    const round = realRounds().find((candidate) => candidate.id === '2024')!;
    expect(round.pausedOn).toBe('2024-06-14');
    expect(round.sources.pausedOn!.map((reference) => reference.id)).toEqual(['dpc-pause-2024']);
    const event = realTimeline().find((candidate) => candidate.id === 'meta-pauses-2024')!;
    expect(event.sources.map((reference) => reference.id)).toEqual(['dpc-pause-2024']);
    const dpc = realSources().find((source) => source.id === 'dpc-pause-2024')!;
    expect(dpc.date).toBe('2024-06-14');
    expect(
      realSources()
        .find((source) => source.id === 'klicksafe-2024')!
        .facts.join(' '),
    ).toMatch(/gives no date for the pause/);
  });
});

describe('when the content was last checked', () => {
  const sources = realSources();

  it('is recorded per source, and the footer shows the oldest of those days', () => {
    const days = sources.map((source) => source.checked).sort();
    expect(contentCheckedOn(sources)).toBe(days[0]);
    expect(contentCheckedOn([{ checked: '2026-12-07' }, { checked: '2026-11-30' }])).toBe('2026-11-30');
    expect(() => contentCheckedOn([])).toThrow(/no sources/);
  });

  it('is a day in the past of the build, never a future promise', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(sources.filter((source) => source.checked > today).map((source) => source.id)).toEqual([]);
  });

  it('has the four authority notices compared with the site on the same day', () => {
    const notices = sources.filter((source) => source.kind === 'notice').map((source) => source.checked);
    expect(notices).toHaveLength(4);
    expect(new Set(notices).size).toBe(1);
  });

  it('is read from the register for the footer of every page, not from a constant set by hand', () => {
    const read = (file: string) => readFileSync(join(import.meta.dirname, '../../src', file), 'utf8');
    expect(read('data/pageFrame.ts')).toMatch(/contentCheckedOn: await getContentCheckedOn\(\)/);
    expect(read('components/layout/SiteFooter.astro')).not.toMatch(/contentReviewed/);
  });

  it('says how the site reads the Hamburg 2024 date, which the page writes as 06-12-2024', () => {
    const hamburg = sources.find((source) => source.id === 'hamburg-2024')!;
    expect(hamburg.date).toBe('2024-06-12');
    expect(hamburg.note).toMatch(/"06-12-2024"/);
    expect(hamburg.note).toMatch(/12 June 2024/);
  });
});

describe('notices: a source and a round are required', () => {
  it.each([
    ['no-source', 'source'],
    ['no-round', 'round'],
  ])('rejects %s and names %s', (name, field) => {
    expect(rejectedFields(noticeSchema, frontmatter(join(fixtures, 'notices', `${name}.mdx`)))).toContain(field);
  });

  it('accepts a complete notice', () => {
    expect(noticeSchema.safeParse(frontmatter(join(fixtures, 'notices', 'valid.mdx'))).success).toBe(true);
  });

  it('rejects a notice outside a locale folder, naming the file', () => {
    expect(() => noticeIdFromPath('xx/hamburg-2025.mdx')).toThrow(
      /src\/content\/notices\/xx\/hamburg-2025\.mdx.*"xx" is not one/,
    );
    expect(() => noticeIdFromPath('hamburg-2025.mdx')).toThrow(/locale folder/);
    expect(noticeIdFromPath('de/hamburg-2025.mdx')).toBe('de/hamburg-2025');
  });

  it.each(realNoticeFiles())('the real notice %s/%s is valid and names a known round', (locale, slug) => {
    const notice = noticeSchema.parse(frontmatter(noticeFile(locale, slug)));
    expect(realRounds().map((round) => round.id)).toContain(notice.round.id);
    expect(locales as readonly string[]).toContain(locale);
  });
});
