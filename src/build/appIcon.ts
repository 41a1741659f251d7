import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Sizes of the PNG icons: the Apple touch icon and the web app manifest's two. */
export const ICON_SIZES = [180, 192, 512] as const;

/** The site's SVG icon (public/favicon.svg) drawn as a square PNG. */
export function appIconPng(size: number): Buffer {
  const svg = readFileSync(resolve(process.cwd(), 'public/favicon.svg'));
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}
