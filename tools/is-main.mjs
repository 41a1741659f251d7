// Whether a tool module was started from the command line (`node tools/x.mjs`) rather than
// imported by another tool. Works on every Node the project allows and in paths with spaces.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** @param {string} moduleUrl the caller's import.meta.url */
export function isMain(moduleUrl) {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return pathToFileURL(realpathSync(started)).href === moduleUrl;
  } catch {
    return false;
  }
}
