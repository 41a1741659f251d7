// @ts-check
// The W3C's Nu Html Checker (vnu.jar, from the vnu-jar package) over every built page: one Java
// process checks all of dist/**/*.html, then each error is printed with its file, line and column,
// and the command fails if there is one. Warnings and info messages are counted by kind, not failures.
//
// Java 17 or later: JAVA_HOME first, then `java` on PATH; when there is none and this runs as root,
// Debian's default-jre-headless is installed with apt-get; otherwise it stops with what to install.
//
// The warnings it leaves come from checking files: it applies each page's Content-Security-Policy
// <meta> to a file: address, where 'self' matches none of the site's own scripts and images, and it
// counts JSON data blocks (application/ld+json, application/json), which never run, as inline scripts.
//
// Usage: node tools/validate-html.mjs [--verbose] [dist]   (--verbose also prints every warning)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './is-main.mjs';

/** The checker runs on Java 17 or later (`java -jar vnu.jar --help`). */
const MIN_JAVA = 17;
const JAVA_PACKAGE = 'default-jre-headless';

/**
 * Messages of the checker's embedded CSS checker (the W3C CSS Validator) that are wrong about valid
 * CSS, so they are counted and listed, never failures. Each pattern matches one exact message, so
 * any other CSS error (an unknown property, a bad value) still fails the check.
 * @type {ReadonlyArray<{ pattern: RegExp; why: string }>}
 */
export const CHECKER_FALSE_POSITIVES = [
  {
    pattern: /^CSS: Unrecognized at-rule “@property”\.?$/,
    why:
      'Tailwind registers its custom properties with @property (CSS Properties and Values API, in every ' +
      'current engine); the CSS Validator does not implement the at-rule',
  },
  {
    pattern: /^CSS: “margin-trim”: Property “margin-trim” doesn't exist\.$/,
    why:
      'margin-trim (CSS Box Model 4) is tested inside Tailwind’s @supports query that detects engines ' +
      'without @property; the CSS Validator does not know the property',
  },
  {
    pattern: /^CSS: “[a-z-]+”: Cannot invoke "org\.w3c\.css\.values\.CssValue\.getType\(\)" because "val" is null\.$/,
    why:
      'a Java NullPointerException inside the CSS Validator on var() within a colour function ' +
      '(light-dark(…, var(…))), not a finding about the page (w3c/css-validator#506, #517)',
  },
];

/**
 * One message of `vnu --format json`.
 * @typedef {{
 *   type: 'error' | 'info' | 'non-document-error';
 *   subType?: string;
 *   url?: string;
 *   message: string;
 *   extract?: string;
 *   firstLine?: number;
 *   lastLine?: number;
 *   firstColumn?: number;
 *   lastColumn?: number;
 * }} VnuMessage
 */

/**
 * Sorts the checker's messages: errors (and the checker's own failures to read a file) fail the
 * check; the known false positives and the warnings and info messages are only counted.
 * @param {readonly VnuMessage[]} messages
 */
export function classify(messages) {
  /** @type {VnuMessage[]} */ const errors = [];
  /** @type {VnuMessage[]} */ const warnings = [];
  /** @type {VnuMessage[]} */ const info = [];
  /** @type {VnuMessage[]} */ const falsePositives = [];
  for (const message of messages) {
    if (message.type === 'info') {
      (message.subType === 'warning' ? warnings : info).push(message);
    } else if (CHECKER_FALSE_POSITIVES.some(({ pattern }) => pattern.test(message.message))) {
      falsePositives.push(message);
    } else {
      errors.push(message);
    }
  }
  return { errors, warnings, info, falsePositives };
}

/**
 * A message's kind, for counting: the message with the names it quotes left out.
 * @param {string} text
 */
export const kindOf = (text) => text.replace(/“[^”]*”/g, '“…”');

/**
 * How many messages there are of each kind, most frequent first.
 * @param {readonly VnuMessage[]} messages
 * @param {(text: string) => string} [kind] what counts as one kind (by default, kindOf)
 * @returns {[kind: string, count: number][]}
 */
export function countByKind(messages, kind = kindOf) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const { message } of messages) counts.set(kind(message), (counts.get(kind(message)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/**
 * Where a message is, as editors and terminals link it: "dist/en/index.html:3:120".
 * @param {VnuMessage} message
 */
export function locationOf(message) {
  const file = message.url?.startsWith('file:') ? relative(process.cwd(), fileURLToPath(message.url)) : message.url;
  const line = message.firstLine ?? message.lastLine;
  const column = message.firstColumn ?? message.lastColumn;
  return [file ?? '(checker)', line, column].filter((part) => part !== undefined).join(':');
}

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The java commands to try, in order: $JAVA_HOME/bin/java, then each `java` on PATH. */
function javaCandidates() {
  const fromHome = process.env.JAVA_HOME ? [join(process.env.JAVA_HOME, 'bin', 'java')] : [];
  const fromPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'java'));
  return [...fromHome, ...fromPath].filter(isExecutable);
}

/**
 * The major version a java command reports ("openjdk version "17.0.15"" → 17; "1.8.0_402" → 8),
 * or undefined when it does not run.
 * @param {string} java
 */
function javaMajorVersion(java) {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) return undefined;
  const version = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  if (!version) return undefined;
  const major = Number(version[1]);
  return major === 1 ? Number(version[2]) : major;
}

/** @returns {{ java: string; version: number } | undefined} */
function locateJava() {
  for (const java of javaCandidates()) {
    const version = javaMajorVersion(java);
    if (version !== undefined && version >= MIN_JAVA) return { java, version };
  }
  return undefined;
}

/** A Java to run the checker with, installed from Debian's packages when missing and root. */
export function findJava() {
  let found = locateJava();
  if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.error(`No Java ${MIN_JAVA} or later for the Nu Html Checker: installing Debian's ${JAVA_PACKAGE}`);
    try {
      // Slim Debian images lack this folder, and OpenJDK's post-install script can fail without it
      // (Debian bug 863199).
      mkdirSync('/usr/share/man/man1', { recursive: true });
      execFileSync(
        'sh',
        ['-c', `apt-get update -qq && apt-get install -y -qq --no-install-recommends ${JAVA_PACKAGE}`],
        { stdio: 'inherit', timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
      );
    } catch {
      // The message below says what is still missing.
    }
    found = locateJava();
  }
  if (!found) {
    const seen = javaCandidates();
    throw new Error(
      `The Nu Html Checker needs Java ${MIN_JAVA} or later, and ` +
        (seen.length > 0
          ? `the java found (${seen.join(', ')}) is older or does not run.`
          : `there is none (${process.env.JAVA_HOME ? `no bin/java in JAVA_HOME=${process.env.JAVA_HOME}` : 'JAVA_HOME is not set'}, no java on PATH).`) +
        `\nOn Debian or Ubuntu run, as root:\n  apt-get install -y ${JAVA_PACKAGE}\n` +
        `or set JAVA_HOME to a Java ${MIN_JAVA}+ installation (for example Eclipse Temurin 17 or 21).`,
    );
  }
  return found;
}

/**
 * Every HTML file under a folder, sorted.
 * @param {string} root
 */
export function htmlFiles(root) {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => join(root, path))
    .sort();
}

/**
 * Runs the checker once over the files and returns its messages.
 * @param {string} java
 * @param {readonly string[]} files
 * @returns {VnuMessage[]}
 */
export function runChecker(java, files) {
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const result = spawnSync(java, ['-jar', jar, '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  try {
    /** @type {{ messages: VnuMessage[] }} */
    const report = JSON.parse(result.stdout);
    return report.messages;
  } catch {
    throw new Error(
      `The Nu Html Checker did not report (exit ${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`,
    );
  }
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const root = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
  const files = existsSync(root) ? htmlFiles(root) : [];
  if (files.length === 0) {
    console.error(`No HTML files under ${root}/: run \`npm run build\` first.`);
    process.exit(1);
  }
  let java;
  try {
    java = findJava();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  // html-validate (its own rules, accessibility included) checks the same pages meanwhile, on the other core.
  const htmlValidate = spawn(
    process.execPath,
    [join(import.meta.dirname, '..', 'node_modules', 'html-validate', 'bin', 'html-validate.mjs'), `${root}/**/*.html`],
    { stdio: 'inherit' },
  );
  /** @type {Promise<number | null>} */
  const htmlValidateExit = new Promise((done) => htmlValidate.on('exit', done));
  const started = performance.now();
  const { errors, warnings, info, falsePositives } = classify(runChecker(java.java, files));
  const seconds = Math.round((performance.now() - started) / 100) / 10;

  for (const error of errors) {
    const label = error.subType === 'fatal' ? 'fatal error' : 'error';
    console.error(`${locationOf(error)}: ${label}: ${error.message}`);
    if (error.extract) console.error(`    ${error.extract.replace(/\n/g, '↩')}`);
  }
  if (verbose) {
    for (const warning of warnings) console.log(`${locationOf(warning)}: warning: ${warning.message}`);
  }
  /**
   * @param {string} title
   * @param {readonly VnuMessage[]} messages
   * @param {(text: string) => string} [kind]
   */
  const summary = (title, messages, kind) => {
    if (messages.length === 0) return;
    console.log(`${title}:`);
    for (const [text, count] of countByKind(messages, kind)) console.log(`  ${String(count).padStart(6)} × ${text}`);
  };
  summary('Warnings (not failures; --verbose lists them)', warnings);
  summary('Info', info);
  summary('Known false positives of the embedded CSS Validator, set aside (not failures)', falsePositives, (text) => {
    const known = CHECKER_FALSE_POSITIVES.find(({ pattern }) => pattern.test(text));
    return known ? `${text.replace(/^CSS: “[a-z-]+”: Cannot/, 'CSS: “…”: Cannot')}\n           (${known.why})` : text;
  });
  const pages = `${files.length} page${files.length === 1 ? '' : 's'}`;
  const htmlValidateStatus = await htmlValidateExit;
  if (htmlValidateStatus !== 0) console.error(`\n✖ html-validate found problems (see above).`);
  else console.log(`✔ html-validate: no problems in ${pages}.`);
  if (errors.length > 0 || htmlValidateStatus !== 0) {
    console.error(
      `✖ Nu Html Checker (Java ${java.version}): ${errors.length} error${errors.length === 1 ? '' : 's'} ` +
        `in ${new Set(errors.map((error) => error.url)).size} of ${pages} (${seconds} s).`,
    );
    process.exit(1);
  }
  console.log(`\n✔ Nu Html Checker (Java ${java.version}): no errors in ${pages} (${seconds} s).`);
}
