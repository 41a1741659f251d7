/*
 * A production build says what this copy of the site lacks before it goes out: without SITE_URL,
 * canonical links, share links, feeds and every embed snippet name the placeholder address; without
 * SOURCE_REPOSITORY_URL, readers have nowhere to report a mistake (the translation line's "improve
 * it" link and the report address are left out rather than sent to a dead end).
 */
import type { AstroIntegration } from 'astro';

/** What a production build with these environment variables lacks, one sentence each. */
export function missingSettings(environment: Record<string, string | undefined>, placeholderSite: string): string[] {
  const missing: string[] = [];
  if (!environment['SITE_URL']) {
    missing.push(
      `SITE_URL is not set: canonical links, share links, feeds and the embed snippets partners copy name ${placeholderSite}. Set it to the address the site is served from.`,
    );
  }
  if (!/^https:\/\//.test(environment['SOURCE_REPOSITORY_URL'] ?? '')) {
    missing.push(
      'SOURCE_REPOSITORY_URL is not set (or not https): readers get no address to report a mistake, and the translation line no link to improve it. Set it to the public repository, e.g. https://github.com/owner/repo.',
    );
  }
  return missing;
}

export function configWarnings(placeholderSite: string): AstroIntegration {
  return {
    name: 'config-warnings',
    hooks: {
      'astro:build:start': ({ logger }) => {
        for (const message of missingSettings(process.env, placeholderSite)) logger.warn(message);
      },
    },
  };
}
