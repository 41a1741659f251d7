import { defaultLocale, isLocale, locales, type Locale } from '../i18n/locales';

/** Joins the site's base (e.g. "/" or "/objection/") and a path that starts with "/". */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The URL path of a page in a locale: localizedPath('de', '/notices/') → "/de/notices/" (with base). */
export function localizedPath(locale: Locale, pagePath = '/', base?: string): string {
  return withBase(`/${locale}${pagePath.startsWith('/') ? pagePath : `/${pagePath}`}`, base);
}

/** The site's address with its base, e.g. "https://example.org/objection/": what snippets and feeds start from. */
export function siteRootUrl(site: URL | string | undefined, base?: string): string {
  return new URL(withBase('/', base), site).href;
}

/** An absolute address on `site` for a path that already carries the base (from localizedPath or withBase). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site).href;
}

/** The same page in every locale, for hreflang links and the language switcher. */
export function alternates(pagePath: string, base?: string): { locale: Locale; href: string }[] {
  return locales.map((locale) => ({ locale, href: localizedPath(locale, pagePath, base) }));
}

/** The hreflang alternates of a page as absolute URLs on `site`, English standing for x-default. */
export function absoluteAlternates(
  pagePath: string,
  site: URL,
  base?: string,
): { languages: { hreflang: string; href: string }[]; xDefault: string } {
  const languages = alternates(pagePath, base).map(({ locale, href }) => ({
    hreflang: locale,
    href: new URL(href, site).href,
  }));
  return { languages, xDefault: new URL(localizedPath(defaultLocale, pagePath, base), site).href };
}

/** The oEmbed description of a locale's widget (/oembed/{lang}.json), which every page points to. */
export function oembedPath(locale: Locale, base?: string): string {
  return withBase(`/oembed/${locale}.json`, base);
}

/**
 * The locale to send a reader to, from the browser's preferred languages (navigator.languages or
 * Accept-Language), best first. Norwegian in any form ("no", "nn", "nb-NO") goes to Bokmål.
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.trim().toLowerCase().split(/[-_;]/)[0] ?? '';
    const candidate = language === 'no' || language === 'nn' ? 'nb' : language;
    if (isLocale(candidate)) return candidate;
  }
  return defaultLocale;
}
