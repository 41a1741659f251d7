/* What the frame around every page of a locale shows from the content, which the page passes to its layout. */
import type { Locale } from '../i18n/locales';
import { getContentCheckedOn } from './collections';
import { ogImageSpec, type OgImageSpec } from './ogImageSpecs';

export interface PageFrame {
  /** The page's link preview (Open Graph image). */
  ogImage: OgImageSpec;
  /** The day the content was last checked against its sources, which the footer says. */
  contentCheckedOn: string;
}

/** The frame of a page in `locale` as of `now`, with the Open Graph image `ogImage` (the home page's by default). */
export async function getPageFrame(locale: Locale, now: Date, ogImage = 'home'): Promise<PageFrame> {
  return { ogImage: await ogImageSpec(locale, now, ogImage), contentCheckedOn: await getContentCheckedOn() };
}
