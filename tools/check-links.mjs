// The weekly check of the links a reader is sent to (.github/workflows/links.yml): Meta's objection
// forms (src/content/links.yaml), the supervisory authorities' pages (src/content/authorities.yaml)
// and the source register's pages (src/content/sources.yaml). Fails, naming each link, when one is
// gone: a 404 or 410, a host that no longer answers, or a form of Meta's that redirects anywhere but
// to the form itself or a login page. A logged-out request to a form is redirected to a login page:
// that counts as alive. Other answers (403 from bot protection, 429, 5xx) are reported, not failed.
//   npm run check:links
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isMain } from './is-main.mjs';

/** @typedef {{ url: string; kind: 'meta-form' | 'page'; from: string }} ReaderLink */
/** @typedef {{ link: ReaderLink; verdict: 'alive' | 'gone' | 'unsure'; detail: string }} LinkResult */

const content = join(import.meta.dirname, '..', 'src', 'content');
/** @param {string} file */
const read = (file) => /** @type {any[]} */ (parseYaml(readFileSync(join(content, file), 'utf8')));

/** Every external link a reader is sent to, once each, with the file it comes from. @returns {ReaderLink[]} */
export function readerLinks() {
  /** @type {ReaderLink[]} */
  const links = [
    ...read('links.yaml')
      .filter((entry) => (entry.kind ?? 'form') === 'form')
      .map((entry) => ({ url: entry.url, kind: /** @type {const} */ ('meta-form'), from: `links.yaml: ${entry.id}` })),
    ...read('authorities.yaml')
      .filter((entry) => entry.page)
      .map((entry) => ({
        url: entry.page.url,
        kind: /** @type {const} */ ('page'),
        from: `authorities.yaml: ${entry.id}`,
      })),
    ...read('sources.yaml')
      .filter((entry) => entry.url)
      .map((entry) => ({ url: entry.url, kind: /** @type {const} */ ('page'), from: `sources.yaml: ${entry.id}` })),
  ];
  return links.filter((link, index) => links.findIndex((other) => other.url === link.url) === index);
}

/** A login page, as Meta's forms redirect a logged-out reader to one. @param {URL} url */
const isLoginPage = (url) => /(^|\/)(login|accounts\/login)(\.php)?(\/|$)/i.test(url.pathname);

/**
 * Follows one link's redirects (at most `maxRedirects`) and judges it.
 * @param {ReaderLink} link
 * @param {{ fetch?: typeof fetch; timeoutMs?: number; maxRedirects?: number; retries?: number }} [options]
 * @returns {Promise<LinkResult>}
 */
export async function checkLink(link, { fetch: get = fetch, timeoutMs = 20_000, maxRedirects = 5, retries = 1 } = {}) {
  let url = new URL(link.url);
  const chain = [];
  for (let hop = 0; hop <= maxRedirects; hop++) {
    let response;
    try {
      response = await get(url, {
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: { 'user-agent': 'object-to-meta-ai link check (weekly)', accept: 'text/html,*/*' },
      });
    } catch (error) {
      if (retries > 0) return checkLink(link, { fetch: get, timeoutMs, maxRedirects, retries: retries - 1 });
      const cause = /** @type {{ cause?: { code?: string } }} */ (error).cause?.code ?? String(error);
      return { link, verdict: 'gone', detail: `no answer from ${url.host} (${cause})` };
    }
    const status = response.status;
    await response.body?.cancel();
    const location = response.headers.get('location');
    if (status >= 300 && status < 400 && location) {
      chain.push(status);
      url = new URL(location, url);
      continue;
    }
    const via = chain.length ? ` after ${chain.length} redirect(s), at ${url.href}` : '';
    if (status === 404 || status === 410) return { link, verdict: 'gone', detail: `${status}${via}` };
    if (status >= 400) {
      if (status >= 500 && retries > 0)
        return checkLink(link, { fetch: get, timeoutMs, maxRedirects, retries: retries - 1 });
      return { link, verdict: 'unsure', detail: `${status}${via}` };
    }
    if (link.kind === 'meta-form' && chain.length > 0) {
      const form = new URL(link.url);
      const atForm = url.host === form.host && url.pathname === form.pathname;
      if (!atForm && !isLoginPage(url)) {
        return {
          link,
          verdict: 'gone',
          detail: `redirects to ${url.href}, which is neither the form nor a login page`,
        };
      }
    }
    return { link, verdict: 'alive', detail: `${status}${via}` };
  }
  return { link, verdict: 'gone', detail: `more than ${maxRedirects} redirects` };
}

/**
 * Checks every link, a few at a time.
 * @param {ReaderLink[]} links
 * @param {Parameters<typeof checkLink>[1]} [options]
 */
export async function checkLinks(links, options) {
  /** @type {LinkResult[]} */
  const results = [];
  const queue = [...links];
  const worker = async () => {
    for (let link = queue.shift(); link; link = queue.shift()) results.push(await checkLink(link, options));
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return results.sort((a, b) => a.link.from.localeCompare(b.link.from));
}

if (isMain(import.meta.url)) {
  const results = await checkLinks(readerLinks());
  for (const { link, verdict, detail } of results)
    console.log(`${verdict.padEnd(6)} ${link.from}  ${link.url}  ${detail}`);
  const gone = results.filter((result) => result.verdict === 'gone');
  console.log(`\n${results.length} links: ${results.length - gone.length} not gone, ${gone.length} gone.`);
  if (gone.length > 0) {
    console.error(`\nGone (fix the content file named, or find the new address in a source):`);
    for (const { link, detail } of gone) console.error(`- ${link.from}: ${link.url} (${detail})`);
    process.exit(1);
  }
}
