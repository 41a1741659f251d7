/*
 * Every host the site may link to, in one place: authorities and other sources (src/content/sources.yaml),
 * Meta's official forms (links.yaml, FORM_HOSTS), and the share services (src/lib/shareLinks.ts). The link
 * check fails on a link to any other host; tests/unit/externalHosts.test.ts fails on a host of the
 * content or of a share service missing here. (A reader's own Mastodon server cannot be listed: the
 * share block opens it only when the reader types it in.)
 */
const EXTERNAL_HOSTS = {
  'datenschutz-hamburg.de': 'Hamburg Commissioner for Data Protection (notices of 2024 and 2025)',
  'www.datatilsynet.no': 'Datatilsynet, Norway (notice of April 2025)',
  'www.klicksafe.de': 'klicksafe (notice of June 2024)',
  'www.dataprotection.ie': 'Irish Data Protection Commission (pause in 2024, statement of May 2025)',
  'www.forbrukerradet.no': 'Norwegian Consumer Council (complaint of June 2024)',
  'nrwe.justiz.nrw.de': 'Higher Regional Court of Cologne (judgment 15 UKl 2/25)',
  'noyb.eu': 'noyb (letters and urgency procedure of 2025)',
  'www.reuters.com': 'Reuters (noyb letter of May 2025)',
  'www.facebook.com': 'Facebook objection form (links.yaml) and share endpoint',
  'facebook.com': 'Facebook without "www.": an official form URL may use it (FORM_HOSTS in src/lib/contentSchemas.ts)',
  'help.instagram.com': 'Instagram objection form (links.yaml)',
  'wa.me': 'WhatsApp share link',
  't.me': 'Telegram share link',
  'bsky.app': 'Bluesky share link',
  'x.com': 'X share link',
  'www.linkedin.com': 'LinkedIn share link',
} as const;

export type ExternalHost = keyof typeof EXTERNAL_HOSTS;

export function isAllowedExternalHost(host: string): host is ExternalHost {
  return host in EXTERNAL_HOSTS;
}
