/*
 * The status badge for newsletters and places without scripts or iframes: three short lines (the
 * site, the round's status with its date, what objecting does now), as a small SVG with real text
 * and as a PNG for e-mail clients that refuse SVG. It names dates, never "N days left", so it stays
 * true between daily rebuilds.
 */
import { escapeHtml } from '../lib/escapeHtml';
import { brand } from '../lib/brand';
import { box, FONT_FAMILY, renderPng, textWidth, type FontWeight } from './imageFonts';

export interface BadgeText {
  siteName: string;
  /** "Deadline was 26 May 2025". */
  status: string;
  /** "Objecting still stops further use". */
  action: string;
}

interface BadgeLine {
  text: string;
  size: number;
  weight: FontWeight;
  /** The line's width in Noto Sans, which the SVG holds any other font to. */
  width: number;
  baseline: number;
}

export interface BadgeLayout {
  width: number;
  height: number;
  lines: BadgeLine[];
}

const PADDING = 12;
const GAP = 4;

/** Where each line goes, sized to the longest one. */
export function badgeLayout({ siteName, status, action }: BadgeText): BadgeLayout {
  let y = PADDING;
  const lines = (
    [
      [siteName, 15, 700],
      [status, 14, 700],
      [action, 13, 400],
    ] as const
  ).map(([text, size, weight]) => {
    const line = {
      text,
      size,
      weight,
      width: Math.ceil(textWidth(text, size, weight)),
      baseline: y + Math.round(size * 1.05),
    };
    y += Math.round(size * 1.3) + GAP;
    return line;
  });
  const width = Math.max(...lines.map((line) => line.width)) + 2 * PADDING;
  return { width, height: y - GAP + PADDING, lines };
}

/**
 * The SVG badge: real text (so it stays small and readable), each line held to its measured width
 * with textLength, so a fallback font never overflows the box.
 */
export function badgeSvg(layout: BadgeLayout, lang: string, alt: string): string {
  const colors = [brand.ogMuted, '#ffffff', '#ffffff'];
  const texts = layout.lines
    .map(
      (line, index) =>
        `<text x="${PADDING}" y="${line.baseline}" font-size="${line.size}" font-weight="${line.weight}" fill="${colors[index]}" ` +
        `textLength="${line.width}" lengthAdjust="spacingAndGlyphs">${escapeHtml(line.text)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" ` +
    `role="img" aria-label="${escapeHtml(alt)}" lang="${escapeHtml(lang)}">` +
    `<title>${escapeHtml(alt)}</title>` +
    `<rect width="${layout.width}" height="${layout.height}" rx="8" fill="${brand.ogBackground}"/>` +
    `<g font-family="'Noto Sans', 'Segoe UI', Roboto, Arial, Helvetica, sans-serif">${texts}</g></svg>\n`
  );
}

/** The PNG badge, drawn at twice its size for sharp text (the snippet states the 1× size). */
export async function badgePng(layout: BadgeLayout): Promise<Buffer> {
  const colors = [brand.ogMuted, '#ffffff', '#ffffff'];
  const tree = box(
    {
      // satori sizes are content-box
      width: layout.width - 2 * PADDING,
      height: layout.height - 2 * PADDING,
      display: 'flex',
      flexDirection: 'column',
      gap: GAP,
      padding: PADDING,
      background: brand.ogBackground,
      borderRadius: 8,
      fontFamily: FONT_FAMILY,
    },
    layout.lines.map((line, index) =>
      box(
        {
          display: 'flex',
          fontSize: line.size,
          fontWeight: line.weight,
          lineHeight: 1.3,
          color: colors[index],
          whiteSpace: 'nowrap',
        },
        line.text,
      ),
    ),
  );
  return renderPng(tree, layout.width, layout.height, 2);
}
