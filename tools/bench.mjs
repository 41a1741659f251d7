// `npm run bench`: the figures behind the budgets of ../shared/design.md, printed as tables.
// It builds the site (timed), measures dist/, runs Lighthouse three times per page and prints
// "over budget" where a figure misses its budget. It never fails on a timing: budgets are targets.
//   npm run bench             tables
//   npm run bench -- --json   the same figures as JSON, to compare commits
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parse as parseHtml } from 'node-html-parser';
import { lighthouseFigures } from './lighthouse.mjs';
import { serveDist } from './serve-dist.mjs';

const json = process.argv.includes('--json');
const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const log = (...args) => json || console.log(...args);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const verdict = (value, budget) => (budget === undefined ? '' : value <= budget ? 'ok' : 'over budget');
const figures = {};

// 1. Build time and pages.
log('Building the site…');
const started = performance.now();
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
figures.build = {
  seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  htmlPages: walk(dist).filter((file) => file.endsWith('.html')).length,
  files: walk(dist).length,
};

// 2. Page weight per kind: the HTML and every file it loads from the site.
const kinds = {
  home: 'en/index.html',
  guide: 'en/object/index.html',
  notice: 'en/notices/hamburg-2025/index.html',
  widget: 'embed/de/index.html',
};
const typeOf = (path) => ({ '.css': 'css', '.js': 'js', '.png': 'images', '.svg': 'images' })[extname(path)] ?? 'other';
figures.pages = {};
for (const [kind, file] of Object.entries(kinds)) {
  const html = readFileSync(join(dist, file));
  const document = parseHtml(html.toString());
  const assets = [
    ...document.querySelectorAll('script[src]').map((element) => element.getAttribute('src')),
    ...document.querySelectorAll('link[rel="stylesheet"]').map((element) => element.getAttribute('href')),
    ...document.querySelectorAll('img[src]').map((element) => element.getAttribute('src')),
  ].filter((src) => src?.startsWith('/'));
  const sizes = {
    html: { raw: html.length, gzip: gzip(html) },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    images: { raw: 0, gzip: 0 },
  };
  for (const style of document.querySelectorAll('style')) {
    sizes.css.raw += Buffer.byteLength(style.text);
    sizes.css.gzip += gzip(Buffer.from(style.text));
  }
  for (const asset of assets) {
    const bytes = readFileSync(join(dist, asset));
    const type = typeOf(asset);
    if (!sizes[type]) continue;
    sizes[type].raw += bytes.length;
    sizes[type].gzip += gzip(bytes);
  }
  // Render-blocking: a stylesheet link, or a classic script in <head> without defer or async.
  const blocking = [
    ...document.querySelectorAll('head link[rel="stylesheet"]').map((element) => element.getAttribute('href')),
    ...document
      .querySelectorAll('head script[src]')
      .filter(
        (element) =>
          element.getAttribute('type') !== 'module' && !element.hasAttribute('defer') && !element.hasAttribute('async'),
      )
      .map((element) => element.getAttribute('src')),
  ];
  figures.pages[kind] = {
    file,
    ...sizes,
    totalGzip: sizes.html.gzip + assets.reduce((sum, asset) => sum + gzip(readFileSync(join(dist, asset))), 0),
    blocking,
  };
}

// 3. Scripts against their budgets and a peer built the same way in this run.
const scriptFiles = (prefix) =>
  readdirSync(join(dist, '_astro')).filter((name) => name.startsWith(prefix) && name.endsWith('.js'));
const withImports = (name, seen = new Set()) => {
  if (seen.has(name)) return [];
  seen.add(name);
  const code = readFileSync(join(dist, '_astro', name));
  const imports = [...code.toString().matchAll(/from\s*"\.\/([^"]+\.js)"|import\s*"\.\/([^"]+\.js)"/g)].map(
    (match) => match[1] ?? match[2],
  );
  return [code, ...imports.flatMap((child) => withImports(child, seen))];
};
const require = createRequire(import.meta.url);
const peer = await build({
  entryPoints: [require.resolve('@github/relative-time-element')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
figures.scripts = {
  countdown: { gzip: gzip(Buffer.concat(withImports(scriptFiles('DeadlineCountdown')[0]))), budget: 1.5 * 1024 },
  widgetLoader: { gzip: gzip(readFileSync(join(dist, 'widget.js'))), budget: 2 * 1024 },
  widgetDocument: { gzip: figures.pages.widget.totalGzip, budget: 6 * 1024 },
  peerRelativeTimeElement: { gzip: gzip(Buffer.from(peer.outputFiles[0].text)) },
};

// 4. Lighthouse, mobile preset, median of three runs.
log('Running Lighthouse (3 runs per page)…');
const { server, url } = await serveDist({ dir: dist, port: 0 });
try {
  const paths = ['en/', 'en/object/', 'embed/en/', 'de/', 'de/object/', 'embed/de/'];
  const results = await lighthouseFigures(
    paths.map((path) => `${url}${path}`),
    { runs: 3 },
  );
  figures.lighthouse = Object.fromEntries(paths.map((path) => [`/${path}`, results[`${url}${path}`]]));
} finally {
  server.close();
}

if (json) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  console.log(
    `\nBuild: ${figures.build.seconds} s, ${figures.build.htmlPages} HTML pages, ${figures.build.files} files\n`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(figures.pages).map(([kind, page]) => [
        kind,
        {
          'HTML gz': kb(page.html.gzip),
          'CSS gz (raw)': `${kb(page.css.gzip)} (${kb(page.css.raw)})`,
          'JS gz (raw)': `${kb(page.js.gzip)} (${kb(page.js.raw)})`,
          'images gz': kb(page.images.gzip),
          'all gz': kb(page.totalGzip),
          budget: kind === 'home' ? '35 KB' : kind === 'widget' ? '6 KB' : '',
          verdict:
            kind === 'home'
              ? verdict(page.totalGzip, 35 * 1024)
              : kind === 'widget'
                ? verdict(page.totalGzip, 6 * 1024)
                : '',
          'blocks first paint': page.blocking.length ? page.blocking.join(', ') : 'nothing beyond the HTML',
        },
      ]),
    ),
  );
  console.table(
    Object.fromEntries(
      Object.entries(figures.scripts).map(([name, script]) => [
        name,
        {
          'min+gzip': kb(script.gzip),
          budget: script.budget ? kb(script.budget) : '(peer)',
          verdict: verdict(script.gzip, script.budget),
        },
      ]),
    ),
  );
  console.table(
    Object.fromEntries(
      Object.entries(figures.lighthouse).map(([path, result]) => [
        path,
        {
          performance: result.scores.performance * 100,
          accessibility: result.scores.accessibility * 100,
          'best practices': result.scores['best-practices'] * 100,
          SEO: result.scores.seo * 100,
          'LCP ms': Math.round(result.lcpMs),
          CLS: Number(result.cls.toFixed(3)),
          'TBT ms': Math.round(result.tbtMs),
          verdict: Object.values(result.scores).every((score) => score === 1) ? 'ok' : 'over budget',
        },
      ]),
    ),
  );
}
