/*
 * The brand colours where CSS cannot reach them: the theme-color meta tag, the web app manifest,
 * link-preview images and badges. They are the same values as src/styles/brand.css (a unit test
 * compares the two).
 */
export const brand = {
  /** --color-brand-700: links, buttons, the browser's theme colour. */
  primary: '#1e40af',
  /** --color-brand-800: the background of link-preview images and badges. */
  ogBackground: '#1e3a8a',
  /** --color-brand-200: quieter text on that background. */
  ogMuted: '#bfd3fe',
  /** --color-brand-50: the countdown's pale background. */
  pale: '#eef4ff',
} as const;
