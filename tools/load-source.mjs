// Loads TypeScript modules of src/ into a Node tool. Their imports leave out file extensions, as
// Vite allows and Node does not, so esbuild bundles them into one module first.
import { build } from 'esbuild';

/** The exports of src/ modules, e.g. await loadSource(['src/i18n/locales.ts']). */
export async function loadSource(entries) {
  const contents = entries
    .map((entry, index) => `export * as m${index} from ${JSON.stringify(`./${entry}`)};`)
    .join('\n');
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
  );
  return entries.map((_, index) => module[`m${index}`]);
}
