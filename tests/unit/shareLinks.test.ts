import { describe, expect, it } from 'vitest';
import { mastodonHost, mastodonShareUrl, shareTargets } from '../../src/lib/shareLinks';

const input = {
  url: 'https://example.org/de/notices/hamburg-2025/',
  title: 'Hamburg: „Jetzt widersprechen“ & mehr — Grüße',
  text: 'Widersprechen Sie "bis" 26. Mai & teilen Sie es: ÄÖÜß?#',
  facebookShare: 'https://www.facebook.com/sharer/sharer.php',
};
const byId = Object.fromEntries(shareTargets(input).map((target) => [target.id, target.href]));

describe('share links', () => {
  it('survive quotes, umlauts, & and # in the title and text', () => {
    const mail = new URL(byId.email!);
    expect(mail.protocol).toBe('mailto:');
    expect(new URLSearchParams(mail.search).get('subject')).toBe(input.title);
    expect(new URLSearchParams(mail.search).get('body')).toBe(`${input.text}\n\n${input.url}`);
    expect(new URL(byId.whatsapp!).searchParams.get('text')).toBe(`${input.text} ${input.url}`);
    expect(new URL(byId.telegram!).searchParams.get('url')).toBe(input.url);
    expect(new URL(byId.telegram!).searchParams.get('text')).toBe(input.text);
    expect(new URL(byId.bluesky!).searchParams.get('text')).toBe(`${input.text} ${input.url}`);
    expect(new URL(byId.x!).searchParams.get('text')).toBe(input.text);
    expect(new URL(byId.facebook!).searchParams.get('u')).toBe(input.url);
    expect(new URL(byId.linkedin!).searchParams.get('url')).toBe(input.url);
  });

  it('point only at the services’ own hosts, over https', () => {
    const hosts = Object.fromEntries(
      Object.entries(byId)
        .filter(([id]) => id !== 'email')
        .map(([id, href]) => [id, `${new URL(href).protocol}//${new URL(href).hostname}`]),
    );
    expect(hosts).toEqual({
      whatsapp: 'https://wa.me',
      telegram: 'https://t.me',
      bluesky: 'https://bsky.app',
      x: 'https://x.com',
      facebook: 'https://www.facebook.com',
      linkedin: 'https://www.linkedin.com',
    });
    expect(new URL(byId.facebook!).origin + new URL(byId.facebook!).pathname).toBe(input.facebookShare);
  });
});

describe('Mastodon', () => {
  it('reduces what a reader types to a server name', () => {
    expect(mastodonHost('mastodon.social')).toBe('mastodon.social');
    expect(mastodonHost(' https://Chaos.Social/@someone ')).toBe('chaos.social');
    expect(mastodonHost('@me@norden.social')).toBe('norden.social');
  });

  it('refuses what is not a server name', () => {
    for (const bad of ['', 'not a server', 'javascript:alert(1)', 'localhost', '<script>', 'a b.social'])
      expect(mastodonHost(bad)).toBeUndefined();
  });

  it('builds the share link on that server, encoded', () => {
    expect(mastodonShareUrl('chaos.social', 'A & B', 'https://example.org/')).toBe(
      'https://chaos.social/share?text=A%20%26%20B%20https%3A%2F%2Fexample.org%2F',
    );
  });
});
