import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkSchema } from '../../src/lib/contentSchemas';
import { allowedExternalHosts } from '../../src/lib/externalHosts';
import { shareTargets } from '../../src/lib/shareLinks';
import { contentDir, noticeFile, realNoticeFiles, realSources, yamlEntries } from './content';

/** Every string of a parsed YAML value that is an absolute http(s) URL. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}

const links = yamlEntries(join(contentDir, 'links.yaml')).map((entry) => linkSchema.parse(entry));
const allowed = allowedExternalHosts(
  realSources(),
  links,
  yamlEntries(join(contentDir, 'authorities.yaml')) as { page?: { url: string } }[],
);
const refused = (hosts: Iterable<string>) => [...new Set(hosts)].filter((host) => !allowed.has(host));

describe('the hosts the site may link to (src/lib/externalHosts.ts)', () => {
  it('are those of the source register and of links.yaml, and the share services', () => {
    expect(allowed).toContain('www.facebook.com');
    expect(allowed).toContain('help.instagram.com');
    expect(allowed).toContain('datenschutz-hamburg.de');
    expect(allowed).toContain('wa.me');
    expect(allowed).toContain('www.imy.se');
  });

  it('hold the host of every URL the rest of the content names (rounds, timeline, notices)', () => {
    const urls = [
      ...['rounds.yaml', 'timeline.yaml'].flatMap((file) => urlsIn(yamlEntries(join(contentDir, file)))),
      ...realNoticeFiles().flatMap(([locale, slug]) =>
        [...readFileSync(noticeFile(locale, slug), 'utf8').matchAll(/https?:\/\/[^\s)"'<>\]]+/g)].map(
          (match) => match[0],
        ),
      ),
    ];
    expect(refused(urls.map((url) => new URL(url).hostname))).toEqual([]);
    // The same scan finds the register's addresses, so it would find any elsewhere.
    expect(urlsIn(yamlEntries(join(contentDir, 'sources.yaml'))).length).toBeGreaterThan(5);
  });

  it('hold the host of every share link', () => {
    const facebookShare = links.find((link) => link.kind === 'share' && link.platform === 'facebook')!.url;
    const hosts = shareTargets({ url: 'https://example.org/', title: 'Title', text: 'Text', facebookShare })
      .filter((target) => target.id !== 'email')
      .map((target) => new URL(target.href).hostname);
    expect(hosts).toHaveLength(6);
    expect(refused(hosts)).toEqual([]);
  });

  it('refuse a host that no source, link or share service names', () => {
    expect(refused(['evil.example', 'www.facebook.com.evil.example', 'l.facebook.com'])).toHaveLength(3);
  });
});
