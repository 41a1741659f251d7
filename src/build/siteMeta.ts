/*
 * Facts about this copy of the site rather than about its subject: when it was built, and where its
 * source code lives. (When its content was checked is recorded per source in src/content/sources.yaml.)
 */

const environment = (name: string): string | undefined =>
  typeof process !== 'undefined' ? process.env[name] || undefined : undefined;

/**
 * The moment this build ran. SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention,
 * overrides it so that two builds of one commit can be byte-identical.
 */
export const buildTime: Date = (() => {
  const epoch = environment('SOURCE_DATE_EPOCH');
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
})();

/**
 * The public repository of this site (e.g. https://github.com/owner/repo), where readers report
 * mistakes: the one setting for every "report a mistake" link. The GitHub workflow sets it from the
 * repository it runs in; other hosts set SOURCE_REPOSITORY_URL themselves. Unset, the site names no
 * address rather than a made-up one.
 */
export const sourceRepositoryUrl: string | undefined = (() => {
  const url = environment('SOURCE_REPOSITORY_URL');
  return url && /^https:\/\/[^\s"<>]+$/.test(url) ? url.replace(/\/$/, '') : undefined;
})();

/** Where a reader reports a mistake, if the repository is known. */
export const reportMistakeUrl = sourceRepositoryUrl ? `${sourceRepositoryUrl}/issues/new` : undefined;

/** The branch the site is built from: .github/workflows/deploy.yml deploys every push to it. */
const sourceBranch = 'main';

/**
 * The repository's web editor for one of its files ("src/i18n/ui/de.json"), as Starlight's edit link
 * opens it, if the repository is known. The address follows GitHub's scheme, as the issue link does.
 */
export function editFileUrl(file: string): string | undefined {
  return sourceRepositoryUrl ? `${sourceRepositoryUrl}/edit/${sourceBranch}/${file}` : undefined;
}
