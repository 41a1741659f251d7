// Translation upkeep: which translated texts are outdated, and the two chores around them.
//   npm run i18n:status [-- --verbose]      per language: texts up to date, outdated, never marked
//   npm run i18n:sync                      give every language the keys English has (a new key gets the
//                                          English text until translated) and drop keys English no longer has
//   npm run i18n:mark -- <locale> [keys…]   record that the locale's texts (or only these keys) were
//                                          translated from the current English
// Outdated texts are reported, never a failing test: translations catch up when translators can.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSource } from './load-source.mjs';

const root = join(import.meta.dirname, '..');
process.chdir(root);
const [
  { uiStrings },
  { defaultLocale, locales },
  { objectionGuides },
  { timelineTexts },
  { englishHashes, translatableTexts },
  { freshness },
  { placeholderNames },
] = await loadSource([
  'src/i18n/index.ts',
  'src/i18n/locales.ts',
  'src/i18n/objection-guide/index.ts',
  'src/i18n/timeline/index.ts',
  'src/i18n/translationKeys.ts',
  'src/lib/translationFreshness.ts',
  'src/lib/fillPlaceholders.ts',
]);
const recordFile = join(root, 'src/i18n/translated-from.json');
const readRecord = () => JSON.parse(readFileSync(recordFile, 'utf8'));
const writeRecord = (record) => writeFileSync(recordFile, `${JSON.stringify(record, null, 2)}\n`);
const placeholders = (text) => placeholderNames(text).join();

/**
 * English's shape with the locale's strings where it has them (same path, both strings, the same
 * {placeholders}: a translation whose placeholders no longer match would show a broken sentence).
 */
function merge(english, own) {
  if (typeof english === 'string') {
    return typeof own === 'string' && placeholders(own) === placeholders(english) ? own : english;
  }
  if (Array.isArray(english))
    return english.map((item, index) => merge(item, Array.isArray(own) ? own[index] : undefined));
  return Object.fromEntries(Object.entries(english).map(([key, value]) => [key, merge(value, own?.[key])]));
}

const modules = [
  { dir: 'src/i18n/ui', all: uiStrings },
  { dir: 'src/i18n/objection-guide', all: objectionGuides },
  { dir: 'src/i18n/timeline', all: timelineTexts },
];

function sync() {
  const changed = [];
  for (const { dir, all } of modules) {
    for (const locale of locales.filter((candidate) => candidate !== defaultLocale)) {
      const file = join(root, dir, `${locale}.ts`);
      const source = readFileSync(file, 'utf8');
      const merged = merge(all[defaultLocale], all[locale]);
      if (JSON.stringify(merged) === JSON.stringify(all[locale])) continue;
      const match = source.match(
        /^([\s\S]*?export const \w+(?::\s*\w+)?\s*=\s*)\{[\s\S]*\}(\s*as const satisfies \w+)?;\s*$/,
      );
      if (!match) throw new Error(`${dir}/${locale}.ts: cannot find its exported object`);
      writeFileSync(file, `${match[1]}${JSON.stringify(merged, null, 2)}${match[2] ?? ''};\n`);
      changed.push(file);
    }
  }
  if (changed.length)
    execFileSync(join(root, 'node_modules/.bin/prettier'), ['--write', ...changed], { stdio: 'ignore' });
  console.log(
    changed.length
      ? `Updated ${changed.length} files:\n${changed.join('\n')}`
      : 'Every locale has the keys of English.',
  );
}

function status(verbose) {
  const english = englishHashes();
  const record = readRecord();
  const rows = {};
  for (const locale of locales.filter((candidate) => candidate !== defaultLocale)) {
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

function mark(locale, keys) {
  if (!locales.includes(locale) || locale === defaultLocale) throw new Error(`"${locale}" is not a translated locale`);
  const english = englishHashes();
  const own = translatableTexts(locale);
  const record = readRecord();
  const entry = { ...record[locale] };
  for (const key of keys.length ? keys : [...english.keys()]) {
    if (!english.has(key)) throw new Error(`English has no text "${key}"`);
    if (own.has(key)) entry[key] = english.get(key);
  }
  record[locale] = Object.fromEntries(
    Object.entries(entry)
      .filter(([key]) => english.has(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  writeRecord(record);
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
