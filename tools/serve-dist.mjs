// Serves dist/ as a static host would: files through sirv, compressed as every static host
// compresses text, the response headers of dist/_headers (parsed by Netlify's own parser, with its
// path matching), and the nearest localized 404.html for a path that does not exist. Used by `npm run preview` and by the end-to-end tests.
//   node tools/serve-dist.mjs [--port 4321] [--host 127.0.0.1] [--dir dist] [--base /]
import { parseAllHeaders } from '@netlify/headers-parser';
import compression from 'compression';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
/** @import { IncomingMessage, ServerResponse } from 'node:http' */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { isMain } from './is-main.mjs';

/** Starts the server; resolves with its URL once it listens. */
export async function serveDist({ dir = 'dist', port = 4321, host = '127.0.0.1', base = '/' } = {}) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const headersPath = join(root, '_headers');
  const { headers, errors } = existsSync(headersPath)
    ? await parseAllHeaders({ headersFiles: [headersPath], configHeaders: [], minimal: false })
    : { headers: [], errors: [] };
  if (errors.length > 0) throw new Error(`dist/_headers: ${errors.map(String).join('; ')}`);
  // Parsed with minimal: false, every rule carries the RegExp Netlify matches paths with.
  const rules = headers.map((rule) => {
    if (!('forRegExp' in rule)) throw new Error(`dist/_headers: no path pattern for ${rule.for}`);
    return rule;
  });
  const files = sirv(root, { dev: false, etag: true, extensions: ['html'], dotfiles: false });
  // compression() works on Node's own request and response; its types name Express's.
  const compress = /** @type {(request: IncomingMessage, response: ServerResponse, next: () => void) => void} */ (
    /** @type {unknown} */ (compression())
  );

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    for (const rule of rules) {
      if (rule.forRegExp.test(url.pathname))
        for (const [name, value] of Object.entries(rule.values)) response.setHeader(name, value);
    }
    if (/^\/_(headers|redirects)$/.test(url.pathname.slice(prefix.length - 1)) || !url.pathname.startsWith(prefix))
      return notFound(url.pathname, response);
    // The files live at dist/ root; the base is only in the URL.
    request.url = `/${url.pathname.slice(prefix.length)}${url.search}`;
    compress(request, response, () => files(request, response, () => notFound(url.pathname, response)));
  });

  /**
   * The nearest localized 404 page, with status 404.
   * @param {string} pathname
   * @param {ServerResponse} response
   */
  function notFound(pathname, response) {
    const locale = pathname.slice(prefix.length).split('/')[0];
    const localized = join(root, locale ?? '', '404.html');
    const page = locale && existsSync(localized) ? localized : join(root, '404.html');
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(existsSync(page) ? readFileSync(page) : 'Not found');
  }

  await /** @type {Promise<void>} */ (new Promise((done) => server.listen(port, host, done)));
  const address = server.address();
  return { server, url: `http://${host}:${typeof address === 'object' && address ? address.port : port}${prefix}` };
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  const { url } = await serveDist({ ...values, port: Number(values.port) });
  console.log(`Serving ${values.dir}/ at ${url}`);
}
