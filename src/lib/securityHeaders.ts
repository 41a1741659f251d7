/*
 * The response headers of the deployed site, written to dist/_headers (the format Netlify and
 * Cloudflare Pages read), and the policies pages repeat in a <meta> for hosts that ignore that file.
 *
 * The two hosts read the same file differently: Netlify makes the slash before a final "*" optional
 * ("/ro/*" also matches "/rounds.json") and lets a later rule's header replace an earlier one's;
 * Cloudflare requires the slash and joins the values of a header that two rules set. So every rule
 * here is written to match only the paths it is for under both readings, no header name comes from
 * two rules that can match one path, and files that must never change (pinned loaders, hashed
 * assets) get exact rules, so a 404 is never cached as immutable.
 * - every path: HSTS, nosniff, no referrer, no powerful features;
 * - site pages: a strict CSP that forbids framing, X-Frame-Options for browsers without CSP, COOP;
 * - the widget documents (/embed/…): their own CSP with frame-ancestors *, CORP/COEP so
 *   cross-origin-isolated partners can embed them, and no X-Frame-Options;
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

/**
 * The Content-Security-Policy of the widget document: any site may frame it; it runs only its own
 * inline script, named by hash, and fetches nothing. A partner's sandbox gives the document an opaque
 * origin, which WebKit matches 'self' against, so a script source of 'self' would block the script
 * there; a hash means the same in every engine, on our host and on a partner's self-hosted copy.
 */
export function embedCsp(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "connect-src 'none'",
    'frame-ancestors *',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The part of a policy a page can carry itself, in <meta http-equiv="Content-Security-Policy">:
 * everything but frame-ancestors, which browsers ignore there. Hosts that ignore _headers still
 * serve this.
 */
export function metaCsp(policy: string): string {
  return policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}

/** What the site's pages carry in their <meta> policy. */
export const SITE_META_CSP = metaCsp(SITE_CSP);

const sitePage: Headers = {
  'Content-Security-Policy': SITE_CSP,
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
/** Partners with Cross-Origin-Embedder-Policy: require-corp may load it; COEP lets the frame be embedded there. */
const widgetDocument = (scriptHash: string): Headers => ({
  'Content-Security-Policy': embedCsp(scriptHash),
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
});
/** Loaded from partners' pages (script tags, images, fetch): readable by any origin. */
const forPartners = (cacheSeconds: number, immutable = false): Headers => ({
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': `public, max-age=${cacheSeconds}${immutable ? ', immutable' : ''}`,
});

/** What the rules are written from: the built site's files that need rules of their own. */
export interface SiteLayout {
  /** The names directly under the site's root (files and folders), e.g. "rounds.json", "ro". */
  topLevelNames: readonly string[];
  /** Per locale, the files directly in its folder, e.g. { ro: ["404.html", "index.html", "rss.xml"] }. */
  localeFiles: Readonly<Record<string, readonly string[]>>;
  /** The hashed build assets under _astro/, which never change. */
  assets: readonly string[];
  /** Every released loader version, pinned at /widget/{version}.js. */
  pinnedVersions: readonly string[];
  /** The CSP source of the widget document's inline script ("sha256-…"). */
  widgetScriptHash: string;
}

/**
 * The rules for a locale's pages. "/{locale}/*" is enough unless another name at the root starts
 * with the locale's code ("ro" → "rounds.json"), which Netlify would match too; then the folder,
 * every path with a segment under it, and each file directly in it (which Cloudflare reads the
 * second rule not to cover) get rules of their own.
 */
function localeRules(root: string, locale: string, layout: SiteLayout): [string, Headers][] {
  const clash = layout.topLevelNames.some((name) => name !== locale && name.toLowerCase().startsWith(locale));
  if (!clash) return [[`${root}${locale}/*`, sitePage]];
  return [
    [`${root}${locale}/`, sitePage],
    [`${root}${locale}/:page/*`, sitePage],
    ...(layout.localeFiles[locale] ?? []).map((file): [string, Headers] => [`${root}${locale}/${file}`, sitePage]),
  ];
}

/** Cloudflare Pages reads at most this many rules from _headers. */
export const MAX_HEADER_RULES = 100;

/** Path patterns and their headers. */
export function headerRules(layout: SiteLayout, base = '/'): [string, Headers][] {
  const root = withBase('/', base);
  const rules: [string, Headers][] = [
    [`${root}*`, everywhere],
    [root, sitePage],
    [`${root}index.html`, sitePage],
    [`${root}404.html`, sitePage],
    ...locales.flatMap((locale) => localeRules(root, locale, layout)),
    // Nothing but widget documents lives under /embed/: any site may frame them.
    [`${root}embed/*`, widgetDocument(layout.widgetScriptHash)],
    // The evergreen loader changes with each release; pinned versions never change.
    [`${root}widget.js`, forPartners(HOUR_S)],
    ...layout.pinnedVersions.map((version): [string, Headers] => [
      `${root}widget/${version}.js`,
      forPartners(YEAR_S, true),
    ]),
    [`${root}widget-kit.zip`, forPartners(HOUR_S)],
    [`${root}badge/*`, forPartners(HOUR_S)],
    [`${root}oembed/*`, forPartners(HOUR_S)],
    [`${root}rounds.json`, forPartners(HOUR_S)],
    [`${root}rounds.schema.json`, forPartners(HOUR_S)],
    ...layout.assets.map((asset): [string, Headers] => [
      `${root}_astro/${asset}`,
      { 'Cache-Control': `public, max-age=${YEAR_S}, immutable` },
    ]),
  ];
  if (rules.length > MAX_HEADER_RULES)
    throw new Error(`_headers would have ${rules.length} rules; Cloudflare Pages reads only ${MAX_HEADER_RULES}`);
  return rules;
}

/** The text of a _headers file. */
export function headersFile(layout: SiteLayout, base = '/'): string {
  return headerRules(layout, base)
    .map(([path, headers]) =>
      [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}
