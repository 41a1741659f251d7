// The byte budgets of the design that do not depend on timing, measured on a built dist/: the
// countdown script, the loader, the widget document and the badge. `npm run bench` prints them next to
// the other figures; tests/e2e/budgets.spec.ts fails when one is over.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
/** @param {Uint8Array} bytes */
export const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * A script of dist/_astro/ with every script it imports, as one list of file contents.
 * @param {string} dist
 * @param {string} name
 * @param {Set<string>} [seen]
 * @returns {Buffer[]}
 */
function withImports(dist, name, seen = new Set()) {
  if (seen.has(name)) return [];
  seen.add(name);
  const code = readFileSync(join(dist, '_astro', name));
  const imports = [...code.toString().matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g)]
    .map((match) => match[1] ?? match[2])
    .filter((child) => child !== undefined);
  return [code, ...imports.flatMap((child) => withImports(dist, child, seen))];
}

/** @param {string} dir @param {string} suffix */
const filesUnder = (dir, suffix) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name));

/** @typedef {{ what: string; budget: number; file: string; bytes: number }} ByteBudget */

/**
 * Each budget with its largest measured case: gzip bytes for scripts and documents (a widget document
 * carries its style and script inline, so its HTML is all it loads), raw bytes for the badge SVG.
 * @param {string} dist the built site
 * @returns {[countdown: ByteBudget, loader: ByteBudget, widgetDocument: ByteBudget, badge: ByteBudget]}
 */
export function byteBudgets(dist) {
  const countdownEntry = readdirSync(join(dist, '_astro')).find(
    (name) => name.startsWith('DeadlineCountdown') && name.endsWith('.js'),
  );
  if (!countdownEntry) throw new Error(`No DeadlineCountdown script in ${join(dist, '_astro')}: build the site first`);
  /**
   * The largest of the files by a measure, with its path in dist/.
   * @param {string[]} files
   * @param {(bytes: Buffer) => number} measure
   */
  const largest = (files, measure) => {
    const [first] = files
      .map((file) => ({ file: relative(dist, file), bytes: measure(readFileSync(file)) }))
      .sort((a, b) => b.bytes - a.bytes);
    if (!first) throw new Error(`Nothing to measure in ${dist}: build the site first`);
    return first;
  };
  return [
    {
      what: 'countdown script, minified + gzip',
      budget: 1.5 * KB,
      file: `_astro/${countdownEntry}`,
      bytes: gzipBytes(Buffer.concat(withImports(dist, countdownEntry))),
    },
    {
      what: '/widget.js, minified + gzip',
      budget: 2 * KB,
      file: 'widget.js',
      bytes: gzipBytes(readFileSync(join(dist, 'widget.js'))),
    },
    {
      what: 'widget document, all its bytes gzip (largest)',
      budget: 6 * KB,
      ...largest(filesUnder(join(dist, 'embed'), 'index.html'), gzipBytes),
    },
    {
      what: 'badge SVG (largest)',
      budget: 4 * KB,
      ...largest(filesUnder(join(dist, 'badge'), '.svg'), (bytes) => bytes.length),
    },
  ];
}
