/*
 * The request context, set once per page as Starlight does: the page's locale, its translator and
 * the clock, on Astro.locals. Components read them there rather than taking a locale to rebuild the
 * translator or reading the build time themselves, so any component can be rendered in any locale
 * at any instant. Every localized route names its locale `lang`.
 */
import { defineMiddleware } from 'astro:middleware';
import { buildTime } from './build/siteMeta';
import { defaultLocale, isLocale } from './i18n/locales';
import { requestContext } from './lib/requestContext';

export const onRequest = defineMiddleware(({ params, locals }, next) => {
  Object.assign(locals, requestContext(isLocale(params.lang) ? params.lang : defaultLocale, buildTime));
  return next();
});
