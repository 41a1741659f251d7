/*
 * The code partners paste: the loader script (evergreen, or pinned with Subresource Integrity), an
 * iframe, or a badge image. Pure string building, shared by the generator page (first render) and
 * its script (live updates); every value is escaped for an HTML attribute or text.
 */
import {
  DEFAULT_SIZE,
  DEFAULT_THEME,
  themeColorScheme,
  WIDGET_FRAME_HEIGHTS,
  WIDGET_SANDBOX,
  widgetUrl,
  type WidgetSize,
  type WidgetTheme,
} from './widgetParams';
import { escapeHtml } from './escapeHtml';

export interface SnippetInput {
  /** Absolute URL of the site root, ending in "/", e.g. "https://example.org/objection/". */
  siteRoot: string;
  lang: string;
  theme: WidgetTheme;
  size: WidgetSize;
  calm: boolean;
  /** The iframe's accessible name, in the widget's language. */
  title: string;
  /** The placeholder link's text, in the widget's language. */
  linkText: string;
}

/** A released loader partners may pin. */
export interface PinnedLoader {
  version: string;
  integrity: string;
}

/** An iframe that shows the whole widget as pasted, from 250 px wide, with no script on the partner's page. */
export function iframeSnippet(input: SnippetInput): string {
  const attributes = Object.entries(iframeAttributes(input))
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`)
    .join(' ');
  return `<iframe ${attributes}></iframe>`;
}

/** The attributes of the pasted iframe, in the order the snippet writes them (the generator's preview sets them too). */
export function iframeAttributes(input: SnippetInput): Record<string, string> {
  const scheme = themeColorScheme(input.theme);
  return {
    src: widgetUrl(input.siteRoot, input.lang, input),
    title: input.title,
    width: '100%',
    height: String(WIDGET_FRAME_HEIGHTS[input.size]),
    style: `border:0${scheme ? `;color-scheme:${scheme}` : ''}`,
    sandbox: WIDGET_SANDBOX,
    referrerpolicy: 'no-referrer',
    loading: 'lazy',
  };
}

/** The element the loader turns into the widget; without JavaScript it is a plain link to the guide. */
function placeholder(input: SnippetInput): string {
  const guide = `${input.siteRoot}${input.lang}/object/`;
  const calm = input.calm ? ' calm' : '';
  return (
    `<objection-countdown lang="${escapeHtml(input.lang)}" theme="${input.theme}" size="${input.size}"${calm}>` +
    `<a href="${escapeHtml(guide)}">${escapeHtml(input.linkText)}</a></objection-countdown>`
  );
}

/** The evergreen loader: always the latest code from our site. */
export function scriptSnippet(input: SnippetInput): string {
  const src = `${input.siteRoot}widget.js`;
  return `<script src="${escapeHtml(src)}" referrerpolicy="no-referrer" defer></script>\n${placeholder(input)}`;
}

/** A pinned loader: the browser runs it only if its bytes match the integrity hash. */
export function pinnedScriptSnippet(input: SnippetInput, loader: PinnedLoader): string {
  const src = `${input.siteRoot}widget/${loader.version}.js`;
  return (
    `<script src="${escapeHtml(src)}" integrity="${escapeHtml(loader.integrity)}" crossorigin="anonymous" ` +
    `referrerpolicy="no-referrer" defer></script>\n${placeholder(input)}`
  );
}

export interface BadgeInput {
  siteRoot: string;
  lang: string;
  /** What the badge says, in its language: the image's alternative text. */
  alt: string;
  width: number;
  height: number;
}

/** A linked badge image for newsletters and places without scripts or iframes (PNG: e-mail clients refuse SVG). */
export function badgeSnippet({ siteRoot, lang, alt, width, height }: BadgeInput): string {
  return (
    `<a href="${escapeHtml(`${siteRoot}${lang}/`)}"><img src="${escapeHtml(`${siteRoot}badge/${lang}.png`)}" ` +
    `alt="${escapeHtml(alt)}" width="${width}" height="${height}" style="border:0"></a>`
  );
}

export interface OembedInput {
  siteRoot: string;
  lang: string;
  siteName: string;
  /** The frame's accessible name, in the widget's language. */
  title: string;
  width: number;
}

/**
 * The HTML of our oEmbed answer: a link that stands in until the widget has loaded, and the widget
 * frame. WordPress keeps exactly these two elements from a site it does not know, resizes the frame
 * when it reports its height, and hides the link then (both carry its class wp-embedded-content).
 */
export function oembedHtml({ siteRoot, lang, siteName, title, width }: OembedInput): string {
  const src = widgetUrl(siteRoot, lang, { theme: DEFAULT_THEME, size: DEFAULT_SIZE, calm: false });
  return (
    `<blockquote class="wp-embedded-content"><a href="${escapeHtml(`${siteRoot}${lang}/`)}">${escapeHtml(siteName)}</a></blockquote>` +
    `<iframe class="wp-embedded-content" src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" ` +
    `height="${WIDGET_FRAME_HEIGHTS.full}" sandbox="${WIDGET_SANDBOX}" security="restricted" referrerpolicy="no-referrer" ` +
    `style="border:0"></iframe>`
  );
}
