/*
 * The EU/EEA countries and the German Länder that the page on where to complain must cover, and how
 * its register (src/content/authorities.yaml) is read: checked whole, grouped by country.
 */

/** The 27 EU member states and the three EEA EFTA states (Iceland, Liechtenstein, Norway). */
export const EEA_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
] as const;
export type EeaCountry = (typeof EEA_COUNTRIES)[number];

/** The 16 German Länder, by the second part of their ISO 3166-2 code. */
export const GERMAN_LAENDER = [
  'bw',
  'by',
  'be',
  'bb',
  'hb',
  'hh',
  'he',
  'mv',
  'ni',
  'nw',
  'rp',
  'sl',
  'sn',
  'st',
  'sh',
  'th',
] as const;

export interface AuthorityLike {
  id: string;
  country: EeaCountry;
  role: 'national' | 'federal' | 'land';
  land?: string | undefined;
}

/**
 * What is missing from the register, as messages naming it: a country without its national (or, for
 * Germany, federal) authority, a Land without its authority, or an id given twice.
 */
export function registerGaps(entries: readonly AuthorityLike[]): string[] {
  const problems: string[] = [];
  const ids = entries.map((entry) => entry.id);
  for (const id of new Set(ids)) if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`"${id}" is there twice`);
  for (const country of EEA_COUNTRIES) {
    const role = country === 'DE' ? 'federal' : 'national';
    if (!entries.some((entry) => entry.country === country && entry.role === role))
      problems.push(`${country} has no ${role} authority`);
  }
  for (const land of GERMAN_LAENDER) {
    if (!entries.some((entry) => entry.id === `de-${land}` && entry.role === 'land'))
      problems.push(`the German Land DE-${land.toUpperCase()} has no authority`);
  }
  return problems;
}

/** The countries in the reader's language, sorted by their names in it, each with its entries (Germany: federal first, then the Länder by name). */
export function byCountry<A extends AuthorityLike>(
  entries: readonly A[],
  locale: string,
): { country: EeaCountry; name: string; authorities: A[] }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  return EEA_COUNTRIES.map((country) => ({
    country,
    name: names.of(country) ?? country,
    authorities: entries
      .filter((entry) => entry.country === country)
      .sort((a, b) => (a.role === b.role ? collator.compare(a.land ?? '', b.land ?? '') : a.role === 'land' ? 1 : -1)),
  })).sort((a, b) => collator.compare(a.name, b.name));
}
