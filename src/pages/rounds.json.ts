import type { APIRoute } from 'astro';
import { getRounds } from '../data/collections';
import { locales } from '../i18n/locales';
import { absoluteUrl, localizedPath, withBase } from '../lib/paths';
import { roundsDocument } from '../lib/roundsData';

/** /rounds.json: every round as open data (see /rounds.schema.json and the README). */
export const GET: APIRoute = async ({ locals, site }) => {
  const rounds = await getRounds();
  const document = roundsDocument(rounds, {
    schemaUrl: absoluteUrl(withBase('/rounds.schema.json'), site),
    generated: locals.now,
    calendar: (id) =>
      rounds.find((round) => round.id === id)?.status === 'paused'
        ? null
        : Object.fromEntries(
            locales.map((locale) => [locale, absoluteUrl(localizedPath(locale, `/calendar/${id}.ics`), site)]),
          ),
  });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
