/*
 * The schema of a translation file, made from the English file: a translation has exactly English's
 * keys, nested the same way, lists as long as English's, only strings, and in each string the same
 * {placeholders}. The site checks every file with it when it loads them (src/i18n/translations.ts),
 * so a broken file stops the build with the file and the key named.
 */
import { z } from 'astro/zod';
import { placeholderNames } from './fillPlaceholders';

/** How a translation's placeholders read in a message: "{date}, {year}", or "none". */
const listed = (text: string) =>
  placeholderNames(text)
    .map((name) => `{${name}}`)
    .join(', ') || 'none';

const missingOr = (problem: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : problem;

/** A schema that accepts only what has the shape of `english` (a parsed English translation file). */
export function translationSchema(english: unknown): z.ZodType {
  if (typeof english === 'string') {
    return z.string({ error: missingOr('must be a string') }).refine((text) => listed(text) === listed(english), {
      error: (issue) =>
        `must have the placeholders of English (${listed(english)}), not ${listed(String(issue.input))}`,
    });
  }
  if (Array.isArray(english)) {
    return z.array(z.unknown(), { error: missingOr('must be a list') }).pipe(
      z.tuple(english.map(translationSchema) as [z.ZodType, ...z.ZodType[]], {
        error: `must have ${english.length} items, as English has`,
      }),
    );
  }
  if (english !== null && typeof english === 'object') {
    const shape = Object.fromEntries(Object.entries(english).map(([key, value]) => [key, translationSchema(value)]));
    return z.strictObject(shape, { error: missingOr('must be an object of keys') });
  }
  throw new Error(`An English translation holds only strings, lists and objects, not ${JSON.stringify(english)}`);
}

/**
 * What is wrong with a translation file, one line per key: `src/i18n/ui/de.json: "site.name" is
 * missing`. Empty when the file has the shape of English's.
 */
export function translationProblems(file: string, schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const at = (path: readonly PropertyKey[]) => (path.length ? `"${path.map(String).join('.')}" ` : '');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${file}: ${at([...issue.path, key])}is not a key of English`);
    }
    return [`${file}: ${at(issue.path)}${issue.message}`];
  });
}
