// Serves dist/ with Cloudflare's own runtime (workerd, through `wrangler pages dev`), offline: the
// _headers file means here exactly what it means on Cloudflare Pages. Wrangler's
// usage reports are switched off: a privacy site does not phone home, not even from its tests.
//   node tools/serve-cloudflare.mjs [--port 4330] [--dir dist]
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { isMain } from './is-main.mjs';

/** The compatibility date of Cloudflare's runtime that the site is tested against. */
export const COMPATIBILITY_DATE = '2026-05-01';

/** Starts wrangler pages dev; the child process keeps running until it is killed. */
export function serveCloudflare({ port = 4330, dir = 'dist' } = {}) {
  return spawn(
    'node_modules/.bin/wrangler',
    ['pages', 'dev', dir, '--ip', '127.0.0.1', '--port', String(port), '--compatibility-date', COMPATIBILITY_DATE],
    {
      stdio: 'inherit',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_LOG: 'warn', NO_COLOR: '1' },
    },
  );
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4330' }, dir: { type: 'string', default: 'dist' } },
  });
  const child = serveCloudflare({ port: Number(values.port), dir: values.dir });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
