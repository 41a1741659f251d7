// Releases the current loader as a pinned version: writes src/widget/releases/{version}.js with the
// bytes /widget.js has now, and records its Subresource Integrity hash in releases.json. A released
// file is never changed again (a unit test holds it), so partners' pinned snippets keep working.
//   npm run widget:release -- 1.1.0
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource } from './load-source.mjs';

const root = join(import.meta.dirname, '..');
process.chdir(root);
const [{ bundleScript }, { integrityOf, RELEASES_DIR }] = await loadSource([
  'src/widget/bundleScript.ts',
  'src/widget/loaderReleases.ts',
]);
const version = process.argv[2] ?? '';
if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error('Give the new version, e.g. npm run widget:release -- 1.1.0');
const recordFile = join(root, RELEASES_DIR, 'releases.json');
const releases = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : [];
const newer = (a, b) =>
  a
    .split('.')
    .map(Number)
    .reduce((order, part, index) => order || part - b.split('.').map(Number)[index], 0) > 0;
if (releases.some((release) => !newer(version, release.version))) {
  throw new Error(
    `${version} is not newer than every released version (${releases.map((release) => release.version).join(', ')})`,
  );
}
const code = await bundleScript('src/widget/partnerLoader.ts');
writeFileSync(join(root, RELEASES_DIR, `${version}.js`), code);
releases.push({ version, integrity: integrityOf(code), released: new Date().toISOString().slice(0, 10) });
writeFileSync(recordFile, `${JSON.stringify(releases, null, 2)}\n`);
console.log(`Released the loader as ${version}: ${RELEASES_DIR}/${version}.js (${integrityOf(code)})`);
