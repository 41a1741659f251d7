import type { APIRoute } from 'astro';
import { uiStrings } from '../i18n';
import { defaultLocale } from '../i18n/locales';
import { brand } from '../lib/brand';
import { withBase } from '../lib/paths';

/** The web app manifest: name, colours and icons for "add to home screen". */
export const GET: APIRoute = () => {
  const strings = uiStrings[defaultLocale];
  const manifest = {
    name: strings['site.name'],
    short_name: strings['site.name'],
    description: strings['site.tagline'],
    lang: defaultLocale,
    start_url: withBase('/'),
    scope: withBase('/'),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: brand.primary,
    icons: [
      { src: withBase('/favicon.svg'), type: 'image/svg+xml', sizes: 'any' },
      { src: withBase('/icons/192.png'), type: 'image/png', sizes: '192x192' },
      { src: withBase('/icons/512.png'), type: 'image/png', sizes: '512x512' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
