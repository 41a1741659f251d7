import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { badgeFor } from '../../data/badges';
import { badgeSvg } from '../../build/badge';
import { localeStaticPaths } from '../../lib/staticPaths';

/** /badge/{lang}.svg: the status badge with real text, rebuilt at every build. */
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { layout, alt } = await badgeFor(props.locale);
  return new Response(badgeSvg(layout, props.locale, alt), { headers: { 'Content-Type': 'image/svg+xml' } });
};
