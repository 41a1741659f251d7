/*
 * A partner website for the widget tests: another origin (another port), serving the pages a test
 * gives it, each with headers of its own, and optionally a folder of files (a self-hosted kit).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface PartnerPage {
  body: string;
  headers?: Record<string, string>;
}

export interface Partner {
  origin: string;
  /** Serves `page` at `path` from now on. */
  set(path: string, page: PartnerPage): void;
  /** Serves the files of `dir` under the path prefix `mount` ("/assets/widget/"). */
  mount(mount: string, dir: string): void;
  close(): Promise<void>;
  /** Every path requested so far. */
  requests: string[];
}

/** The strict policy of a careful partner: scripts and frames from `ours` only, no inline script. */
export const strictPolicy = (ours: string) => ({
  'Content-Security-Policy': `default-src 'none'; script-src ${ours}; frame-src ${ours}; style-src 'unsafe-inline'; img-src ${ours}`,
});

export async function startPartner(): Promise<Partner> {
  const pages = new Map<string, PartnerPage>();
  const mounts: [string, ReturnType<typeof sirv>][] = [];
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url!, 'http://partner').pathname;
    requests.push(path);
    const mounted = mounts.find(([prefix]) => path.startsWith(prefix));
    if (mounted) {
      request.url = request.url!.slice(mounted[0].length - 1);
      return mounted[1](request, response, () => {
        response.statusCode = 404;
        response.end('not found');
      });
    }
    const page = pages.get(path);
    response.statusCode = page ? 200 : 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    for (const [name, value] of Object.entries(page?.headers ?? {})) response.setHeader(name, value);
    response.end(page?.body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    set: (path, page) => void pages.set(path, page),
    mount: (prefix, dir) => void mounts.push([prefix, sirv(dir, { dev: true, extensions: ['html'] })]),
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // Browsers keep connections open; the partner closes them rather than wait.
        server.closeAllConnections();
      }),
    requests,
  };
}

/** A minimal HTML page around `content`. */
export const htmlPage = (content: string, { lang = 'en', style = '' } = {}) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner</title>${style ? `<style>${style}</style>` : ''}</head><body><main><h1>A partner page</h1>${content}</main></body></html>`;
