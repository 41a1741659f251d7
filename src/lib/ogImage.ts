/*
 * Open Graph images (1200×630 PNG) made at build time: satori lays out the text, resvg draws it.
 * Fonts come from npm (Noto Sans via @fontsource), with the subsets that cover every script of the
 * site's languages: Latin with its extensions, Greek and Cyrillic. No network is used.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { brand } from './brand';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_FONT_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;

const require = createRequire(import.meta.url);

/** The font files of the images, by subset and weight. */
export function ogFontFile(subset: (typeof OG_FONT_SUBSETS)[number], weight: 400 | 700): string {
  return require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);
}

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= OG_FONT_SUBSETS.flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Noto Sans ${subset}`,
      data: readFileSync(ogFontFile(subset, weight)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export interface OgImageText {
  siteName: string;
  /** The page's title, small, above the headline. */
  title: string;
  /** What a friend can still do: the big line. */
  headline: string;
  /** The deadline's status, in a pill below. */
  status: string;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const box = (style: Record<string, unknown>, children: unknown): Node => ({ type: 'div', props: { style, children } });

/** A PNG that leads with what a friend can still do, on the site's colours. */
export async function renderOgImage({ siteName, title, headline, status }: OgImageText): Promise<Buffer> {
  const tree = box(
    {
      // satori sizes are content-box
      width: OG_WIDTH - 128,
      height: OG_HEIGHT - 112,
      display: 'flex',
      flexDirection: 'column',
      padding: '56px 64px',
      background: brand.ogBackground,
      color: '#ffffff',
      fontFamily: OG_FONT_SUBSETS.map((subset) => `Noto Sans ${subset}`).join(', '),
    },
    [
      box({ fontSize: 30, fontWeight: 700, color: brand.ogMuted }, `${siteName} · ${title}`),
      box(
        {
          display: 'flex',
          flexGrow: 1,
          alignItems: 'center',
          fontSize: headline.length > 70 ? 54 : 64,
          fontWeight: 700,
          lineHeight: 1.15,
        },
        headline,
      ),
      box(
        {
          display: 'flex',
          alignSelf: 'flex-start',
          fontSize: 34,
          fontWeight: 700,
          background: '#ffffff',
          color: brand.ogBackground,
          padding: '16px 28px',
          borderRadius: 16,
        },
        status,
      ),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH } }).render().asPng();
}
