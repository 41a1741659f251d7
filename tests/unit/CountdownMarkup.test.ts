/*
 * The countdown as the page says it at any instant, in any language: rendered on its own through
 * Astro's Container API with the request context a page gets from middleware, so no test has to
 * rewrite a built page or fake the clock.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import CountdownMarkup from '../../src/components/countdown/CountdownMarkup.astro';
import type { Locale } from '../../src/i18n/locales';
import { requestContext } from '../../src/lib/requestContext';
import { realRoundEntries } from './content';

const rounds = realRoundEntries();
const round2025 = rounds.find((round) => round.id === '2025')!;
const round2024 = rounds.find((round) => round.id === '2024')!;
let astro: AstroContainer;

beforeAll(async () => {
  astro = await AstroContainer.create();
});

/** The countdown of `round` as a page in `locale` renders it at `instant`. */
async function countdownAt(instant: string, locale: Locale, round = round2025) {
  const html = await astro.renderToString(CountdownMarkup, {
    props: { round },
    locals: requestContext(locale, new Date(instant)),
  });
  const root = parse(html).querySelector('[data-countdown]')!;
  const figure = (unit: string) => root.querySelector(`[data-unit="${unit}"]`)?.text.trim();
  const shown = (selector: string) => !root.querySelector(selector)!.hasAttribute('hidden');
  return { root, figure, shown, text: root.text.replace(/\s+/g, ' ') };
}

describe('the countdown at a given instant', () => {
  // The 2025 deadline: 27 May 2025, 00:00 in Berlin, which is 26 May, 22:00 UTC.
  it('a week before the deadline counts down, and says the state as of that instant', async () => {
    const { root, figure, text } = await countdownAt('2025-05-20T12:00:00Z', 'en');
    expect(root.getAttribute('data-state')).toBe('upcoming');
    expect(root.getAttribute('data-built')).toBe('2025-05-20T12:00:00.000Z');
    expect([figure('days'), figure('hours'), figure('minutes'), figure('seconds')]).toEqual(['6', '10', '0', '0']);
    expect(text).toContain('Object by 26 May 2025');
    expect(text).toContain('Status when this page was built (20 May 2025): Open.');
  });

  it('within 48 hours warns that time is short', async () => {
    const { root, figure, shown } = await countdownAt('2025-05-25T22:00:00Z', 'en');
    expect(root.getAttribute('data-state')).toBe('urgent');
    expect(figure('days')).toBe('1');
    expect(shown('[data-when-state="urgent"]')).toBe(true);
  });

  it('after the deadline leads with what objecting still does, then the dated deadline, and counts no days', async () => {
    const { root, shown, text } = await countdownAt('2025-06-05T22:00:00Z', 'en');
    expect(root.getAttribute('data-state')).toBe('passed');
    expect(shown('[data-when-state="upcoming urgent"]')).toBe(false);
    expect(shown('.countdown-heading [data-when-state="passed"]')).toBe(true);
    expect(root.querySelector('.countdown-heading [data-when-state="passed"]')!.text.trim()).toBe(
      'Objecting now still stops Meta using your public posts for its AI from then on.',
    );
    expect(root.querySelector('[data-deadline-line]')!.text.trim()).toBe('The deadline was 26 May 2025');
    expect(text).not.toMatch(/since the deadline/);
  });

  it('the same instant in another language: the words change, the figures do not', async () => {
    const english = await countdownAt('2025-05-25T22:00:00Z', 'en');
    const german = await countdownAt('2025-05-25T22:00:00Z', 'de');
    expect(german.root.getAttribute('data-state')).toBe('urgent');
    expect(german.figure('days')).toBe(english.figure('days'));
    expect(german.text).toContain('Weniger als 48 Stunden übrig');
    expect(german.text).toContain('Bis 26. Mai 2025 widersprechen');
  });

  it('a paused round says so at any instant, with no figures', async () => {
    for (const instant of ['2024-06-01T00:00:00Z', '2026-01-01T00:00:00Z']) {
      const { root, figure } = await countdownAt(instant, 'en', round2024);
      expect(root.getAttribute('data-state')).toBe('paused');
      expect(figure('days')).toBeUndefined();
    }
  });
});
