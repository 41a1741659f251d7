import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { ogImageSpecs } from '../../../data/ogImageSpecs';
import { uiStrings } from '../../../i18n';
import { locales } from '../../../i18n/locales';
import { renderOgImage } from '../../../build/ogImage';

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

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const { locale, spec } = props;
  const png = await renderOgImage({ siteName: uiStrings[locale]['site.name'], ...spec });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
