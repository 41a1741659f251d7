/*
 * Pinned loaders never change: a partner's integrity hash must keep matching. The record of
 * releases and the released bytes are checked against each other, and the loader the site serves
 * as /widget.js must be the latest release (change the loader, then release it).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleScript } from '../../src/widget/bundleScript';
import {
  integrityOf,
  latestRelease,
  loaderReleases,
  RELEASES_DIR,
  compareVersions,
  LOADER_ENTRY,
  releaseBytes,
} from '../../src/widget/loaderReleases';

describe('released loaders', () => {
  it('are recorded in order, each with a version, a date and an integrity hash', () => {
    expect(loaderReleases.length).toBeGreaterThan(0);
    for (let index = 1; index < loaderReleases.length; index += 1) {
      expect(compareVersions(loaderReleases[index - 1]!.version, loaderReleases[index]!.version)).toBeLessThan(0);
    }
    expect(compareVersions('1.10.0', '1.9.2')).toBeGreaterThan(0);
    for (const release of loaderReleases) {
      expect(release.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(release.released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(release.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    }
  });

  it.each(loaderReleases.map((release) => [release.version, release] as const))(
    '%s has exactly the bytes it was released with',
    (_version, release) => {
      expect(integrityOf(releaseBytes(release.version))).toBe(release.integrity);
    },
  );

  it('has no file that is not in the record', () => {
    const files = readdirSync(join(import.meta.dirname, '../..', RELEASES_DIR)).filter((file) => file.endsWith('.js'));
    expect(files.sort()).toEqual(loaderReleases.map((release) => `${release.version}.js`).sort());
  });

  it('the evergreen /widget.js is the latest release: after changing the loader, run npm run widget:release -- <next version>', async () => {
    const current = await bundleScript(LOADER_ENTRY);
    expect(integrityOf(current)).toBe(latestRelease().integrity);
  });
});
