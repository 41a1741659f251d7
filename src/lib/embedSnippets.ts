/*
 * The code partners paste: an iframe, or the loader script with a placeholder that is a plain
 * link without JavaScript. Pure string building, shared by the generator page (first render) and
 * its script (live updates); every value is escaped for an HTML attribute or text.
 */
import type { WidgetSize, WidgetTheme } from './widgetParams';

export interface SnippetInput {
  /** Absolute URL of the site root, ending in "/", e.g. "https://example.org/objection/". */
  siteRoot: string;
  lang: string;
  theme: WidgetTheme;
  size: WidgetSize;
  /** The iframe's accessible name, in the widget's language. */
  title: string;
  /** The placeholder link's text, in the widget's language. */
  linkText: string;
}

/** Escapes text for use inside an HTML attribute value or element. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The URL of the widget document with the chosen options. */
export function widgetUrl({ siteRoot, lang, theme, size }: SnippetInput): string {
  return `${siteRoot}embed/${lang}/?theme=${theme}&size=${size}`;
}

export function iframeSnippet(input: SnippetInput): string {
  const height = input.size === 'compact' ? 180 : 340;
  return (
    `<iframe src="${escapeHtml(widgetUrl(input))}" title="${escapeHtml(input.title)}" width="100%" height="${height}" ` +
    `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer" loading="lazy"></iframe>`
  );
}

export function scriptSnippet(input: SnippetInput): string {
  const guide = `${input.siteRoot}${input.lang}/object/`;
  return (
    `<script src="${escapeHtml(`${input.siteRoot}widget.js`)}" defer></script>\n` +
    `<objection-countdown lang="${escapeHtml(input.lang)}" theme="${input.theme}" size="${input.size}">` +
    `<a href="${escapeHtml(guide)}">${escapeHtml(input.linkText)}</a></objection-countdown>`
  );
}
