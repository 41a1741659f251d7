/*
 * What journalists, newsletters and CMSs take from us: /rounds.json (valid against its schema, the
 * same as rounds.yaml, readable from any origin), the badges (small, correct, dated), and oEmbed
 * (discoverable from every page, pointing at the widget in the page's language).
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { SchemaObject } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseHtml } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import config from '../../astro.config.mjs';
import { isReviewed } from '../../src/i18n/translationRecords';
import type { roundsDocument } from '../../src/lib/roundsData';
import { expect, test } from './fixtures';
import { locales, uiStrings } from './support';

const site = new URL(config.site!);

/** The widget's name; in a language no native speaker has reviewed, it says the translation is machine-assisted. */
const frameTitle = (locale: (typeof locales)[number]) =>
  isReviewed(locale)
    ? uiStrings[locale]['widget.title']
    : `${uiStrings[locale]['widget.title']} (${uiStrings[locale]['widget.machineTranslated']})`;

test('/rounds.json is valid against /rounds.schema.json and says what rounds.yaml says', async ({ request }) => {
  const response = await request.get('/rounds.json');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  expect(response.headers()['content-type']).toContain('application/json');
  // The type of what the site publishes; the schema checks that the file is what it says.
  const data = (await response.json()) as ReturnType<typeof roundsDocument>;
  const schema = (await (await request.get('/rounds.schema.json')).json()) as SchemaObject;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  expect(validate(data) ? [] : validate.errors).toEqual([]);
  expect(data.$schema).toBe(new URL('/rounds.schema.json', site).href);

  const yaml = parseYaml(readFileSync(join(import.meta.dirname, '../../src/content/rounds.yaml'), 'utf8')) as Record<
    string,
    unknown
  >[];
  expect(data.rounds.map((round) => round.id)).toEqual(yaml.map((round) => round['id']));
  for (const round of yaml) {
    const published = data.rounds.find((candidate) => candidate.id === round['id']);
    const deadline = round['deadline'] as { wallClock: string; zone: string };
    expect(published).toMatchObject({
      revision: round['revision'],
      status: round['status'],
      announced: round['announced'],
      deadline: { wallClock: deadline.wallClock, zone: deadline.zone },
      pausedOn: round['pausedOn'] ?? null,
      trainingStart: round['trainingStart'] ?? null,
    });
  }
  const current = data.rounds.find((round) => round.id === '2025');
  expect(current?.deadline).toMatchObject({ withOffset: '2025-05-27T00:00:00+02:00', utc: '2025-05-26T22:00:00.000Z' });
  expect(current?.lastDayToObject).toBe('2025-05-26');
  expect(current?.sources['deadline']?.map((source) => source.id)).toEqual(['hamburg-2025', 'vz-nrw-2025']);
  expect(current?.calendar?.['de']).toBe(new URL('/de/calendar/2025.ics', site).href);
  expect(data.rounds.find((round) => round.id === '2024')?.calendar).toBeNull();
});

test('each oEmbed answer is the widget in its language, with the fallback WordPress needs to resize it', async ({
  request,
}) => {
  for (const locale of locales) {
    const response = await request.get(`/oembed/${locale}.json?maxwidth=600&maxheight=800&url=x&dnt=1&format=json`);
    expect(response.status()).toBe(200);
    const answer = (await response.json()) as { height: number; html: string };
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: uiStrings[locale]['site.name'],
      provider_url: site.href,
      title: frameTitle(locale),
      width: 600,
    });
    expect(answer.height).toBeGreaterThan(0);
    const html = parseHtml(answer.html);
    const [quote, frame] = html.childNodes.filter((node) => 'tagName' in node) as ReturnType<typeof parseHtml>[];
    expect(quote!.tagName).toBe('BLOCKQUOTE');
    expect(quote!.getAttribute('class')).toBe('wp-embedded-content');
    expect(quote!.querySelector('a')!.getAttribute('href')).toBe(new URL(`/${locale}/`, site).href);
    expect(frame!.tagName).toBe('IFRAME');
    expect(frame!.getAttribute('src')).toBe(new URL(`/embed/${locale}/full/auto/`, site).href);
    expect(frame!.getAttribute('title')).toBe(frameTitle(locale));
  }
});
