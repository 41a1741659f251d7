// Translation upkeep: which translated texts are outdated, and the two chores around them.
//   npm run i18n:status [-- --verbose]      per language: texts up to date, outdated, never marked
//   npm run i18n:sync                      give every language the keys English has (a new key gets the
//                                          English text until translated) and drop keys English no longer has
//   npm run i18n:mark -- <locale> [keys…]   record that the locale's texts (or only these keys) were
//                                          translated from the current English
// Outdated texts are reported, never a failing test: translations catch up when translators can.
// It reads and writes the JSON files of src/i18n/{ui,objection-guide,timeline,after-objecting}/ (Node runs the
// TypeScript modules it imports as they are).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, isLocale, locales } from '../src/i18n/locales.ts';
import {
  englishHashes,
  readTranslationFiles,
  translatableTexts,
  translationAreas,
  translationFilePath,
} from '../src/i18n/translationKeys.ts';
import { placeholderNames } from '../src/lib/fillPlaceholders.ts';
import { freshness } from '../src/lib/translationFreshness.ts';
/** @import { Locale } from '../src/i18n/locales.ts' */
/** @import { TranslationArea } from '../src/i18n/translationKeys.ts' */

const root = join(import.meta.dirname, '..');
process.chdir(root);
const recordFile = join(root, 'src/i18n/translated-from.json');
/**
 * Per locale, the hash of the English text each of its texts was translated from, by key.
 * @returns {Partial<Record<Locale, Record<string, string>>>}
 */
const readRecord = () => JSON.parse(readFileSync(recordFile, 'utf8'));
/** @param {string} file @param {unknown} data */
const writeJson = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
/** @param {string} text */
const placeholders = (text) => placeholderNames(text).join();
const translated = locales.filter((candidate) => candidate !== defaultLocale);
/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The areas, each a folder of JSON files. */
const areas = /** @type {TranslationArea[]} */ (Object.keys(translationAreas));

/**
 * English's shape with the locale's strings where it has them (same path, both strings, the same
 * {placeholders}: a translation whose placeholders no longer match would show a broken sentence).
 * @param {unknown} english
 * @param {unknown} own
 * @returns {unknown}
 */
function merge(english, own) {
  if (typeof english === 'string') {
    return typeof own === 'string' && placeholders(own) === placeholders(english) ? own : english;
  }
  if (Array.isArray(english)) {
    return english.map((/** @type {unknown} */ item, index) =>
      merge(item, Array.isArray(own) ? own[index] : undefined),
    );
  }
  if (!isRecord(english)) return english;
  return Object.fromEntries(
    Object.entries(english).map(([key, value]) => [key, merge(value, isRecord(own) ? own[key] : undefined)]),
  );
}

function sync() {
  const english = readTranslationFiles(defaultLocale);
  const changed = [];
  for (const locale of translated) {
    const own = readTranslationFiles(locale);
    for (const area of areas) {
      const merged = merge(english[area], own[area]);
      const file = translationFilePath(area, locale);
      if (existsSync(file) && JSON.stringify(merged) === JSON.stringify(own[area])) continue;
      writeJson(file, merged);
      changed.push(file);
    }
  }
  console.log(
    changed.length
      ? `Updated ${changed.length} files:\n${changed.join('\n')}`
      : 'Every locale has the keys of English.',
  );
}

/** @param {boolean} verbose */
function status(verbose) {
  const english = englishHashes(readTranslationFiles(defaultLocale));
  const record = readRecord();
  /** @type {Record<string, Record<string, number>>} */
  const rows = {};
  for (const locale of translated) {
    const result = freshness(english, record[locale] ?? {});
    rows[locale] = {
      'up to date': result.total - result.outdated.length - result.missing.length,
      outdated: result.outdated.length,
      'never marked': result.missing.length,
    };
    if (verbose && (result.outdated.length || result.missing.length)) {
      console.log(
        `${locale}: outdated ${result.outdated.join(', ') || '-'}; never marked ${result.missing.join(', ') || '-'}`,
      );
    }
  }
  console.table(rows);
}

/**
 * @param {string | undefined} locale
 * @param {string[]} keys
 */
function mark(locale, keys) {
  if (!isLocale(locale) || locale === defaultLocale) throw new Error(`"${locale}" is not a translated locale`);
  const english = englishHashes(readTranslationFiles(defaultLocale));
  const own = translatableTexts(locale, readTranslationFiles(locale));
  const record = readRecord();
  const entry = { ...record[locale] };
  for (const key of keys.length ? keys : [...english.keys()]) {
    const hash = english.get(key);
    if (hash === undefined) throw new Error(`English has no text "${key}"`);
    if (own.has(key)) entry[key] = hash;
  }
  record[locale] = Object.fromEntries(
    Object.entries(entry)
      .filter(([key]) => english.has(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  writeJson(recordFile, record);
  console.log(`${locale}: ${keys.length || english.size} texts marked as translated from the current English.`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'sync') sync();
else if (command === 'status') status(rest.includes('--verbose'));
else if (command === 'mark') mark(rest[0], rest.slice(1));
else {
  console.error('Usage: node tools/i18n.mjs status [--verbose] | sync | mark <locale> [keys…]');
  process.exitCode = 1;
}
