/*
 * Every UI string is used somewhere: a key no code reads is dead weight in 26 languages. A key
 * counts as used when the source names it in quotes, or builds it from a prefix
 * (t(`state.${state}`) uses every "state." key).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../src/i18n';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs|mdx)$/.test(entry.name) ? [path] : [];
  });
}

const source = [...sourceFiles('src'), ...sourceFiles('tools')]
  .map((path) => readFileSync(join(root, path), 'utf8'))
  .join('\n');
const prefixes = [...source.matchAll(/`([a-zA-Z0-9_.]+\.)\$\{/g)].map((match) => match[1]!);
const used = (key: string) =>
  source.includes(`'${key}'`) || source.includes(`"${key}"`) || prefixes.some((prefix) => key.startsWith(prefix));

describe('UI strings', () => {
  it('are all read by some code', () => {
    expect(Object.keys(uiStrings.en).filter((key) => !used(key))).toEqual([]);
  });

  it('are found by the check (a key nobody uses would be reported)', () => {
    expect(used('no.such.key')).toBe(false);
    expect(used('site.name')).toBe(true);
  });
});
