/*
 * What a reader sees on the reworked pages, in every language, read from the built HTML: notices
 * open with their round's status and who published them; the timeline ends with today's status and
 * the forms; every not-found page offers the forms; home says what happened from the rounds' own
 * dates and no build date; the translations page is one table; nothing counts days since a deadline.
 */
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fillPlaceholders } from '../../src/lib/fillPlaceholders';
import { formatDate } from '../../src/lib/formatDate';
import { contentFile, fileOf, locales, officialFormUrl, uiStrings } from './builtSite';

const page = (path: string): HTMLElement => parseHtml(readFileSync(fileOf(path), 'utf8'));
/** Text with every run of white space (French narrow no-break spaces included) as one space. */
const plain = (words: string) => words.replace(/\s+/g, ' ').trim();
const text = (element: HTMLElement | null) => plain(element?.text ?? '');
const forms = [officialFormUrl('facebook'), officialFormUrl('instagram')];
const formsIn = (element: HTMLElement | null) =>
  (element?.querySelectorAll('a[data-form]') ?? []).map((link) => link.getAttribute('href'));
const rounds = contentFile<{ id: string; pausedOn?: string; trainingStart?: string }[]>('rounds.yaml');
const paused = rounds.find((round) => round.pausedOn)!;
const started = rounds.find((round) => round.trainingStart)!;
const notices = {
  'hamburg-2024': '2024',
  'klicksafe-2024': '2024',
  'hamburg-2025': '2025',
  'datatilsynet-2025': '2025',
};

test.each(locales)(
  '%s: each notice opens with its round’s status and a way to act, and says who published it',
  (locale) => {
    const t = uiStrings[locale];
    for (const [slug, round] of Object.entries(notices)) {
      const document = page(`/${locale}/notices/${slug}/`);
      const status = document.querySelector('[data-notice-status]')!;
      const html = document.querySelector('main')!.innerHTML;
      // Before the title, so that a notice shared long after its deadline never reads as current advice.
      expect(html.indexOf('data-notice-status')).toBeLessThan(html.indexOf('<h1'));
      expect(status.getAttribute('data-notice-status')).toBe(round === '2024' ? 'paused' : 'passed');
      expect(text(status)).toContain(fillPlaceholders(t['round.name'], { year: round }));
      // What the reader can still do, and the link to the page's form buttons.
      expect(text(status)).toContain(plain(t['countdown.passedMeaning']));
      expect(status.querySelector('a')!.getAttribute('href')).toBe('#object-cta');
      expect(formsIn(document.querySelector('#object-cta')?.parentNode as HTMLElement)).toEqual(forms);
      const publisher = slug.replace(/-\d{4}$/, '') as 'hamburg' | 'datatilsynet' | 'klicksafe';
      expect(text(document.querySelector('article'))).toContain(plain(t[`notice.about.${publisher}`]));
    }
  },
);

test.each(locales)('%s: the timeline ends with today’s status and both forms, after every event', (locale) => {
  const document = page(`/${locale}/timeline/`);
  const today = document.querySelector('[data-today]')!;
  expect(formsIn(today)).toEqual(forms);
  expect(today.querySelector('[data-countdown]')).not.toBeNull();
  const html = document.querySelector('main')!.innerHTML;
  expect(html.lastIndexOf('data-event=')).toBeLessThan(html.indexOf('data-today'));
  // The rounds overview sits here now, with the anchors the feed links to.
  for (const id of ['round-2024-paused', 'round-2025-deadline', 'round-2025-started'])
    expect(document.querySelector(`#${id}`), id).not.toBeNull();
});

test('every not-found page offers both official forms and the guide', () => {
  for (const path of ['/404.html', ...locales.map((locale) => `/${locale}/404.html`)]) {
    const main = page(path).querySelector('main');
    expect({ path, forms: formsIn(main) }).toEqual({ path, forms });
    expect(main!.querySelector('a[href$="/object/"]'), path).not.toBeNull();
  }
});

test.each(locales)('%s: home says what happened from the rounds’ own dates, and counts no days', (locale) => {
  const t = uiStrings[locale];
  const document = page(`/${locale}/`);
  const history = document.querySelector('[aria-labelledby="history-heading"]')!;
  expect(text(history)).toContain(
    plain(fillPlaceholders(t['home.historyPaused'], { year: paused.id, date: formatDate(locale, paused.pausedOn!) })),
  );
  expect(text(history)).toContain(
    plain(fillPlaceholders(t['home.historyStarted'], { date: formatDate(locale, started.trainingStart!) })),
  );
  const links = history.querySelectorAll('a').map((link) => link.getAttribute('href'));
  expect(links).toEqual([`/${locale}/timeline/`, `/${locale}/notices/`]);
  // After the deadline the status box leads with what objecting still does; no growing count, no build date.
  expect(text(document.querySelector('[data-countdown] .countdown-heading [data-when-state="passed"]'))).toBe(
    plain(t['countdown.passedMeaning']),
  );
  expect(document.querySelector('[data-elapsed], [data-since]')).toBeNull();
  expect(text(document.querySelector('footer'))).not.toContain(
    formatDate(locale, new Date().toISOString().slice(0, 10)),
  );
});

test.each(locales)(
  '%s: the translations page is one table of every language, naming no report address it does not have',
  (locale) => {
    const document = page(`/${locale}/translations/`);
    const rows = document.querySelectorAll('table[data-translation-status] tbody tr');
    expect(rows.map((row) => row.getAttribute('data-locale')).sort()).toEqual([...locales].sort());
    for (const row of rows.filter((row) => row.getAttribute('data-locale') !== 'en')) {
      expect(text(row.querySelector('[data-freshness]'))).toMatch(/\d/);
    }
    // This build names no repository, so the page offers no report address (rather than one that leads nowhere).
    expect(document.querySelector('[data-report]')).toBeNull();
  },
);
