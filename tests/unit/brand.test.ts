import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brand } from '../../src/lib/brand';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/brand.css'), 'utf8');
const token = (name: string) => css.match(new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6})`))?.[1];

describe('brand colours', () => {
  it('are the same in the stylesheet and where CSS cannot reach (images, manifest, theme colour)', () => {
    expect(brand.primary).toBe(token('brand-700'));
    expect(brand.ogBackground).toBe(token('brand-800'));
    expect(brand.ogMuted).toBe(token('brand-200'));
    expect(brand.pale).toBe(token('brand-50'));
  });

  it('appear nowhere else in src/ as literals', () => {
    const root = join(import.meta.dirname, '../..');
    const definitions = new Set(['src/lib/brand.ts', 'src/styles/brand.css']);
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .map((path) => `src/${path.split(sep).join('/')}`)
      .filter((file) => /\.(ts|astro|css|mjs)$/.test(file) && !definitions.has(file));
    expect(files.length).toBeGreaterThan(20);
    const literal = new RegExp(Object.values(brand).join('|'), 'gi');
    const found = files
      .map((file) => ({ file, literals: readFileSync(join(root, file), 'utf8').match(literal) ?? [] }))
      .filter((hit) => hit.literals.length > 0);
    expect(found).toEqual([]);
  });
});
