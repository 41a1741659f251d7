/*
 * Meta's own domains, in one place. A link of src/content/links.yaml (an official form or share
 * endpoint) must point under one of them, and the check of the build holds every link to a host
 * under them to exactly those links: nothing else on the site may send a reader to Meta.
 */

/** Meta's domains, each with every host under it (www.facebook.com, help.instagram.com, …). */
export const META_DOMAINS = ['facebook.com', 'instagram.com', 'fb.com', 'fb.me', 'instagr.am'] as const;

/**
 * The hosts an official link of links.yaml may use: where Meta's objection forms and share endpoint
 * are. Any other host of Meta's fails the build, so a link cannot drift to a look-alike page.
 */
export const OFFICIAL_LINK_HOSTS = ['www.facebook.com', 'facebook.com', 'help.instagram.com'] as const;

/** Whether a host name (as URL gives it, in lower case) is one of Meta's: a domain above or a host under it. */
export function isMetaHost(host: string): boolean {
  return META_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
