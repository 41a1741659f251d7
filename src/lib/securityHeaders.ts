/*
 * The response headers of the deployed site, written to dist/_headers (the format Netlify and
 * Cloudflare Pages read). Hosts apply every rule whose path matches, so no header name appears in
 * two rules that can match the same path:
 * - every path: HSTS, nosniff, no referrer, no powerful features, and no framing (X-Frame-Options);
 * - site pages: a strict CSP that denies framing again, and COOP;
 * - the widget documents: their own CSP with frame-ancestors *, which browsers honour over
 *   X-Frame-Options, and CORP/COEP so cross-origin-isolated partners can embed them. An unknown
 *   /embed/… path has no such rule, so it stays unframeable;
 * - what partners load from their own pages (loader, badges, data): CORP and CORS.
 */
import { locales } from '../i18n/locales';
import { withBase } from './paths';

type Headers = Record<string, string>;

/** Lifetimes in seconds, as Cache-Control and HSTS count them. */
const HOUR_S = 3600;
const YEAR_S = 365 * 24 * HOUR_S;

/** On every path. */
const everywhere: Headers = {
  'Strict-Transport-Security': `max-age=${YEAR_S}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** The Content-Security-Policy of the site's own pages. */
export const SITE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** The Content-Security-Policy of the widget document: any site may frame it; it loads only our script and fetches nothing. */
export const EMBED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'none'",
  'frame-ancestors *',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const sitePage: Headers = { 'Content-Security-Policy': SITE_CSP, 'Cross-Origin-Opener-Policy': 'same-origin' };
/** Partners with Cross-Origin-Embedder-Policy: require-corp may load it; COEP lets the frame be embedded there. */
const widgetDocument: Headers = {
  'Content-Security-Policy': EMBED_CSP,
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
/** Loaded from partners' pages (script tags, images, fetch): readable by any origin. */
const forPartners = (cacheSeconds: number, immutable = false): Headers => ({
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': `public, max-age=${cacheSeconds}${immutable ? ', immutable' : ''}`,
});

/** Path patterns and their headers. */
export function headerRules(base = '/'): [string, Headers][] {
  const root = withBase('/', base);
  return [
    [`${root}*`, everywhere],
    [root, sitePage],
    [`${root}index.html`, sitePage],
    [`${root}404.html`, sitePage],
    ...locales.map((locale): [string, Headers] => [`${root}${locale}/*`, sitePage]),
    // Only the widget documents themselves: any other path under /embed/ stays unframeable.
    ...locales.flatMap((locale): [string, Headers][] => [
      [`${root}embed/${locale}/`, widgetDocument],
      [`${root}embed/${locale}/index.html`, widgetDocument],
    ]),
    [
      `${root}embed/frame.js`,
      { 'Cross-Origin-Resource-Policy': 'cross-origin', 'Cache-Control': `public, max-age=${HOUR_S}` },
    ],
    // The evergreen loader changes with each release; pinned versions never change.
    [`${root}widget.js`, forPartners(HOUR_S)],
    [`${root}widget/*`, forPartners(YEAR_S, true)],
    [`${root}badge/*`, forPartners(HOUR_S)],
    [`${root}oembed/*`, forPartners(HOUR_S)],
    [`${root}rounds.json`, forPartners(HOUR_S)],
    [`${root}rounds.schema.json`, forPartners(HOUR_S)],
    [`${root}_astro/*`, { 'Cache-Control': `public, max-age=${YEAR_S}, immutable` }],
  ];
}

/** The text of a _headers file. */
export function headersFile(base = '/'): string {
  return headerRules(base)
    .map(([path, headers]) =>
      [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/**
 * The text of a _redirects file (Netlify's format): a path that does not exist under a locale gets
 * that locale's not-found page, with status 404; anything else gets the site-wide one.
 */
export function notFoundRedirects(base = '/'): string {
  const root = withBase('/', base);
  return [
    ...locales.map((locale) => `${root}${locale}/*  ${root}${locale}/404.html  404`),
    `${root}*  ${root}404.html  404`,
  ]
    .join('\n')
    .concat('\n');
}
