/*
 * The response headers of the deployed site, written to dist/_headers (the format Netlify and
 * Cloudflare Pages read). Site pages may not be framed; the widget document /embed/* may be framed
 * by any site. No page allows inline or third-party scripts.
 */
import { locales } from '../i18n/locales';

const common = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
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

/** The Content-Security-Policy of the widget document: any site may frame it; it loads only our script. */
export const EMBED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  // Nothing in the widget fetches; crawlers and audits read /robots.txt from the page's context.
  "connect-src 'self'",
  'frame-ancestors *',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const sitePage = { ...common, 'Content-Security-Policy': SITE_CSP, 'X-Frame-Options': 'DENY' };
const embedPage = { ...common, 'Content-Security-Policy': EMBED_CSP };
// Partners load these from their own pages, some of which require cross-origin resource permission.
const partnerScript = { ...common, 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*' };

/** Path patterns and their headers, site pages and widget kept apart so that no rule overlaps another. */
export function headerRules(base = '/'): [string, Record<string, string>][] {
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    [root, sitePage],
    [`${root}index.html`, sitePage],
    [`${root}404.html`, sitePage],
    ...locales.map((locale): [string, Record<string, string>] => [`${root}${locale}/*`, sitePage]),
    [`${root}embed/*`, embedPage],
    [`${root}widget.js`, partnerScript],
    [`${root}_astro/*`, { ...common, 'Cache-Control': 'public, max-age=31536000, immutable' }],
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
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    ...locales.map((locale) => `${root}${locale}/*  ${root}${locale}/404.html  404`),
    `${root}*  ${root}404.html  404`,
  ]
    .join('\n')
    .concat('\n');
}
