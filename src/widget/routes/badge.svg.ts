import type { APIRoute } from 'astro';
import { badgeFor } from '../../data/badges';
import { badgeSvg } from '../../build/badge';
import { localeStaticPaths } from '../../lib/staticPaths';

/** /badge/{lang}.svg: the status badge with real text, rebuilt at every build. */
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ locals: { locale, now } }) => {
  const { layout, alt } = await badgeFor(locale, now);
  return new Response(badgeSvg(layout, locale, alt), { headers: { 'Content-Type': 'image/svg+xml' } });
};
