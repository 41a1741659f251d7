// Releases the current loader as a pinned version: writes src/widget/releases/{version}.js with the
// bytes /widget.js has now, and records its Subresource Integrity hash in releases.json. A released
// file is never changed again (a unit test holds it), so partners' pinned snippets keep working.
//   npm run widget:release -- 1.1.0
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource } from './load-source.mjs';

const root = join(import.meta.dirname, '..');
process.chdir(root);
const [{ bundleScript }, { compareVersions, integrityOf, LOADER_ENTRY, loaderReleases, RELEASES_DIR }, { isoDay }] =
  /**
   * @type {[
   *   typeof import('../src/widget/bundleScript.ts'),
   *   typeof import('../src/widget/loaderReleases.ts'),
   *   typeof import('../src/lib/formatDate.ts'),
   * ]}
   */ (await loadSource(['src/widget/bundleScript.ts', 'src/widget/loaderReleases.ts', 'src/lib/formatDate.ts']));
const version = process.argv[2] ?? '';
if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error('Give the new version, e.g. npm run widget:release -- 1.1.0');
const recordFile = join(root, RELEASES_DIR, 'releases.json');
const releases = [...loaderReleases];
if (releases.some((release) => compareVersions(version, release.version) <= 0)) {
  throw new Error(
    `${version} is not newer than every released version (${releases.map((release) => release.version).join(', ')})`,
  );
}
const code = await bundleScript(LOADER_ENTRY);
writeFileSync(join(root, RELEASES_DIR, `${version}.js`), code);
releases.push({ version, integrity: integrityOf(code), released: isoDay(new Date()) });
writeFileSync(recordFile, `${JSON.stringify(releases, null, 2)}\n`);
console.log(`Released the loader as ${version}: ${RELEASES_DIR}/${version}.js (${integrityOf(code)})`);
