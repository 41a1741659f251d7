import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('appear nowhere else as literals', () => {
    const sources = [
      'src/styles/global.css',
      'src/styles/embed.css',
      'src/pages/manifest.webmanifest.ts',
      'src/lib/head.ts',
    ];
    for (const file of sources) {
      const text = readFileSync(join(import.meta.dirname, '../..', file), 'utf8');
      expect({ file, literals: text.match(/#1e40af|#1e3a8a|#bfd3fe|#eef4ff/gi) ?? [] }).toEqual({ file, literals: [] });
    }
  });
});
