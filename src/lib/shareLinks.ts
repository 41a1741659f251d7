/*
 * Share links that are plain links: nothing loads from, or contacts, a network until the reader
 * clicks one. Every value is URL-encoded here, once.
 */

export interface ShareInput {
  /** The absolute URL of the page being shared. */
  url: string;
  /** The page's title, used as an e-mail subject. */
  title: string;
  /** A sentence in the reader's language that says where things stand. */
  text: string;
  /** Facebook's share endpoint, from links.yaml. */
  facebookShare: string;
}

export interface ShareTarget {
  id: 'email' | 'whatsapp' | 'telegram' | 'bluesky' | 'x' | 'facebook' | 'linkedin';
  href: string;
}

const encode = encodeURIComponent;

/** The share links of a page, in the order the share block shows them. */
export function shareTargets({ url, title, text, facebookShare }: ShareInput): ShareTarget[] {
  const textAndUrl = `${text} ${url}`;
  return [
    { id: 'email', href: `mailto:?subject=${encode(title)}&body=${encode(`${text}\n\n${url}`)}` },
    { id: 'whatsapp', href: `https://wa.me/?text=${encode(textAndUrl)}` },
    { id: 'telegram', href: `https://t.me/share/url?url=${encode(url)}&text=${encode(text)}` },
    { id: 'bluesky', href: `https://bsky.app/intent/compose?text=${encode(textAndUrl)}` },
    { id: 'x', href: `https://x.com/intent/post?text=${encode(text)}&url=${encode(url)}` },
    { id: 'facebook', href: `${facebookShare}?u=${encode(url)}` },
    { id: 'linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?url=${encode(url)}` },
  ];
}

/**
 * A Mastodon server name as a reader types it ("mastodon.social", "https://chaos.social/"), reduced
 * to a host name, or undefined if it is not one.
 */
export function mastodonHost(input: string): string | undefined {
  const trimmed = input
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/.*$/, '')
    .replace(/^@?[^@]*@/, '')
    .toLowerCase();
  return /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(trimmed) ? trimmed : undefined;
}

/** The share link on a Mastodon server. */
export function mastodonShareUrl(host: string, text: string, url: string): string {
  return `https://${host}/share?text=${encode(`${text} ${url}`)}`;
}
