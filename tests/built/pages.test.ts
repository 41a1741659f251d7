/*
 * Every page of the build, read as HTML: every page exists in every locale, is in its language, has
 * one h1 and its hreflang set, and names no other host for anything it loads. (The browser checks of
 * the same pages are in tests/e2e/pages.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { parse as parseHtml } from 'node-html-parser';
import { expect, test } from 'vitest';
import { builtPages, fileOf, locales, localeOfPath } from './builtSite';

const pages = builtPages();

test('the build has every page in every locale', () => {
  for (const locale of locales) {
    for (const path of [
      '/',
      '/object/',
      '/after/',
      '/complain/',
      '/notices/',
      '/timeline/',
      '/embed/',
      '/translations/',
      '/404.html',
    ]) {
      expect(pages).toContain(`/${locale}${path}`);
    }
    for (const slug of ['hamburg-2024', 'hamburg-2025', 'datatilsynet-2025', 'klicksafe-2024']) {
      expect(pages).toContain(`/${locale}/notices/${slug}/`);
    }
    expect(pages).toContain(`/embed/${locale}/`);
  }
  expect(pages).toContain('/');
});

test('every page of every language is in its language, with one h1, its hreflang set, and loads nothing from another host', () => {
  expect(pages.length).toBeGreaterThan(300);
  for (const path of pages) {
    const document = parseHtml(readFileSync(fileOf(path), 'utf8'));
    const loaded = [
      ...document.querySelectorAll('script[src], img[src], iframe[src]').map((element) => element.getAttribute('src')),
      ...document
        .querySelectorAll('link[rel="stylesheet"], link[rel="icon"], link[rel="manifest"]')
        .map((element) => element.getAttribute('href')),
    ];
    const widget = path.startsWith('/embed/');
    expect({
      path,
      lang: document.querySelector('html')?.getAttribute('lang'),
      h1: document.querySelectorAll('h1').length,
      hreflang: widget
        ? 'none'
        : document
            .querySelectorAll('link[rel="alternate"][hreflang]')
            .map((link) => link.getAttribute('hreflang'))
            .sort(),
      foreign: loaded.filter((src) => src && /^(https?:)?\/\//.test(src)),
    }).toEqual({
      path,
      lang: localeOfPath(path),
      // The widget has one countdown per round, each under its own h1; one shows at a time.
      h1: widget ? document.querySelectorAll('[data-countdown]').length : 1,
      hreflang: widget ? 'none' : [...locales, 'x-default'].sort(),
      foreign: [],
    });
  }
});
