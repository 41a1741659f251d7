/*
 * How each host reads dist/_headers, for tests: which rules match a path, and the headers that
 * path then gets. Netlify's reading comes from Netlify's own parser (@netlify/headers-parser) and its
 * merge (a later rule's header replaces an earlier one's). Cloudflare's is written from its documented
 * matching (a splat "*" matches any characters, ":name" one segment, the whole path must match;
 * values of a header two rules set are joined), and checked against Cloudflare's own runtime in
 * tests/e2e/hosts.spec.ts.
 */
import { parseAllHeaders } from '@netlify/headers-parser';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type HostName = 'netlify' | 'cloudflare';
type Headers = Record<string, string>;

export interface HostReading {
  /** The patterns of the rules that match `path`, in file order. */
  matching(path: string): string[];
  /** The headers `path` gets from the file. */
  headersFor(path: string): Headers;
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** Cloudflare Pages' reading of one rule's path. */
function cloudflarePattern(rule: string): RegExp {
  const pattern = rule
    .split('*')
    .map(escape)
    .join('.*')
    .replace(/:(\w+)/g, '[^/]+');
  return new RegExp(`^${pattern}$`);
}

/** Both hosts' readings of the text of a _headers file. */
export async function hostReadings(headersText: string): Promise<Record<HostName, HostReading>> {
  const file = join(mkdtempSync(join(tmpdir(), 'headers-')), '_headers');
  writeFileSync(file, headersText);
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  const netlifyRules = headers as { for: string; values: Headers; forRegExp: RegExp }[];
  if (errors.length > 0) throw new Error(`Netlify rejects the file: ${errors.join('; ')}`);
  const cloudflareRules = netlifyRules.map((rule) => ({ ...rule, pattern: cloudflarePattern(rule.for) }));
  return {
    netlify: {
      matching: (path) => netlifyRules.filter((rule) => rule.forRegExp.test(path)).map((rule) => rule.for),
      // A later rule's header replaces an earlier one's.
      headersFor: (path) =>
        Object.fromEntries(
          netlifyRules.filter((rule) => rule.forRegExp.test(path)).flatMap((rule) => Object.entries(rule.values)),
        ),
    },
    cloudflare: {
      matching: (path) => cloudflareRules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.for),
      headersFor: (path) => {
        const headers: Headers = {};
        for (const rule of cloudflareRules.filter((candidate) => candidate.pattern.test(path)))
          for (const [name, value] of Object.entries(rule.values))
            headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
        return headers;
      },
    },
  };
}
