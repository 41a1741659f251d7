import { describe, expect, it } from 'vitest';
import {
  badgeSnippet,
  iframeSnippet,
  oembedHtml,
  pinnedScriptSnippet,
  scriptSnippet,
} from '../../src/lib/embedSnippets';
import { WIDGET_FRAME_HEIGHTS, WIDGET_SANDBOX } from '../../src/lib/widgetParams';

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
      '<iframe src="https://example.org/objection/embed/de/compact/transparent-dark/?calm=1" title="Countdown „Frist“" ' +
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
    expect(html).toContain('src="https://example.org/embed/el/full/auto/"');
    expect(html).not.toContain('#');
  });
});
