/*
 * Every notice exists in every language, and each translation states what the English states: the
 * same source and round, the same numbers (days, months written out aside: years, days, article
 * numbers, counts), the same addresses, and the same outline (headings, bullet points, no
 * accidental numbered list: a paragraph that starts "12. juni 2024" would become one).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { frontmatter, noticeFile, noticeSchema, realNoticeFiles } from './content';

const slugs = realNoticeFiles()
  .filter(([locale]) => locale === 'en')
  .map(([, slug]) => slug);

/** What a translation must keep of its English original. */
function facts(locale: string, slug: string) {
  const text = readFileSync(noticeFile(locale, slug), 'utf8');
  const data = noticeSchema.parse(frontmatter(noticeFile(locale, slug)));
  const body = text.split(/^---$/m).slice(2).join('---');
  const lines = body.split('\n');
  return {
    source: data.source.id,
    round: data.round.id,
    numbers: (`${data.title} ${data.summary} ${body}`.match(/\d+/g) ?? []).sort(),
    urls: (body.match(/https?:\/\/\S+/g) ?? []).sort(),
    headings: lines.filter((line) => /^##\s/.test(line)).length,
    bullets: lines.filter((line) => /^\s*[-*]\s/.test(line)).length,
    numberedItems: lines.filter((line) => /^\s*\d+[.)]\s/.test(line)).length,
  };
}

describe('notices in every language', () => {
  it('English has the four notices', () => {
    expect(slugs.sort()).toEqual(['datatilsynet-2025', 'hamburg-2024', 'hamburg-2025', 'klicksafe-2024']);
  });

  const cases = locales
    .filter((locale) => locale !== 'en')
    .flatMap((locale) => slugs.map((slug) => [locale, slug] as const));

  it.each(cases)(
    '%s/%s exists and states the same source, round, numbers, addresses and outline as English',
    (locale, slug) => {
      expect(realNoticeFiles()).toContainEqual([locale, slug]);
      expect({ locale, slug, ...facts(locale, slug) }).toEqual({ locale, slug, ...facts('en', slug) });
    },
  );
});
