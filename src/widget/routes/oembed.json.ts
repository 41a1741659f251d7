import type { APIRoute } from 'astro';
import { oembedHtml } from '../../lib/embedSnippets';
import { localeStaticPaths } from '../../lib/staticPaths';
import { WIDGET_FRAME_HEIGHTS } from '../../lib/widgetParams';
import { siteRootUrl } from '../../lib/paths';
import { widgetFrameTitle } from '../frameTitle';

/**
 * /oembed/{lang}.json: what a CMS gets when someone pastes one of our pages (every page links here
 * from its <head>): the widget in that language. Static, so the query a consumer adds
 * (maxwidth, url, format) changes nothing.
 */
export const getStaticPaths = localeStaticPaths;

const WIDTH = 600;

export const GET: APIRoute = ({ locals, site }) => {
  const { locale, t } = locals;
  const siteRoot = siteRootUrl(site);
  const siteName = t('site.name');
  const answer = {
    version: '1.0',
    type: 'rich',
    provider_name: siteName,
    provider_url: siteRoot,
    title: widgetFrameTitle(locale),
    width: WIDTH,
    height: WIDGET_FRAME_HEIGHTS.full,
    cache_age: 86400,
    html: oembedHtml({ siteRoot, lang: locale, siteName, title: widgetFrameTitle(locale), width: WIDTH }),
  };
  return new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
