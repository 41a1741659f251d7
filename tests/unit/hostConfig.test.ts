import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';

const netlifyToml = readFileSync(join(import.meta.dirname, '../../netlify.toml'), 'utf8');

describe('netlify.toml', () => {
  it("sends a missing path under each language to that language's not-found page, with status 404", () => {
    const rules = [
      ...netlifyToml.matchAll(/\[\[redirects\]\]\s+from = "([^"]+)"\s+to = "([^"]+)"\s+status = (\d+)/g),
    ].map(([, from, to, status]) => ({ from, to, status }));
    expect(rules).toEqual([
      ...locales.map((locale) => ({ from: `/${locale}/*`, to: `/${locale}/404.html`, status: '404' })),
      { from: '/*', to: '/404.html', status: '404' },
    ]);
  });
});
