import type { APIRoute } from 'astro';
import schema from '../lib/roundsSchema.json' with { type: 'json' };

/** /rounds.schema.json: the JSON Schema of /rounds.json, at a stable address. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
