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

/**
 * The host of each share service with a fixed address, in one place: the share links below are built
 * on them, and the hosts the site may link to (src/lib/externalHosts.ts) include them. Facebook's
 * share endpoint comes from links.yaml; e-mail has no host.
 */
export const SHARE_HOSTS = {
  whatsapp: 'wa.me',
  telegram: 't.me',
  bluesky: 'bsky.app',
  x: 'x.com',
  linkedin: 'www.linkedin.com',
} as const;

export interface ShareTarget {
  id: 'email' | 'facebook' | keyof typeof SHARE_HOSTS;
  href: string;
}

const encode = encodeURIComponent;
const on = (service: keyof typeof SHARE_HOSTS, pathAndQuery: string) =>
  `https://${SHARE_HOSTS[service]}${pathAndQuery}`;

/** The share links of a page, in the order the share block shows them. */
export function shareTargets({ url, title, text, facebookShare }: ShareInput): ShareTarget[] {
  const textAndUrl = `${text} ${url}`;
  return [
    { id: 'email', href: `mailto:?subject=${encode(title)}&body=${encode(`${text}\n\n${url}`)}` },
    { id: 'whatsapp', href: on('whatsapp', `/?text=${encode(textAndUrl)}`) },
    { id: 'telegram', href: on('telegram', `/share/url?url=${encode(url)}&text=${encode(text)}`) },
    { id: 'bluesky', href: on('bluesky', `/intent/compose?text=${encode(textAndUrl)}`) },
    { id: 'x', href: on('x', `/intent/post?text=${encode(text)}&url=${encode(url)}`) },
    { id: 'facebook', href: `${facebookShare}?u=${encode(url)}` },
    { id: 'linkedin', href: on('linkedin', `/sharing/share-offsite/?url=${encode(url)}`) },
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
