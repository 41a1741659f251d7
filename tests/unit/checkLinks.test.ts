/*
 * The weekly link check (tools/check-links.mjs), against local servers that play each case: a page
 * that answers, one that is gone, a form that sends a logged-out reader to a login page (alive), a
 * form that now redirects to a generic help page (gone), a page that moved, a host that is down,
 * and bot protection (reported, not failed). The real links are what the workflow checks weekly.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, checkLinks, readerLinks } from '../../tools/check-links.mjs';
import { officialFormUrl } from '../built/builtSite';

/** Path → [status, Location header]. */
const routes: Record<string, [number, string?]> = {
  '/page': [200],
  '/gone': [404],
  '/removed': [410],
  '/help/contact/712876720715583': [302, '/login.php?next=%2Fhelp%2Fcontact%2F712876720715583'],
  '/login.php': [200],
  '/help/contact/999': [302, '/help/'],
  '/help/': [200],
  '/moved': [301, '/page'],
  '/loop': [302, '/loop'],
  '/blocked': [403],
  '/broken': [503],
};
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const [status, location] = routes[new URL(request.url!, 'http://x').pathname] ?? [404];
    response.writeHead(status, location ? { location } : {});
    response.end('body');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const check = (path: string, kind: 'meta-form' | 'page' = 'page') =>
  checkLink({ url: `${base}${path}`, kind, from: `test: ${path}` }, { timeoutMs: 2_000 });

describe('the link check', () => {
  it('counts a page that answers, or that moved to one that answers, as alive', async () => {
    expect((await check('/page')).verdict).toBe('alive');
    const moved = await check('/moved');
    expect(moved.verdict).toBe('alive');
    expect(moved.detail).toContain('1 redirect');
  });

  it('counts 404 and 410 as gone, naming the status', async () => {
    expect(await check('/gone')).toMatchObject({ verdict: 'gone', detail: '404' });
    expect(await check('/removed')).toMatchObject({ verdict: 'gone', detail: '410' });
  });

  it('counts a Meta form that sends a logged-out reader to a login page as alive', async () => {
    expect((await check('/help/contact/712876720715583', 'meta-form')).verdict).toBe('alive');
  });

  it('counts a Meta form that redirects to a generic help page as gone, naming where it went', async () => {
    const result = await check('/help/contact/999', 'meta-form');
    expect(result.verdict).toBe('gone');
    expect(result.detail).toContain(`${base}/help/`);
    // The same redirect is fine for an ordinary page: sites move their pages.
    expect((await check('/help/contact/999')).verdict).toBe('alive');
  });

  it('counts a host that does not answer and an endless redirect as gone', async () => {
    const down = await checkLink(
      { url: 'http://127.0.0.1:9/', kind: 'page', from: 'test: down' },
      { timeoutMs: 2_000 },
    );
    expect(down.verdict).toBe('gone');
    expect(down.detail).toContain('no answer from 127.0.0.1:9');
    expect(await check('/loop')).toMatchObject({ verdict: 'gone', detail: 'more than 5 redirects' });
  });

  it('reports bot protection and server errors without failing on them', async () => {
    expect((await check('/blocked')).verdict).toBe('unsure');
    expect(await check('/broken')).toMatchObject({ verdict: 'unsure', detail: '503' });
  });

  it('checks many links and names each result by the file it comes from', async () => {
    const results = await checkLinks(
      ['/page', '/gone'].map((path) => ({ url: `${base}${path}`, kind: 'page' as const, from: `test: ${path}` })),
      { timeoutMs: 2_000 },
    );
    expect(results.map(({ link, verdict }) => [link.from, verdict])).toEqual([
      ['test: /gone', 'gone'],
      ['test: /page', 'alive'],
    ]);
  });
});

describe('the links it checks', () => {
  const links = readerLinks();

  it('are the official forms, the authorities’ pages and the register’s pages, each once', () => {
    expect(links.filter((link) => link.kind === 'meta-form').map((link) => link.url)).toEqual([
      officialFormUrl('facebook'),
      officialFormUrl('instagram'),
    ]);
    expect(links.some((link) => link.from === 'authorities.yaml: de-sn')).toBe(true);
    expect(links.some((link) => link.from === 'sources.yaml: vz-rlp-faq')).toBe(true);
    expect(new Set(links.map((link) => link.url)).size).toBe(links.length);
    expect(links.every((link) => link.url.startsWith('https://'))).toBe(true);
  });
});
