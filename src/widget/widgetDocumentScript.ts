/*
 * The widget document's script, written into each document inline. A partner's sandbox gives the
 * frame an opaque origin; a script file allowed as 'self' is blocked there by WebKit, while an inline
 * script allowed by its hash runs in every engine, on our host and on a self-hosted copy alike.
 */
import { createHash } from 'node:crypto';
import { bundleScript } from './bundleScript';

/** The source the widget document's script is built from. */
const WIDGET_DOCUMENT_ENTRY = 'src/widget/frameScript.ts';

let built: Promise<{ code: string; hashSource: string }> | undefined;

/** The script, bundled once per build, and the CSP source that allows exactly it ("sha256-…"). */
export function widgetDocumentScript(): Promise<{ code: string; hashSource: string }> {
  built ??= bundleScript(WIDGET_DOCUMENT_ENTRY).then((bundle) => {
    // The document carries the code as it is; the hash must be of exactly those characters.
    const code = bundle.trim();
    return { code, hashSource: `sha256-${createHash('sha256').update(code).digest('base64')}` };
  });
  return built;
}
