import { describe, expect, it } from 'vitest';
import { escapeHtml, iframeSnippet, scriptSnippet } from '../../src/lib/embedSnippets';
import { headerRules, headersFile, EMBED_CSP, SITE_CSP } from '../../src/lib/securityHeaders';
import { isHeightMessage, loaderHandshake, widgetOptions } from '../../src/lib/widgetParams';
import { locales } from '../../src/i18n/locales';

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
    expect(widgetOptions('?theme=dark&size=compact&round=2024', ['2024', '2025'])).toEqual({
      theme: 'dark',
      size: 'compact',
      round: '2024',
    });
  });

  it.each(hostile)('falls back to the defaults for %j', (payload) => {
    const query = new URLSearchParams({ theme: payload, size: payload, round: payload }).toString();
    expect(widgetOptions(`?${query}`, ['2024', '2025'])).toEqual({ theme: 'auto', size: 'full', round: undefined });
  });
});

describe('the loader handshake', () => {
  it('accepts an exact origin and a well-formed id', () => {
    expect(loaderHandshake('#origin=https%3A%2F%2Fpartner.example&id=0b8f6c1e-4d2a-4f6e-9a51-3b2c1d0e9f8a')).toEqual({
      origin: 'https://partner.example',
      id: '0b8f6c1e-4d2a-4f6e-9a51-3b2c1d0e9f8a',
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
    theme: 'dark' as const,
    size: 'compact' as const,
    title: 'Countdown „Frist“',
    linkText: 'Widerspruch <jetzt> & hier',
  };

  it('give a sandboxed iframe with the chosen options', () => {
    expect(iframeSnippet(input)).toBe(
      '<iframe src="https://example.org/objection/embed/de/?theme=dark&amp;size=compact" title="Countdown „Frist“" width="100%" height="180" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer" loading="lazy"></iframe>',
    );
  });

  it('give the loader and a placeholder that is a plain, escaped link', () => {
    expect(scriptSnippet(input)).toBe(
      '<script src="https://example.org/objection/widget.js" defer></script>\n<objection-countdown lang="de" theme="dark" size="compact"><a href="https://example.org/objection/de/object/">Widerspruch &lt;jetzt&gt; &amp; hier</a></objection-countdown>',
    );
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});

describe('security headers', () => {
  it('allow no inline script anywhere', () => {
    for (const csp of [SITE_CSP, EMBED_CSP]) {
      const scripts = csp.split('; ').find((directive) => directive.startsWith('script-src'))!;
      expect(scripts).toBe("script-src 'self'");
    }
  });

  it('let any site frame the widget, and no site frame a page', () => {
    const rules = new Map(headerRules('/'));
    expect(rules.get('/embed/*')!['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(rules.get('/embed/*')!['X-Frame-Options']).toBeUndefined();
    for (const locale of locales) {
      expect(rules.get(`/${locale}/*`)!['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(rules.get(`/${locale}/*`)!['X-Frame-Options']).toBe('DENY');
    }
  });

  it('put every path under the base of a sub-path deploy', () => {
    const file = headersFile('/objection/');
    for (const line of file.split('\n').filter((line) => line.startsWith('/')))
      expect(line.startsWith('/objection/')).toBe(true);
  });
});
