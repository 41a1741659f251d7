/*
 * No tofu in the Open Graph images: every character an image can show (site name, page titles,
 * notice titles, round status lines with their localized dates), in every locale, has a glyph in
 * the fonts the images are drawn with.
 */
import { readFileSync } from 'node:fs';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { objectionGuides, uiStrings, useTranslations } from '../../src/i18n';
import { locales } from '../../src/i18n/locales';
import { actionHeadline, badgeAction, roundStatusLine } from '../../src/lib/roundWording';
import { FONT_SUBSETS, fontFile } from '../../src/build/imageFonts';
import { frontmatter, noticeFile, noticeSchema, realNoticeFiles, realRounds } from './content';

const load = (path: string) => {
  const bytes = readFileSync(path);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};
const fonts = FONT_SUBSETS.flatMap((subset) => [400, 700].map((weight) => load(fontFile(subset, weight as 400 | 700))));
const covered = (char: string, weight: 400 | 700) =>
  fonts.filter((_, index) => index % 2 === (weight === 400 ? 0 : 1)).some((font) => font.charToGlyphIndex(char) > 0);

const rounds = realRounds();

/** The titles of a locale's notices (a locale without its own notices shows the English ones). */
const noticeTitles = (locale: string): string[] =>
  realNoticeFiles()
    .filter(([folder]) => folder === locale)
    .map(([, slug]) => noticeSchema.parse(frontmatter(noticeFile(locale, slug))).title);

describe('glyph coverage of the fonts of link previews and badges', () => {
  it('has rounds and notice titles to check', () => {
    expect(rounds.length).toBeGreaterThan(0);
    expect(noticeTitles('en').length).toBeGreaterThan(0);
    expect(fonts.length).toBe(FONT_SUBSETS.length * 2);
  });

  it.each(locales)('%s: every character has a glyph, regular and bold', (locale) => {
    const t = useTranslations(locale);
    // Every line an image can show, in every state of every round: previews and badges.
    const statusLines = rounds.flatMap((round) =>
      [round.deadline.epochMs - 7 * 86400_000, round.deadline.epochMs + 1].flatMap((now) => [
        roundStatusLine(t, locale, round, new Date(now)),
        actionHeadline(t, locale, round, new Date(now)),
        badgeAction(t, round, new Date(now)),
      ]),
    );
    const text = [
      uiStrings[locale]['site.name'],
      t('home.title'),
      objectionGuides[locale].title,
      ...noticeTitles(locale),
      ...noticeTitles('en'),
      ...rounds.map((round) => t('round.name', { year: round.id })),
      ...statusLines,
    ].join('');
    const missing = new Set<string>();
    for (const char of new Set(text)) {
      if (/\s/.test(char)) continue;
      for (const weight of [400, 700] as const)
        if (!covered(char, weight)) missing.add(`${char} U+${char.codePointAt(0)!.toString(16).toUpperCase()}`);
    }
    expect([...missing]).toEqual([]);
  });

  it('a character outside every font is reported (the check can fail)', () => {
    expect(covered('\u{1F600}', 700)).toBe(false);
    expect(covered('ħ', 700)).toBe(true);
    expect(covered('Ω', 400)).toBe(true);
    expect(covered('Ж', 700)).toBe(true);
  });
});
