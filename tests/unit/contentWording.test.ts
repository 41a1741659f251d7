/*
 * The site says only what its sources say. These hold the wording a review against the four
 * authority notices corrected: what objecting does after a deadline, the 2024 last day and who
 * named it, who said what, and the legal words of the translations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterObjecting, objectionGuides, timelineTexts, uiStrings } from '../../src/i18n';
import { defaultLocale, locales } from '../../src/i18n/locales';
import { englishHashes, flattenStrings } from '../../src/i18n/translationKeys';
import { lastDayToObject } from '../../src/lib/deadlineDisplay';
import { noticeFile, realNoticeFiles, realRounds, realSources } from './content';

const translatedFrom = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../src/i18n/translated-from.json'), 'utf8'),
) as Record<string, Record<string, string>>;
const translations = locales.filter((locale) => locale !== defaultLocale);
const notice = (locale: string, slug: string) => readFileSync(noticeFile(locale, slug), 'utf8');
const englishNotices = realNoticeFiles()
  .filter(([locale]) => locale === defaultLocale)
  .map(([, slug]) => [slug, notice(defaultLocale, slug)] as const);

/** Every English text a reader can meet: UI strings (pages, widget, share cards, feeds), the guide, the timeline, the notices. */
const englishTexts: [string, string][] = [
  ...Object.entries(uiStrings.en).map(([key, text]) => [`ui:${key}`, text] as [string, string]),
  ...flattenStrings(objectionGuides.en).map(([path, text]) => [`guide:${path}`, text] as [string, string]),
  ...Object.entries(timelineTexts.en).map(([id, text]) => [`timeline:${id}`, text] as [string, string]),
  ...englishNotices.map(([slug, text]) => [`notice:${slug}`, text] as [string, string]),
];

/** The texts that say what objecting does once a deadline has passed. */
const AFTER_DEADLINE_KEYS = [
  'ui:countdown.passedMeaning',
  'ui:badge.actionPassed',
  'ui:share.textPassed',
  'ui:og.headlinePassed',
  'guide:afterDeadline.text',
  'guide:faq.items.1.answer',
  'notice:datatilsynet-2025',
  'notice:hamburg-2024',
  'notice:hamburg-2025',
  'notice:klicksafe-2024',
];

/** Texts this wording rests on that every translation must have been made from, as English reads now. */
const CORRECTED_KEYS = [
  ...AFTER_DEADLINE_KEYS,
  'guide:steps.what-the-form-asks',
  'guide:footnotes.items.klicksafe-2024',
  'guide:covers.unclear',
  'guide:covers.items.meta-ai-chats',
  'guide:covers.accounts',
  'guide:faq.items.0.answer',
  'guide:faq.items.2.answer',
  'guide:faq.items.3.answer',
  'guide:faq.items.5.question',
  'guide:faq.items.5.answer',
  'timeline:deadline-2024',
  'timeline:policy-date-2024',
];

describe('what objecting does after a deadline', () => {
  // Hamburg 2025: objecting stays possible at any time, but what was trained on cannot be undone.
  // No source promises "everything", and none limits an objection to what is posted afterwards.
  const promises = [
    /protects? (still )?(everything|all)/i,
    /everything you post/i,
    /what you post (from|after)/i,
    /post(ed)? from (now|then) on/i,
    /protects? (still )?new posts/i,
  ];

  it.each(promises.map((pattern) => [String(pattern), pattern] as const))('no English text says %s', (_, pattern) => {
    expect(englishTexts.filter(([, text]) => pattern.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('the promises are found where they would be (the check can fail)', () => {
    const old = [
      'Objecting now still protects everything you post from now on.',
      'It protects what you post from then on.',
    ];
    for (const text of old) expect(promises.some((pattern) => pattern.test(text))).toBe(true);
  });

  it('says instead that objecting stops Meta using your public posts from then on, and what was used stays used', () => {
    expect(uiStrings.en['countdown.passedMeaning']).toMatch(
      /stops Meta using your public posts for its AI from then on/,
    );
    expect(uiStrings.en['countdown.passedDetail']).toMatch(/cannot be taken back out/);
    expect(uiStrings.en['share.textPassed']).toMatch(/from then on, it stops Meta using your public posts/);
    expect(uiStrings.en['share.textPassed']).toMatch(/cannot be taken back out/);
    expect(objectionGuides.en.afterDeadline.text).toMatch(
      /From then on, your objection stops Meta using your public posts/,
    );
    for (const [slug, text] of englishNotices) {
      expect({ slug, says: /stops Meta using your public posts for its AI/.test(text) }).toEqual({ slug, says: true });
    }
  });

  it.each(translations)('%s: these texts are translated from the current English', (locale) => {
    const english = englishHashes({
      ui: uiStrings.en,
      guide: objectionGuides.en,
      timeline: timelineTexts.en,
      after: afterObjecting.en,
    });
    const stale = CORRECTED_KEYS.filter((key) => translatedFrom[locale]?.[key] !== english.get(key));
    expect(stale).toEqual([]);
  });
});

describe('the 2024 round: the sources differ by a day, and the site says which day it counts to', () => {
  const round = realRounds().find((candidate) => candidate.id === '2024')!;
  const facts = (id: string) =>
    realSources()
      .find((source) => source.id === id)!
      .facts.join(' ');

  it('counts to the stricter reading: Hamburg said "before 26 June", klicksafe "by 26 June"', () => {
    expect(round.sources.deadline.map((source) => source.id)).toEqual(['hamburg-2024', 'klicksafe-2024']);
    expect(facts('hamburg-2024')).toMatch(/before 26 June 2024/);
    expect(facts('klicksafe-2024')).toMatch(/by 26 June 2024/);
    expect(lastDayToObject(round)).toBe('2024-06-25');
  });

  it('the timeline gives each source its own words and says why the countdown used 25 June', () => {
    const deadline = timelineTexts.en['deadline-2024'];
    expect(deadline).toMatch(/Hamburg authority asked people to object before 26 June 2024/);
    expect(deadline).toMatch(/klicksafe wrote by 26 June 2024, a day later/);
    expect(deadline).toMatch(/stricter reading/);
    expect(deadline).not.toMatch(/Hamburg[^.]*and klicksafe[^.]*before 26 June/);
  });

  it('the notices agree: Hamburg "before", klicksafe "by", and the klicksafe notice names the difference', () => {
    const hamburg = notice('en', 'hamburg-2024');
    const klicksafe = notice('en', 'klicksafe-2024');
    expect(hamburg).toMatch(/before 26 June 2024/);
    expect(hamburg).not.toMatch(/by 26 June/);
    expect(klicksafe).toMatch(/object by 26 June 2024/);
    expect(klicksafe).toMatch(
      /Hamburg had asked people to object before 26 June 2024, one day earlier than klicksafe’s date/,
    );
  });

  it('Meta paused its plans on 14 June 2024, before any training; klicksafe reported what still applied', () => {
    expect(timelineTexts.en['policy-date-2024']).toMatch(/paused its plans on 14 June, before any training began/);
    for (const text of [...Object.values(timelineTexts.en), ...englishNotices.map(([, body]) => body)]) {
      expect(text).not.toMatch(/paused the (AI )?training/);
    }
    expect(notice('en', 'hamburg-2024')).toMatch(
      /In a later update, klicksafe wrote that the new privacy policy was still to apply from 26 June 2024/,
    );
  });

  it('every translation of the timeline names 26 June for both sources and for the end of the countdown', () => {
    for (const locale of locales) {
      const days = timelineTexts[locale]['deadline-2024'].match(/26/g) ?? [];
      expect({ locale, days: days.length }).toEqual({ locale, days: 3 });
    }
  });
});

describe('who said what', () => {
  it('the klicksafe notice gives the consent rule as klicksafe’s view, not as the GDPR', () => {
    const text = notice('en', 'klicksafe-2024');
    expect(text).toMatch(/In klicksafe’s view, companies normally have to ask people for consent/);
    expect(text).not.toMatch(/^Normally, a company needs your consent/m);
  });

  it('Datatilsynet asked whether Meta had assessed compatibility with the original purpose', () => {
    const text = notice('en', 'datatilsynet-2025');
    expect(text).toMatch(/has Meta assessed whether AI training is compatible with the purpose/);
    expect(text).not.toMatch(/does AI training fit the purpose/);
  });
});

describe('the words of the translations', () => {
  it('German does not call the 2024 period a legal time limit (Widerspruchsfrist)', () => {
    expect(Object.values(timelineTexts.de).join(' ')).not.toMatch(/Widerspruchsfrist/);
  });

  it('Finnish uses the GDPR’s vastustaminen, never a request (vastustamispyyntö)', () => {
    const finnish = [
      ...Object.values(uiStrings.fi),
      ...flattenStrings(objectionGuides.fi).map(([, text]) => text),
      ...Object.values(timelineTexts.fi),
      ...realNoticeFiles()
        .filter(([locale]) => locale === 'fi')
        .map(([, slug]) => notice('fi', slug)),
    ];
    expect(finnish.filter((text) => /vastustamispyyn/i.test(text))).toEqual([]);
  });

  it.each([
    ['it', '(traduzione nostra)', /opposizione/],
    ['nl', '(onze vertaling)', /bezwaar/],
    ['sv', '(vår översättning)', /invändning/],
    ['fi', '(oma käännöksemme)', /vastustamis/],
    ['da', '(vores oversættelse)', /indsigelse/],
  ])(
    '%s renders Datatilsynet’s “protest” with its GDPR word, marked as our own translation',
    (locale, marker, term) => {
      const text = notice(locale, 'datatilsynet-2025');
      const quoted = text.split('\n').find((line) => line.includes('Datatilsynet') && line.includes(marker));
      expect(quoted).toMatch(term);
      expect(text).not.toMatch(/protest|vastalause/i);
    },
  );

  it.each([
    ['de', /eigene Übersetzung/],
    ['nb', /vår oversettelse/],
  ])('%s marks every quote of a translated sentence as its own translation', (locale, marker) => {
    const quotes = (text: string) => [...text.matchAll(/[„«]([^“»]{20,})[“»]([^\n]{0,60})/g)];
    const guide = flattenStrings(objectionGuides[locale as 'de' | 'nb']).map(([, text]) => text);
    for (const [quote, , after] of quotes(guide.join('\n'))) {
      expect({ quote, marked: marker.test(after!) }).toMatchObject({ marked: true });
    }
    for (const slug of ['datatilsynet-2025', 'hamburg-2024', 'hamburg-2025', 'klicksafe-2024']) {
      for (const [quote, , after] of quotes(notice(locale, slug).split(/^---$/m)[2]!)) {
        if (/berechtigte|berettiget|Senden|Send/.test(quote)) continue; // terms and button labels, not sentences
        expect({ slug, quote, marked: marker.test(after!) }).toMatchObject({ marked: true });
      }
    }
  });
});
