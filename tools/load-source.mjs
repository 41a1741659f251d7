// Loads TypeScript modules of src/ into a Node tool. Their imports leave out file extensions, as
// Vite allows and Node does not, so esbuild bundles them into one module first (packages stay
// imports, resolved from the project as usual).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');

/**
 * The exports of src/ modules, e.g. await loadSource(['src/i18n/locales.ts']). The caller names
 * their types with a type cast to [typeof import('../src/i18n/locales.ts')], as release-widget.mjs does.
 * @param {readonly string[]} entries paths from the project's root
 * @returns {Promise<unknown[]>} each entry's exports, in the same order
 */
export async function loadSource(entries) {
  const contents = entries
    .map((entry, index) => `export * as m${index} from ${JSON.stringify(`./${entry}`)};`)
    .join('\n');
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild wrote nothing for ${entries.join(', ')}`);
  const folder = join(root, 'node_modules/.cache/load-source');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  writeFileSync(file, code);
  /** @type {Record<string, unknown>} */
  const module = await import(pathToFileURL(file).href);
  return entries.map((_, index) => module[`m${index}`]);
}
