// Finds what the three-engine tests need, as tools/find-browser.mjs does for Chromium: Firefox
// (driven over WebDriver BiDi), WebKit (WebKitGTK's WebKitWebDriver and MiniBrowser, Safari's engine),
// a virtual display for WebKit when there is none, and libfaketime to run a browser at another
// instant. Explicit environment variables first, then Debian's packages; when root, installs the
// missing ones with apt-get; otherwise stops with the command to run. It never skips an engine.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { isMain } from './is-main.mjs';

const PACKAGES = {
  firefox: 'firefox-esr',
  webkitDriver: 'webkit2gtk-driver',
  xvfbRun: 'xvfb',
  faketime: 'faketime',
};

/** @param {(string | undefined)[]} paths */
const firstExisting = (paths) => paths.find((path) => path !== undefined && path !== '' && existsSync(path));

function locate() {
  const libDirs = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'];
  const miniBrowsers = libDirs.flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((name) => name.startsWith('webkit2gtk-'))
        .map((name) => `${dir}/${name}/MiniBrowser`);
    } catch {
      return [];
    }
  });
  return {
    firefox: firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
    webkitDriver: firstExisting([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']),
    miniBrowser: firstExisting([process.env.WEBKIT_BROWSER_PATH, ...miniBrowsers]),
    xvfbRun: firstExisting(['/usr/bin/xvfb-run']),
    faketime: firstExisting([
      process.env.FAKETIME_LIBRARY,
      ...libDirs.map((dir) => `${dir}/faketime/libfaketime.so.1`),
    ]),
  };
}

/**
 * What we found: each a path, or undefined when missing (xvfbRun also where a display makes it unneeded).
 * @typedef {{
 *   firefox: string | undefined;
 *   webkitDriver: string | undefined;
 *   miniBrowser: string | undefined;
 *   xvfbRun: string | undefined;
 *   faketime: string | undefined;
 * }} Found
 */

/** @param {Found} found */
function missingPackages(found) {
  const missing = new Set();
  if (!found.firefox) missing.add(PACKAGES.firefox);
  if (!found.webkitDriver || !found.miniBrowser) missing.add(PACKAGES.webkitDriver);
  // A display is needed only where there is none.
  if (!found.xvfbRun && !process.env.DISPLAY) missing.add(PACKAGES.xvfbRun);
  if (!found.faketime) missing.add(PACKAGES.faketime);
  return [...missing];
}

/**
 * @typedef {{
 *   firefox: string;
 *   webkitDriver: string;
 *   miniBrowser: string;
 *   xvfbRun: string | undefined;
 *   faketime: string;
 * }} Engines
 */

/** @type {Engines | undefined} */
let cached;

/**
 * The paths of Firefox, WebKitWebDriver, MiniBrowser, xvfb-run (or undefined with a display) and libfaketime.
 * @returns {Engines}
 */
export function findEngines() {
  if (cached) return cached;
  let found = locate();
  let missing = missingPackages(found);
  if (missing.length > 0 && process.getuid?.() === 0) {
    console.error(`Installing what the Firefox and WebKit tests need: ${missing.join(' ')}`);
    try {
      execFileSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${missing.join(' ')}`], {
        stdio: 'inherit',
        timeout: 600_000,
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // The message below says what is still missing.
    }
    found = locate();
    missing = missingPackages(found);
  }
  const { firefox, webkitDriver, miniBrowser, xvfbRun, faketime } = found;
  // missingPackages names a package for each engine not found.
  if (missing.length > 0 || !firefox || !webkitDriver || !miniBrowser || !faketime) {
    throw new Error(
      `The Firefox and WebKit tests need ${missing.join(', ')}. On Debian or Ubuntu run, as root:\n` +
        `  apt-get install -y ${missing.join(' ')}\n` +
        'or name them with FIREFOX_PATH, WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH and FAKETIME_LIBRARY.',
    );
  }
  cached = { firefox, webkitDriver, miniBrowser, xvfbRun, faketime };
  return cached;
}

if (isMain(import.meta.url)) console.log(findEngines());
