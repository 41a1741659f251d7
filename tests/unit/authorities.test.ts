/*
 * The register of supervisory authorities (src/content/authorities.yaml): every EU/EEA country and
 * German Land is there, each address is an https page of the authority's own, and broken entries
 * are rejected naming the field. The page lists the countries in the reader's language.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byCountry, EEA_COUNTRIES, GERMAN_LAENDER, registerGaps } from '../../src/lib/authorities';
import { authoritySchema } from '../../src/lib/contentSchemas';
import { contentDir, yamlEntries } from './content';

const register = yamlEntries(join(contentDir, 'authorities.yaml')).map((entry) => authoritySchema.parse(entry));

describe('the register of supervisory authorities', () => {
  it('covers all 30 EU/EEA countries and the 16 German Länder, each once', () => {
    expect(EEA_COUNTRIES).toHaveLength(30);
    expect(GERMAN_LAENDER).toHaveLength(16);
    expect(registerGaps(register)).toEqual([]);
    expect(register).toHaveLength(30 + 16);
  });

  it('names what is missing when a country or a Land is left out, or an id is given twice', () => {
    const withoutItaly = register.filter((entry) => entry.id !== 'it');
    expect(registerGaps(withoutItaly)).toEqual(['IT has no national authority']);
    const withoutHamburg = register.filter((entry) => entry.id !== 'de-hh');
    expect(registerGaps(withoutHamburg)).toEqual(['the German Land DE-HH has no authority']);
    expect(registerGaps([...register, register[0]!])).toEqual([`"${register[0]!.id}" is there twice`]);
  });

  it('gives Germany its federal commissioner and the Länder, and no other country a Land', () => {
    expect(register.filter((entry) => entry.role === 'federal').map((entry) => entry.id)).toEqual(['de']);
    expect(register.filter((entry) => entry.role === 'land').every((entry) => entry.country === 'DE')).toBe(true);
  });

  it('links only https pages, and shows no page where the address could not be sourced', () => {
    const pages = register.flatMap((entry) => (entry.page ? [entry.page.url] : []));
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(pages.every((url) => url.startsWith('https://'))).toBe(true);
    for (const id of ['cy', 'es', 'pt', 'de-bb', 'de-he']) {
      expect({ id, page: register.find((entry) => entry.id === id)!.page }).toEqual({ id, page: undefined });
    }
  });

  it.each([
    ['an address that is not https', { page: { url: 'http://www.dataprotection.gov.cy/', kind: 'home' } }, 'page.url'],
    ['a country outside the EU/EEA', { country: 'CH' }, 'country'],
    ['a Land outside Germany', { role: 'land', land: 'Tirol' }, 'land'],
    ['a kind of page the site does not know', { page: { url: 'https://example.org/', kind: 'form' } }, 'page.kind'],
  ])('rejects %s, naming the field', (_, change, field) => {
    const result = authoritySchema.safeParse({
      ...(yamlEntries(join(contentDir, 'authorities.yaml'))[0] as object),
      ...change,
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('the countries on the page', () => {
  it('are sorted by their names in the reader’s language, Germany with its federal commissioner first', () => {
    const german = byCountry(register, 'de-DE');
    expect(german.map(({ name }) => name).slice(0, 3)).toEqual(['Belgien', 'Bulgarien', 'Dänemark']);
    const germany = german.find(({ country }) => country === 'DE')!;
    expect(germany.authorities[0]!.role).toBe('federal');
    expect(germany.authorities.slice(1).map((entry) => entry.land)).toEqual(
      [...germany.authorities.slice(1).map((entry) => entry.land!)].sort((a, b) => a.localeCompare(b, 'de')),
    );
    expect(byCountry(register, 'fr-FR').find(({ country }) => country === 'NO')!.name).toBe('Norvège');
  });
});
