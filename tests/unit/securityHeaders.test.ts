import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import {
  embedCsp,
  headerRules,
  headersFile,
  MAX_HEADER_RULES,
  metaCsp,
  SITE_CSP,
  type SiteLayout,
} from '../../src/lib/securityHeaders';
import { hostReadings } from '../support/hostRules';

/** A site like the built one: "ro" shares its first letters with rounds.json and robots.txt. */
const layout: SiteLayout = {
  topLevelNames: [...locales, 'embed', 'widget', 'widget.js', 'rounds.json', 'robots.txt', 'badge', '_astro'],
  localeFiles: Object.fromEntries(locales.map((locale) => [locale, ['404.html', 'index.html', 'rss.xml']])),
  assets: ['page.AbC123.js'],
  pinnedVersions: ['1.0.0', '1.1.0'],
  widgetScriptHash: 'sha256-abc=',
};

/** What each kind of path is for, and the rules that must match it (and no others), at the site's root. */
const expectedRules: [string, string[]][] = [
  ['/', ['/*', '/']],
  ['/de/object/', ['/*', '/de/*']],
  ['/ro/', ['/*', '/ro/']],
  ['/ro/object/', ['/*', '/ro/:page/*']],
  ['/ro/notices/hamburg-2025/', ['/*', '/ro/:page/*']],
  ['/rounds.json', ['/*', '/rounds.json']],
  ['/robots.txt', ['/*']],
  ['/embed/de/compact/dark/', ['/*', '/embed/*']],
  ['/widget.js', ['/*', '/widget.js']],
  ['/widget/1.1.0.js', ['/*', '/widget/1.1.0.js']],
  ['/widget/9.9.9.js', ['/*']],
  ['/_astro/page.AbC123.js', ['/*', '/_astro/page.AbC123.js']],
  ['/_astro/gone.js', ['/*']],
];

describe('the _headers rules', () => {
  it('match only the paths they are written for, as Netlify and Cloudflare read them', async () => {
    const hosts = await hostReadings(headersFile(layout));
    for (const [path, rules] of expectedRules) {
      expect({ path, netlify: hosts.netlify.matching(path) }).toEqual({ path, netlify: rules });
      expect({ path, cloudflare: hosts.cloudflare.matching(path) }).toEqual({ path, cloudflare: rules });
    }
    // A file directly in ro/ is matched by two rules on Netlify (which then keeps one value) and by
    // its exact rule on Cloudflare: either way it gets the page's headers once.
    expect(hosts.netlify.headersFor('/ro/rss.xml')).toEqual(hosts.cloudflare.headersFor('/ro/rss.xml'));
    expect(hosts.cloudflare.headersFor('/ro/rss.xml')['Content-Security-Policy']).toBe(SITE_CSP);
  });

  it('cache only files that exist as immutable, so a 404 never is', async () => {
    const hosts = await hostReadings(headersFile(layout));
    for (const host of Object.values(hosts)) {
      expect(host.headersFor('/widget/1.0.0.js')['Cache-Control']).toContain('immutable');
      expect(host.headersFor('/widget/9.9.9.js')['Cache-Control']).toBeUndefined();
      expect(host.headersFor('/_astro/gone.js')['Cache-Control']).toBeUndefined();
      expect(host.headersFor('/widget.js')['Cache-Control']).toBe('public, max-age=3600');
    }
  });

  it('let any site frame the widget documents, which send no X-Frame-Options, and no site frame a page', async () => {
    const hosts = await hostReadings(headersFile(layout));
    for (const host of Object.values(hosts)) {
      const widget = host.headersFor('/embed/de/full/auto/');
      expect(widget['Content-Security-Policy']).toContain('frame-ancestors *');
      expect(widget['X-Frame-Options']).toBeUndefined();
      expect(widget['Cross-Origin-Embedder-Policy']).toBe('require-corp');
      const page = host.headersFor('/de/');
      expect(page['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(page['X-Frame-Options']).toBe('DENY');
    }
  });

  it("name the widget's script by its hash, never as 'self', which WebKit reads against a sandbox's opaque origin", () => {
    const policy = embedCsp('sha256-abc=');
    expect(policy).toContain("script-src 'sha256-abc='");
    expect(policy).not.toContain("'self'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain("unsafe-inline'; script");
    expect(SITE_CSP).toContain("script-src 'self'");
  });

  it('leave frame-ancestors out of the policy a page carries itself, where browsers ignore it', () => {
    expect(metaCsp(SITE_CSP)).not.toContain('frame-ancestors');
    expect(metaCsp(SITE_CSP)).toContain("script-src 'self'");
    expect(metaCsp(embedCsp('sha256-x'))).toContain("script-src 'sha256-x'");
  });

  it('stay within the rules Cloudflare reads, and fail the build beyond them', () => {
    expect(headerRules(layout).length).toBeLessThanOrEqual(MAX_HEADER_RULES);
    const assets = Array.from({ length: MAX_HEADER_RULES }, (_, index) => `chunk${index}.js`);
    expect(() => headerRules({ ...layout, assets })).toThrow(/Cloudflare Pages reads only 100/);
  });

  it('put every path under the base of a sub-path deploy', () => {
    const paths = headersFile(layout, '/objection/')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(paths).toEqual(headerRules(layout).map(([pattern]) => `/objection${pattern}`));
  });
});
