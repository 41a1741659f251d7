// `npm test`: every check, in order, stopping at the first that fails. Prints how long each step
// took and keeps the figures for `npm run bench` (node_modules/.cache/object-to-meta-ai/test-timings.json).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMain } from './is-main.mjs';

export const TIMINGS_FILE = join(
  import.meta.dirname,
  '..',
  'node_modules',
  '.cache',
  'object-to-meta-ai',
  'test-timings.json',
);

/**
 * What TIMINGS_FILE holds: when the last run finished, its seconds in all and per step.
 * @typedef {{ finished: string; total: number; steps: { step: string; seconds: number }[] }} TestTimings
 */

/** @type {[script: string, what: string][]} */
const steps = [
  ['lint', 'Prettier and ESLint'],
  ['check', 'astro check (types in .astro and .ts)'],
  ['test:unit', 'Vitest: src/lib, content schemas, translations'],
  ['build', 'the production build'],
  ['validate:html', 'html-validate and the W3C Nu Html Checker over every built page'],
  ['test:built', 'Vitest over the built site: pages, links, feeds, sitemap, badges, byte budgets'],
  [
    'test:e2e',
    'Playwright against the build: every page in Chromium; readers and partners in Chromium, Firefox and WebKit',
  ],
];

if (isMain(import.meta.url)) {
  const npm = process.env.npm_execpath;
  /** @type {TestTimings['steps']} */
  const timings = [];
  const started = performance.now();
  for (const [script, what] of steps) {
    console.log(`\n▶ npm run ${script}: ${what}`);
    const stepStarted = performance.now();
    const result = npm
      ? spawnSync(process.execPath, [npm, 'run', script], { stdio: 'inherit' })
      : spawnSync('npm', ['run', script], { stdio: 'inherit' });
    timings.push({ step: script, seconds: Math.round((performance.now() - stepStarted) / 100) / 10 });
    if (result.status !== 0) {
      console.error(`\n✖ npm run ${script} failed; the steps after it did not run.`);
      process.exit(result.status ?? 1);
    }
  }
  const total = Math.round((performance.now() - started) / 100) / 10;
  console.log('\nAll checks passed.');
  console.table(Object.fromEntries(timings.map(({ step, seconds }) => [step, { seconds }])));
  console.log(`Total: ${Math.floor(total / 60)} min ${Math.round(total % 60)} s`);
  mkdirSync(join(TIMINGS_FILE, '..'), { recursive: true });
  /** @type {TestTimings} */
  const record = { finished: new Date().toISOString(), total, steps: timings };
  writeFileSync(TIMINGS_FILE, JSON.stringify(record, null, 2));
}
