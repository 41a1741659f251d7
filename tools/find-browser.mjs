// Finds a Chromium for Playwright on any machine, in this order: an explicit environment variable,
// Playwright's own browser, a system Chromium or Chrome; failing those, installs one (Playwright's
// installer, or Debian's package when root) or stops with a message that says what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { isMain } from './is-main.mjs';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function fromEnvironment() {
  for (const name of ['CHROME_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    const value = process.env[name];
    if (value) {
      if (!existsSync(value)) throw new Error(`${name} is set to ${value}, but there is no file there.`);
      return value;
    }
  }
  return undefined;
}

function playwrightOwn() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const systemBrowser = () => SYSTEM_BROWSERS.find((path) => existsSync(path));

function tryInstall() {
  /** @type {[command: string, args: string[]][]} */
  const attempts = [['npx', ['playwright', 'install', 'chromium']]];
  if (process.getuid?.() === 0) attempts.push(['sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium']]);
  for (const [command, args] of attempts) {
    try {
      console.error(`No browser found; trying: ${command} ${args.join(' ')}`);
      execFileSync(command, args, { stdio: 'inherit', timeout: 300_000 });
      const found = playwrightOwn() ?? systemBrowser();
      if (found) return found;
    } catch {
      // Try the next way; the message below says what to do if none works.
    }
  }
  return undefined;
}

/** @type {string | undefined} */
let cached;

/** The path of a Chromium executable, or throws with the command to run. */
export function findBrowser() {
  cached ??= fromEnvironment() ?? playwrightOwn() ?? systemBrowser() ?? tryInstall();
  if (!cached) {
    throw new Error(
      'No Chromium or Chrome found for the end-to-end tests. Install one, e.g. "sudo apt-get install chromium" ' +
        '(Debian/Ubuntu) or "npx playwright install chromium", or set CHROME_PATH to a Chrome/Chromium binary.',
    );
  }
  return cached;
}

/** Flags that keep Chromium quiet on a closed network. */
export const browserArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

if (isMain(import.meta.url)) console.log(findBrowser());
