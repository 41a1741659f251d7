import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import {
  badgeSnippet,
  escapeHtml,
  iframeSnippet,
  oembedHtml,
  pinnedScriptSnippet,
  scriptSnippet,
} from '../../src/lib/embedSnippets';
import { EMBED_CSP, headerRules, headersFile, SITE_CSP } from '../../src/lib/securityHeaders';
import {
  isHeightMessage,
  loaderHandshake,
  randomId,
  themeColorScheme,
  WIDGET_FRAME_HEIGHTS,
  WIDGET_SANDBOX,
  widgetOptions,
  wordpressSecret,
} from '../../src/lib/widgetParams';

const hostile = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'x'.repeat(10_000),
  '../../etc/passwd',
  'DARK',
  ' dark',
  '😀',
];

describe('widget options from the URL', () => {
  it('takes allowed values', () => {
    expect(widgetOptions('?theme=transparent-dark&size=compact&calm=1&round=2024', ['2024', '2025'])).toEqual({
      theme: 'transparent-dark',
      size: 'compact',
      calm: true,
      round: '2024',
    });
  });

  it.each(hostile)('falls back to the defaults for %j', (payload) => {
    const query = new URLSearchParams({ theme: payload, size: payload, calm: payload, round: payload }).toString();
    expect(widgetOptions(`?${query}`, ['2024', '2025'])).toEqual({
      theme: 'auto',
      size: 'full',
      calm: false,
      round: undefined,
    });
  });

  it('gives an iframe the colour scheme of its theme, so a transparent widget shows the page behind it', () => {
    expect(themeColorScheme('transparent-dark')).toBe('dark');
    expect(themeColorScheme('transparent-light')).toBe('light');
    expect(themeColorScheme('auto')).toBeUndefined();
  });
});

describe('the loader handshake', () => {
  it('accepts an exact origin and a well-formed id', () => {
    expect(loaderHandshake('#origin=https%3A%2F%2Fpartner.example&id=0b8f6c1e4d2a4f6e9a513b2c1d0e9f8a')).toEqual({
      origin: 'https://partner.example',
      id: '0b8f6c1e4d2a4f6e9a513b2c1d0e9f8a',
    });
  });

  it.each([
    '#origin=*&id=0b8f6c1e-4d2a',
    '#origin=https%3A%2F%2Fpartner.example%2Fpath&id=0b8f6c1e-4d2a',
    '#origin=javascript%3Aalert(1)&id=0b8f6c1e-4d2a',
    '#origin=https%3A%2F%2Fpartner.example&id=%3Cscript%3E',
    '#id=0b8f6c1e-4d2a',
    '',
  ])('refuses %s', (hash) => {
    expect(loaderHandshake(hash)).toBeUndefined();
  });

  it('makes frame ids without crypto.randomUUID, which plain-http pages lack', () => {
    const id = randomId((bytes) => bytes.fill(171));
    expect(id).toBe('ab'.repeat(16));
    expect(randomId()).toMatch(/^[0-9a-f]{32}$/);
    expect(loaderHandshake(`#origin=http%3A%2F%2Fpartner.example&id=${randomId()}`)).toBeDefined();
  });
});

describe('the WordPress secret', () => {
  it('is read from the fragment WordPress appends, letters and digits only', () => {
    expect(wordpressSecret('#?secret=Ab12Cd34Ef')).toBe('Ab12Cd34Ef');
    expect(wordpressSecret('#?secret=Ab12Cd34Ef&extra=1')).toBe('Ab12Cd34Ef');
    for (const hash of ['#?secret=a"b', '#?secret=', '#origin=https%3A%2F%2Fp.example&id=abcdefgh', '']) {
      expect(wordpressSecret(hash)).toBeUndefined();
    }
  });
});

describe('height messages', () => {
  it('accepts only the exact shape, for the expected widget', () => {
    expect(isHeightMessage({ type: 'objection-countdown:height', id: 'a1', height: 312 }, 'a1')).toBe(true);
    expect(isHeightMessage({ type: 'objection-countdown:height', id: 'b2', height: 312 }, 'a1')).toBe(false);
    expect(isHeightMessage({ type: 'objection-countdown:height', id: 'a1', height: '312' }, 'a1')).toBe(false);
    expect(isHeightMessage({ type: 'objection-countdown:height', id: 'a1', height: Infinity }, 'a1')).toBe(false);
    expect(isHeightMessage({ type: 'objection-countdown:height', id: 'a1', height: 1e9 }, 'a1')).toBe(false);
    expect(isHeightMessage(null, 'a1')).toBe(false);
    expect(isHeightMessage('objection-countdown:height', 'a1')).toBe(false);
  });
});

describe('embed snippets', () => {
  const input = {
    siteRoot: 'https://example.org/objection/',
    lang: 'de',
    theme: 'transparent-dark' as const,
    size: 'compact' as const,
    calm: true,
    title: 'Countdown „Frist“',
    linkText: 'Widerspruch <jetzt> & hier',
  };

  it('give a borderless, lazy, sandboxed iframe of the measured height, named in its language', () => {
    expect(iframeSnippet(input)).toBe(
      '<iframe src="https://example.org/objection/embed/de/?theme=transparent-dark&amp;size=compact&amp;calm=1" title="Countdown „Frist“" ' +
        `width="100%" height="${WIDGET_FRAME_HEIGHTS.compact}" style="border:0;color-scheme:dark" sandbox="${WIDGET_SANDBOX}" ` +
        'referrerpolicy="no-referrer" loading="lazy"></iframe>',
    );
    expect(iframeSnippet({ ...input, size: 'full', theme: 'auto', calm: false })).toContain(
      `height="${WIDGET_FRAME_HEIGHTS.full}" style="border:0"`,
    );
  });

  it('give the evergreen loader and a placeholder that is a plain, escaped link, sending no referrer', () => {
    expect(scriptSnippet(input)).toBe(
      '<script src="https://example.org/objection/widget.js" referrerpolicy="no-referrer" defer></script>\n' +
        '<objection-countdown lang="de" theme="transparent-dark" size="compact" calm><a href="https://example.org/objection/de/object/">Widerspruch &lt;jetzt&gt; &amp; hier</a></objection-countdown>',
    );
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('give a pinned loader with its integrity hash, fetched without credentials or referrer', () => {
    const code = pinnedScriptSnippet(input, { version: '1.2.3', integrity: 'sha384-abc' });
    expect(code).toMatch(
      /^<script src="https:\/\/example.org\/objection\/widget\/1\.2\.3\.js" integrity="sha384-abc" crossorigin="anonymous" referrerpolicy="no-referrer" defer><\/script>\n<objection-countdown /,
    );
  });

  it('give a linked PNG badge with its alternative text and size', () => {
    expect(
      badgeSnippet({ siteRoot: 'https://example.org/', lang: 'fi', alt: 'Tila "nyt"', width: 240, height: 87 }),
    ).toBe(
      '<a href="https://example.org/fi/"><img src="https://example.org/badge/fi.png" alt="Tila &quot;nyt&quot;" width="240" height="87" style="border:0"></a>',
    );
  });

  it('give WordPress the blockquote and the frame it keeps, with no fragment for its secret to collide with', () => {
    const html = oembedHtml({
      siteRoot: 'https://example.org/',
      lang: 'el',
      siteName: 'Site',
      title: 'Τίτλος',
      width: 600,
    });
    expect(html).toMatch(
      /^<blockquote class="wp-embedded-content"><a href="https:\/\/example.org\/el\/">Site<\/a><\/blockquote><iframe class="wp-embedded-content" /,
    );
    expect(html).toContain('src="https://example.org/embed/el/?theme=auto&amp;size=full"');
    expect(html).not.toContain('#');
  });
});

describe('security headers', () => {
  const rules = headerRules('/');
  const matches = (pattern: string, path: string) =>
    new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
  const headersOf = (path: string) =>
    rules.filter(([pattern]) => matches(pattern, path)).flatMap(([, headers]) => Object.keys(headers));
  const samples = [
    '/',
    '/de/',
    '/de/object/',
    '/embed/de/',
    '/embed/frame.js',
    '/embed/xx/',
    '/widget.js',
    '/widget/1.0.0.js',
    '/badge/de.svg',
    '/oembed/de.json',
    '/rounds.json',
    '/_astro/a.css',
    '/favicon.svg',
    '/og/de/home.png',
    '/sitemap-index.xml',
  ];

  it('never give one header twice to a path, as hosts would combine them', () => {
    for (const path of samples) {
      const names = headersOf(path);
      expect({ path, duplicates: names.filter((name, index) => names.indexOf(name) !== index) }).toEqual({
        path,
        duplicates: [],
      });
    }
  });

  it('send HSTS, nosniff and a framing ban on every path', () => {
    for (const path of samples)
      expect(headersOf(path)).toEqual(
        expect.arrayContaining(['Strict-Transport-Security', 'X-Content-Type-Options', 'X-Frame-Options']),
      );
  });

  it('allow no inline script, and no fetching from the widget', () => {
    for (const csp of [SITE_CSP, EMBED_CSP])
      expect(csp.split('; ').find((directive) => directive.startsWith('script-src'))).toBe("script-src 'self'");
    expect(EMBED_CSP).toContain("connect-src 'none'");
  });

  it('let any site frame the widget documents of real languages only, cross-origin-isolated sites included', () => {
    const byPattern = new Map(rules);
    for (const locale of locales) {
      const widget = byPattern.get(`/embed/${locale}/`)!;
      expect(byPattern.get(`/embed/${locale}/index.html`)).toEqual(widget);
      expect(widget['Content-Security-Policy']).toContain('frame-ancestors *');
      expect(widget['Cross-Origin-Resource-Policy']).toBe('cross-origin');
      expect(widget['Cross-Origin-Embedder-Policy']).toBe('require-corp');
      expect(byPattern.get(`/${locale}/*`)!['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(byPattern.get(`/${locale}/*`)!['Cross-Origin-Opener-Policy']).toBe('same-origin');
    }
    expect(headersOf('/embed/xx/')).not.toContain('Content-Security-Policy');
    // Any other path under a real language's widget (a 404 page) stays unframeable.
    expect(headersOf('/embed/de/anything')).not.toContain('Content-Security-Policy');
    expect(headersOf('/embed/de/anything')).toContain('X-Frame-Options');
  });

  it('let partners load the loader, pinned versions, badges and data from any origin', () => {
    for (const path of ['/widget.js', '/widget/1.0.0.js', '/badge/de.png', '/rounds.json', '/oembed/de.json']) {
      expect(headersOf(path)).toEqual(
        expect.arrayContaining(['Cross-Origin-Resource-Policy', 'Access-Control-Allow-Origin']),
      );
    }
    expect(new Map(rules).get('/widget/*')!['Cache-Control']).toContain('immutable');
  });

  it('put every path under the base of a sub-path deploy', () => {
    const paths = headersFile('/objection/')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    // One path line per rule, the same rules as at the root, each moved under the base.
    expect(paths).toHaveLength(rules.length);
    expect(paths).toEqual(rules.map(([pattern]) => `/objection${pattern}`));
    for (const line of paths) expect(line.startsWith('/objection/')).toBe(true);
  });
});
