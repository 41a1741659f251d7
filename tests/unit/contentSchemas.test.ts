import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { locales } from '../../src/i18n/locales';
import { linkSchema, noticeSchema, roundSchema } from '../../src/lib/contentSchemas';
import { noticeIdFromPath } from '../../src/lib/noticePaths';

const fixtures = join(import.meta.dirname, 'fixtures');
const content = join(import.meta.dirname, '../../src/content');

const yamlEntries = (path: string): unknown[] => parseYaml(readFileSync(path, 'utf8'));
const frontmatter = (path: string): unknown => parseYaml(readFileSync(path, 'utf8').split(/^---$/m)[1]!);

/** The fields a schema complains about, as dotted paths. */
function rejectedFields(
  schema: { safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } },
  data: unknown,
): string[] {
  const result = schema.safeParse(data);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.path.join('.'));
}

describe('links: official form URLs', () => {
  it.each(['non-https', 'foreign-host', 'lookalike-host'])('rejects %s and names the url field', (name) => {
    const [entry] = yamlEntries(join(fixtures, 'links', `${name}.yaml`));
    expect(rejectedFields(linkSchema, entry)).toContain('url');
  });

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
  it.each([
    ['no-zone', 'deadline.zone'],
    ['unknown-zone', 'deadline.zone'],
    ['offset-zone', 'deadline.zone'],
    ['dst-gap', 'deadline.wallClock'],
    ['malformed-wall-clock', 'deadline.wallClock'],
    ['paused-without-date', 'pausedOn'],
  ])('rejects %s and names %s', (name, field) => {
    const [entry] = yamlEntries(join(fixtures, 'rounds', `${name}.yaml`));
    expect(rejectedFields(roundSchema, entry)).toContain(field);
  });

  it('turns the real deadlines into instants with the Berlin offset of the day', () => {
    const rounds = yamlEntries(join(content, 'rounds.yaml')).map((entry) => roundSchema.parse(entry));
    expect(rounds.map((round) => [round.id, round.deadline.iso, round.status])).toEqual([
      ['2024', '2024-06-26T00:00:00+02:00', 'paused'],
      ['2025', '2025-05-27T00:00:00+02:00', 'passed'],
    ]);
    expect(rounds[1]!.deadline.epochMs).toBe(Date.UTC(2025, 4, 26, 22, 0, 0));
  });
});

describe('notices: source, authority and date are required', () => {
  it.each([
    ['no-source', 'sourceUrl'],
    ['no-authority', 'authority'],
    ['no-date', 'published'],
    ['http-source', 'sourceUrl'],
    ['bad-date', 'published'],
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

  // Locales without a folder show the English notices (see translations.test.ts).
  const noticeFolders = readdirSync(join(content, 'notices'));
  const realNotices = noticeFolders.flatMap((locale) =>
    readdirSync(join(content, 'notices', locale)).map((file) => [locale, file] as const),
  );

  it.each(realNotices)('the real notice %s/%s is valid and names a known round', (locale, file) => {
    const notice = noticeSchema.parse(frontmatter(join(content, 'notices', locale, file)));
    expect(['2024', '2025']).toContain(notice.round);
  });

  it('the first three locales have every notice translated', () => {
    const slugs = (locale: string) => readdirSync(join(content, 'notices', locale)).sort();
    for (const locale of ['de', 'nb']) expect(slugs(locale)).toEqual(slugs('en'));
    expect(noticeFolders.every((folder) => (locales as readonly string[]).includes(folder))).toBe(true);
  });
});
