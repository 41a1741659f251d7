/* Open Graph images (1200×630 PNG): what a friend can still do, big, with the deadline's status second. */
import { brand } from '../lib/brand';
import { box, FONT_FAMILY, renderPng } from './imageFonts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgImageText {
  siteName: string;
  /** The page's title, small, above the headline. */
  title: string;
  /** What a friend can still do: the big line. */
  headline: string;
  /** The deadline's status, in a pill below. */
  status: string;
}

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
      fontFamily: FONT_FAMILY,
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
  return renderPng(tree, OG_WIDTH, OG_HEIGHT);
}
