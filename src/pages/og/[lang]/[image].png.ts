import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImageSpecs, type OgImageSpec } from '../../../data/ogImageSpecs';
import { uiStrings } from '../../../i18n';
import { locales, type Locale } from '../../../i18n/locales';
import { renderOgImage } from '../../../lib/ogImage';

export const getStaticPaths = (async () => {
  const perLocale = await Promise.all(
    locales.map(async (locale) =>
      (await ogImageSpecs(locale)).map((spec) => ({
        params: { lang: locale, image: spec.name },
        props: { locale, spec },
      })),
    ),
  );
  return perLocale.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale, spec } = props as { locale: Locale; spec: OgImageSpec };
  const png = await renderOgImage({ siteName: uiStrings[locale]['site.name'], title: spec.title, status: spec.status });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
