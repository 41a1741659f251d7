import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { useTranslations } from '../../i18n';
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

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) => {
  const t = useTranslations(props.locale);
  const siteRoot = siteRootUrl(site);
  const siteName = t('site.name');
  const answer = {
    version: '1.0',
    type: 'rich',
    provider_name: siteName,
    provider_url: siteRoot,
    title: widgetFrameTitle(props.locale),
    width: WIDTH,
    height: WIDGET_FRAME_HEIGHTS.full,
    cache_age: 86400,
    html: oembedHtml({ siteRoot, lang: props.locale, siteName, title: widgetFrameTitle(props.locale), width: WIDTH }),
  };
  return new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
