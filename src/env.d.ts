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

/*
 * A component as plain TypeScript sees it where Astro's language tools do not run (tsc, typed lint):
 * the unit tests that render components import .astro files. `astro check` reads the files themselves.
 */
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
