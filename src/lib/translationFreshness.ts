/*
 * Whether each translated text still matches the English it was made from. A translation records
 * the fingerprint of that English (src/i18n/translated-from.json); when the English changes, the
 * fingerprints differ and the translation is outdated until someone updates it and marks it again.
 */

export interface Freshness {
  /** English texts in all. */
  total: number;
  /** Keys whose translation was made from an older English text. */
  outdated: string[];
  /** Keys with no translation made from any English text yet (new, or never marked). */
  missing: string[];
}

/**
 * Compares a locale's record with the current English. `englishHashes` maps each key to the
 * fingerprint of its English text now; `record` maps keys to the fingerprint a translation was made from.
 */
export function freshness(
  englishHashes: ReadonlyMap<string, string>,
  record: Readonly<Record<string, string>>,
): Freshness {
  const outdated: string[] = [];
  const missing: string[] = [];
  for (const [key, hash] of englishHashes) {
    const from = record[key];
    if (from === undefined) missing.push(key);
    else if (from !== hash) outdated.push(key);
  }
  return { total: englishHashes.size, outdated, missing };
}
