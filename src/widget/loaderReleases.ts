/*
 * Released versions of the loader, kept byte for byte so that a partner's pinned snippet (with its
 * Subresource Integrity hash) never breaks. Each is served at /widget/{version}.js; /widget.js is
 * the evergreen alias, always the latest code. Release a new version with
 * `npm run widget:release -- <version>` after changing the loader (a unit test asks for it).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import releases from './releases/releases.json' with { type: 'json' };

export interface LoaderRelease {
  /** Semantic version, e.g. "1.0.0"; the file is releases/{version}.js. */
  version: string;
  /** "sha384-…", the Subresource Integrity of the file's bytes. */
  integrity: string;
  /** The day it was released, YYYY-MM-DD. */
  released: string;
}

export const RELEASES_DIR = 'src/widget/releases';
/** The source the loader is built from, for /widget.js and for each release. */
export const LOADER_ENTRY = 'src/widget/partnerLoader.ts';

/** Compares two versions like "1.2.3": negative when `a` is older, positive when newer. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  return x!.reduce((order, part, index) => order || part - y![index]!, 0);
}

/** Every release, oldest first. */
export const loaderReleases: readonly LoaderRelease[] = releases;

/** The release the embed-code generator offers. */
export function latestRelease(): LoaderRelease {
  const latest = loaderReleases.at(-1);
  if (!latest) throw new Error(`${RELEASES_DIR}/releases.json lists no release: run npm run widget:release -- 1.0.0`);
  return latest;
}

/** The bytes of a released loader, as they were released. */
export function releaseBytes(version: string): Buffer {
  return readFileSync(join(process.cwd(), RELEASES_DIR, `${version}.js`));
}

/** The Subresource Integrity value of some bytes. */
export function integrityOf(bytes: Buffer | string): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
