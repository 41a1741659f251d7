import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_HOSTS, linkSchema } from '../../src/lib/contentSchemas';
import { isAllowedExternalHost } from '../../src/lib/externalHosts';
import { SHARE_HOSTS, shareTargets } from '../../src/lib/shareLinks';
import { contentDir, realNoticeFiles, noticeFile, yamlEntries } from './content';

/** Every string of a parsed YAML value that is an absolute http(s) URL. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}

const missing = (hosts: Iterable<string>) => [...new Set(hosts)].filter((host) => !isAllowedExternalHost(host));

describe('the allow-list of external hosts (src/lib/externalHosts.ts)', () => {
  const yamlFiles = readdirSync(contentDir).filter((file) => file.endsWith('.yaml'));

  it('reads the content files that hold URLs', () => {
    expect(yamlFiles).toEqual(expect.arrayContaining(['sources.yaml', 'links.yaml', 'timeline.yaml']));
  });

  it('holds the host of every URL in the content (sources, links, timeline, rounds, notices)', () => {
    const urls = [
      ...yamlFiles.flatMap((file) => urlsIn(yamlEntries(join(contentDir, file)))),
      ...realNoticeFiles().flatMap(([locale, slug]) =>
        [...readFileSync(noticeFile(locale, slug), 'utf8').matchAll(/https?:\/\/[^\s)"'<>\]]+/g)].map(
          (match) => match[0],
        ),
      ),
    ];
    expect(urls.length).toBeGreaterThan(10);
    expect(missing(urls.map((url) => new URL(url).hostname))).toEqual([]);
  });

  it('holds every host an official form may point to', () => {
    expect(missing(FORM_HOSTS)).toEqual([]);
  });

  it('holds the host of every share service', () => {
    const facebookShare = yamlEntries(join(contentDir, 'links.yaml'))
      .map((entry) => linkSchema.parse(entry))
      .find((entry) => entry.kind === 'share' && entry.platform === 'facebook')!.url;
    const links = shareTargets({ url: 'https://example.org/', title: 'Title', text: 'Text', facebookShare })
      .filter((target) => target.id !== 'email')
      .map((target) => new URL(target.href).hostname);
    expect(links).toHaveLength(Object.keys(SHARE_HOSTS).length + 1);
    expect(missing([...links, ...Object.values(SHARE_HOSTS)])).toEqual([]);
  });
});
