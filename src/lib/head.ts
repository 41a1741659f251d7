/*
 * Every document's <head>, built from data: the site's pages, the language chooser at "/" and the
 * partner widget ask for the parts they need, and src/components/HeadTags.astro writes the tags.
 */
import { brand } from './brand';

export interface HeadTag {
  tag: 'title' | 'meta' | 'link';
  attributes: Record<string, string>;
  /** The text of a <title>. */
  text?: string;
}

export interface HeadSpec {
  title: string;
  description: string;
  /** Absolute URL of the page's canonical address. */
  canonical: string;
  /** The same page in every language (absolute URLs), and the one for x-default. */
  alternates?: { languages: { hreflang: string; href: string }[]; xDefault: string };
  /** Link previews: Open Graph and the card tags. */
  social?: {
    siteName: string;
    type: 'website' | 'article';
    title: string;
    image: { url: string; width: number; height: number; alt: string };
    locale: string;
    alternateLocales: string[];
  };
  /** The page's RSS feed. */
  feed?: { title: string; href: string };
  /** oEmbed discovery: an absolute URL of the JSON, for CMSs that embed by URL. */
  oembed?: { title: string; href: string };
  /** The web app manifest and the icons; favicon always comes from `icon`. */
  app?: { manifest: string; touchIcon: string };
  icon?: string;
  robots?: string;
  /**
   * The Content-Security-Policy the document carries itself (without frame-ancestors, which only a
   * header can set), so that hosts that ignore _headers still enforce it. Left out in development,
   * where the dev server injects inline scripts.
   */
  csp?: string | undefined;
  /** Colour schemes the page supports; the widget sets its own in CSS, per theme. */
  colorScheme?: 'light dark';
}

const meta = (attributes: Record<string, string>): HeadTag => ({ tag: 'meta', attributes });
const link = (attributes: Record<string, string>): HeadTag => ({ tag: 'link', attributes });

/** The tags of a document's head, in the order they are written. */
export function headTags(spec: HeadSpec): HeadTag[] {
  const tags: HeadTag[] = [meta({ charset: 'utf-8' })];
  // Before anything the policy governs; the referrer rule too, for hosts that ignore _headers.
  if (spec.csp) tags.push(meta({ 'http-equiv': 'Content-Security-Policy', content: spec.csp }));
  tags.push(
    meta({ name: 'referrer', content: 'no-referrer' }),
    meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    { tag: 'title', attributes: {}, text: spec.title },
    meta({ name: 'description', content: spec.description }),
    link({ rel: 'canonical', href: spec.canonical }),
  );
  if (spec.robots) tags.push(meta({ name: 'robots', content: spec.robots }));
  if (spec.alternates) {
    for (const { hreflang, href } of spec.alternates.languages) tags.push(link({ rel: 'alternate', hreflang, href }));
    tags.push(link({ rel: 'alternate', hreflang: 'x-default', href: spec.alternates.xDefault }));
  }
  const social = spec.social;
  if (social) {
    tags.push(
      meta({ property: 'og:type', content: social.type }),
      meta({ property: 'og:site_name', content: social.siteName }),
      meta({ property: 'og:title', content: social.title }),
      meta({ property: 'og:description', content: spec.description }),
      meta({ property: 'og:url', content: spec.canonical }),
      meta({ property: 'og:image', content: social.image.url }),
      meta({ property: 'og:image:type', content: 'image/png' }),
      meta({ property: 'og:image:width', content: String(social.image.width) }),
      meta({ property: 'og:image:height', content: String(social.image.height) }),
      meta({ property: 'og:image:alt', content: social.image.alt }),
      meta({ property: 'og:locale', content: social.locale }),
      ...social.alternateLocales.map((locale) => meta({ property: 'og:locale:alternate', content: locale })),
      meta({ name: 'twitter:card', content: 'summary_large_image' }),
      meta({ name: 'twitter:title', content: social.title }),
      meta({ name: 'twitter:description', content: spec.description }),
      meta({ name: 'twitter:image', content: social.image.url }),
      meta({ name: 'twitter:image:alt', content: social.image.alt }),
    );
  }
  if (spec.feed)
    tags.push(link({ rel: 'alternate', type: 'application/rss+xml', title: spec.feed.title, href: spec.feed.href }));
  if (spec.oembed) {
    tags.push(
      link({ rel: 'alternate', type: 'application/json+oembed', title: spec.oembed.title, href: spec.oembed.href }),
    );
  }
  if (spec.app) {
    tags.push(
      link({ rel: 'manifest', href: spec.app.manifest }),
      link({ rel: 'apple-touch-icon', href: spec.app.touchIcon }),
      meta({ name: 'theme-color', content: brand.primary }),
    );
  }
  if (spec.colorScheme) tags.push(meta({ name: 'color-scheme', content: spec.colorScheme }));
  if (spec.icon)
    tags.push(link({ rel: 'icon', href: spec.icon, ...(spec.icon.endsWith('.svg') ? { type: 'image/svg+xml' } : {}) }));
  return tags;
}
