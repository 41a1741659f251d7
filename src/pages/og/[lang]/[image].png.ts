import type { APIRoute, GetStaticPaths } from 'astro';
import { ogImageNames, ogImageSpec } from '../../../data/ogImageSpecs';
import { locales } from '../../../i18n/locales';
import { renderOgImage } from '../../../build/ogImage';

export const getStaticPaths = (async () => {
  const perLocale = await Promise.all(
    locales.map(async (locale) => (await ogImageNames(locale)).map((image) => ({ params: { lang: locale, image } }))),
  );
  return perLocale.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals: { locale, t, now } }) => {
  const spec = await ogImageSpec(locale, now, params.image!);
  const png = await renderOgImage({ siteName: t('site.name'), ...spec });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
