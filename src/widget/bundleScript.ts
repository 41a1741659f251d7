import { build } from 'esbuild';
import { resolve } from 'node:path';
import { locales, defaultLocale } from '../i18n/locales';

/**
 * Bundles a browser entry point under src/ into one minified classic script, for files the site
 * serves at a fixed URL (/widget.js) or loads from a sandboxed frame, where Astro's module
 * scripts do not fit. The locale list is built in, so the loader knows which languages exist.
 */
export async function bundleScript(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(process.cwd(), entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    define: {
      __LOCALES__: JSON.stringify(locales),
      __DEFAULT_LOCALE__: JSON.stringify(defaultLocale),
    },
  });
  return result.outputFiles[0]!.text;
}

/** A Response for a bundled script. */
export async function scriptResponse(entry: string): Promise<Response> {
  return new Response(await bundleScript(entry), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
