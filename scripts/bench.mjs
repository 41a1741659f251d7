// `npm run bench`: the figures behind the budgets in ../shared/design.md, measured on dist/.
// It prints; it does not fail. "over budget" marks a figure to fix. Run `npm run build` first.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '../dist');
if (!existsSync(dist)) {
  console.error('No dist/ folder: run "npm run build" first.');
  process.exit(1);
}

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [];
const row = (what, measured, budget) =>
  rows.push({ what, measured: kb(measured), budget: budget ? kb(budget) : '', verdict: budget ? (measured <= budget ? 'ok' : 'over budget') : '' });

/** The built script that a component's <script> became, with every chunk it imports. */
function builtScript(prefix) {
  const file = readdirSync(join(dist, '_astro')).find((name) => name.startsWith(prefix) && name.endsWith('.js'));
  if (!file) throw new Error(`No built script starting with ${prefix} in dist/_astro`);
  const seen = new Set();
  const collect = (name) => {
    if (seen.has(name)) return [];
    seen.add(name);
    const code = readFileSync(join(dist, '_astro', name));
    const imports = [...code.toString().matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
    return [code, ...imports.flatMap(collect)];
  };
  return Buffer.concat(collect(file));
}

/** A page's HTML plus every script and stylesheet it loads from the site, gzip. */
function pageWeight(path) {
  const html = readFileSync(join(dist, path));
  const assets = [...html.toString().matchAll(/(?:src|href)="\/(_astro\/[^"]+\.(?:js|css))"/g)].map((match) => readFileSync(join(dist, match[1])));
  const assetBytes = assets.reduce((sum, bytes) => sum + gzip(bytes), 0);
  return { total: gzip(html) + assetBytes, html: gzip(html), assets: assetBytes };
}

row('countdown script, min+gzip', gzip(builtScript('DeadlineCountdown')), 1.5 * 1024);
for (const [label, path] of [
  ['home page /en/, all bytes gzip', 'en/index.html'],
  ['home page /de/, all bytes gzip', 'de/index.html'],
]) {
  row(label, pageWeight(path).total, 35 * 1024);
}
row('notice page /en/notices/hamburg-2025/, all bytes gzip', pageWeight('en/notices/hamburg-2025/index.html').total);

// The widget document loads its script with a plain <script src> (it runs in a sandboxed frame).
const embedHtml = readFileSync(join(dist, 'embed/de/index.html'));
const frameScript = readFileSync(join(dist, 'embed/frame.js'));
row('widget document /embed/de/, all bytes gzip', gzip(embedHtml) + gzip(frameScript), 6 * 1024);
row('/widget.js, min+gzip', gzip(readFileSync(join(dist, 'widget.js'))), 2 * 1024);

console.table(rows);
