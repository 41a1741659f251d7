import type { APIRoute } from 'astro';
import { badgeFor } from '../../data/badges';
import { badgePng } from '../../build/badge';
import { localeStaticPaths } from '../../lib/staticPaths';

/** /badge/{lang}.png: the same badge as a PNG, for e-mail clients that refuse SVG. */
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ locals: { locale, now } }) => {
  const { layout } = await badgeFor(locale, now);
  return new Response(new Uint8Array(await badgePng(layout)), { headers: { 'Content-Type': 'image/png' } });
};
