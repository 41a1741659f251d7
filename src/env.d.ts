/*
 * The request context every page, component and endpoint reads from Astro.locals, set once per
 * page by src/middleware.ts; a unit test passes it to the component it renders.
 */
declare namespace App {
  interface Locals {
    /** The page's locale: its [lang] parameter, or English for a page outside every locale. */
    locale: import('./i18n/locales').Locale;
    /** The translator of that locale: `t('key', { placeholder: value })`. */
    t: import('./i18n').Translate;
    /** The instant the page says things as of: the build time (SOURCE_DATE_EPOCH when set). */
    now: Date;
  }
}
