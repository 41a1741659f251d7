/*
 * Every host the site may link to, derived from the content rather than kept by hand: the hosts of
 * the source register (src/content/sources.yaml), of Meta's official links (src/content/links.yaml),
 * of the supervisory authorities' pages (src/content/authorities.yaml) and of the share services
 * (src/lib/shareLinks.ts). The link check of the build fails on a link to
 * any other host. (A reader's own Mastodon server cannot be listed: the share block opens it only
 * when the reader types it in.)
 */
import { SHARE_HOSTS } from './shareLinks';

/** The hosts the site may link to, from the register's entries, the links of links.yaml and the authorities' pages. */
export function allowedExternalHosts(
  register: readonly { url?: string | undefined }[],
  links: readonly { url: string }[],
  authorities: readonly { page?: { url: string } | undefined }[],
): ReadonlySet<string> {
  const pages = authorities.flatMap(({ page }) => (page ? [page] : []));
  const contentHosts = [...register, ...links, ...pages].flatMap(({ url }) => (url ? [new URL(url).hostname] : []));
  return new Set([...contentHosts, ...Object.values(SHARE_HOSTS)]);
}
