/*
 * Images made at build time (link previews, badges): satori lays out text, resvg draws it. Fonts
 * come from npm (Noto Sans via @fontsource), with the subsets that cover every script of the site's
 * languages: Latin with its extensions, Greek and Cyrillic. No network is used.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import satori from 'satori';

export const FONT_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;
export type FontWeight = 400 | 700;

const require = createRequire(import.meta.url);

/** The font file of a subset and weight. */
export function fontFile(subset: (typeof FONT_SUBSETS)[number], weight: FontWeight): string {
  return require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);
}

/** The font-family list that reaches every subset. */
export const FONT_FAMILY = FONT_SUBSETS.map((subset) => `Noto Sans ${subset}`).join(', ');

let satoriFonts: { name: string; data: Buffer; weight: FontWeight; style: 'normal' }[] | undefined;
function fontsForSatori() {
  satoriFonts ??= FONT_SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Noto Sans ${subset}`,
      data: readFileSync(fontFile(subset, weight)),
      weight,
      style: 'normal' as const,
    })),
  );
  return satoriFonts;
}

export type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
/** A satori box with its style and children. */
export const box = (style: Record<string, unknown>, children: unknown): Node => ({
  type: 'div',
  props: { style, children },
});

/** A PNG of a satori tree, `scale` times its CSS size (2 for sharp text on high-density screens). */
export async function renderPng(tree: Node, width: number, height: number, scale = 1): Promise<Buffer> {
  const svg = await satori(tree as Parameters<typeof satori>[0], { width, height, fonts: fontsForSatori() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: width * scale } }).render().asPng();
}

const parsed = new Map<string, opentype.Font>();
function font(subset: (typeof FONT_SUBSETS)[number], weight: FontWeight): opentype.Font {
  const file = fontFile(subset, weight);
  if (!parsed.has(file)) {
    const bytes = readFileSync(file);
    parsed.set(file, opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
  }
  return parsed.get(file)!;
}

/** The width of a line of text in Noto Sans, each character from the first subset that has it. */
export function textWidth(text: string, size: number, weight: FontWeight): number {
  let width = 0;
  for (const char of text) {
    const owner = FONT_SUBSETS.map((subset) => font(subset, weight)).find(
      (candidate) => candidate.charToGlyphIndex(char) > 0,
    );
    width += owner ? owner.getAdvanceWidth(char, size) : size * 0.6;
  }
  return width;
}
