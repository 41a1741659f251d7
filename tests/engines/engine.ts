/*
 * One small page API over the three browser engines readers use, so that each behaviour is written
 * once and runs in Chromium, Firefox and WebKit (Safari's engine):
 * - Chromium (CDP) and Firefox (WebDriver BiDi) through puppeteer-core;
 * - WebKit through WebKitGTK's WebKitWebDriver (W3C WebDriver), which needs a display: xvfb-run
 *   gives it one when the machine has none.
 * Every engine runs in the reader's time zone (TZ) and, when a test fixes the clock, from that
 * instant on: WebKit through libfaketime, which shifts the clock of the whole browser (WebDriver
 * classic has no way to run a script before a page's own); Chromium and Firefox through a script that
 * runs first in every document, partner frames included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserArgs, findBrowser } from '../../tools/find-browser.mjs';
import { findEngines } from '../../tools/find-engines.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface LaunchOptions {
  /** IANA zone of the reader's device. */
  timezone?: string;
  /** The instant the browser's clock starts at (it then runs on). */
  now?: number;
}

/** A serialisable function run in the page: it gets the given arguments. */
type PageFunction<A extends unknown[], R> = (...args: A) => R;

export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  /**
   * Sizes the page's viewport in CSS px, and returns the size it got: WebKitGTK's browser window
   * cannot be narrower than its toolbar (447 px), so WebKit shows narrow layouts at that width.
   */
  setViewport(width: number, height: number): Promise<{ width: number; height: number }>;
  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<Awaited<R>>;
  /** Runs `fn` in the document of the iframe that `frameSelector` finds (any origin). */
  evaluateInFrame<A extends unknown[], R>(
    frameSelector: string,
    fn: PageFunction<A, R>,
    ...args: A
  ): Promise<Awaited<R>>;
  /** A real click on the element, as a reader's pointer would make it. */
  click(selector: string): Promise<void>;
  /** Presses one key ("Escape", "Tab", "Enter") on the focused element. */
  press(key: 'Escape' | 'Tab' | 'Enter'): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Calls `probe` until it returns a truthy value, or fails with `what` after `timeout` ms. */
export async function waitFor<T>(probe: () => Promise<T>, what: string, timeout = 10_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The environment that puts a browser in a zone and, for libfaketime, at an instant. */
function browserEnvironment({ timezone, now }: LaunchOptions, fakeTime: boolean): Record<string, string> {
  const environment: Record<string, string> = { TZ: timezone ?? 'UTC' };
  if (now !== undefined && fakeTime) {
    const offsetSeconds = Math.round((now - Date.now()) / 1000);
    Object.assign(environment, {
      LD_PRELOAD: findEngines().faketime,
      FAKETIME: `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}`,
      // Timers and animations keep the real monotonic clock.
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
    });
  }
  return environment;
}

/**
 * Runs in every document before its own scripts (Chromium and Firefox, whose browser processes
 * libfaketime stalls): the page's clock starts at the test's instant and runs on from there.
 */
function shiftClock(offset: number) {
  const RealDate = Date;
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [number]));
    }
    static override now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}

/**
 * Chromium and Firefox browsers already running in this process, one per engine and time zone: a
 * test gets a fresh private context in one (no cookies, storage or cache of another test), which
 * spares each test a browser start. WebKit runs at a test's instant through its whole process, so
 * it starts anew for each test.
 */
const runningBrowsers = new Map<string, Promise<Browser>>();

/** Closes the browsers this process started. */
export async function closeRunningBrowsers(): Promise<void> {
  const browsers = [...runningBrowsers.values()];
  runningBrowsers.clear();
  await Promise.all(browsers.map(async (browser) => (await browser).close()));
}

/** Launches `engine` (or reuses one running in the reader's zone) and opens one page in it. */
export async function launchEngine(engine: EngineName, options: LaunchOptions = {}): Promise<EnginePage> {
  if (engine === 'webkit') return launchWebKit(options);
  const key = `${engine} ${options.timezone ?? 'UTC'}`;
  if (!runningBrowsers.has(key)) runningBrowsers.set(key, startPuppeteer(engine, options));
  return openPuppeteerPage(engine, await runningBrowsers.get(key)!, options);
}

function startPuppeteer(engine: 'chromium' | 'firefox', options: LaunchOptions): Promise<Browser> {
  const env = { ...process.env, ...browserEnvironment(options, false) };
  return engine === 'firefox'
    ? puppeteer.launch({
        browser: 'firefox',
        executablePath: findEngines().firefox,
        headless: true,
        env,
        // No network beyond this machine: no updates, no telemetry, no remote settings.
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
        },
      })
    : puppeteer.launch({
        browser: 'chrome',
        executablePath: findBrowser(),
        headless: true,
        args: [...browserArgs, '--no-sandbox'],
        env,
      });
}

async function openPuppeteerPage(
  engine: 'chromium' | 'firefox',
  browser: Browser,
  options: LaunchOptions,
): Promise<EnginePage> {
  const context = await browser.createBrowserContext();
  const page: Page = await context.newPage();
  if (options.now !== undefined) await page.evaluateOnNewDocument(shiftClock, options.now - Date.now());
  return {
    engine,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
      return { width, height };
    },
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])),
    async evaluateInFrame(frameSelector, fn, ...args) {
      const handle = await page.waitForSelector(frameSelector);
      const frame = await handle!.contentFrame();
      if (!frame) throw new Error(`${frameSelector} is not a frame`);
      return frame.evaluate(fn as never, ...(args as unknown as never[]));
    },
    async click(selector) {
      await page.click(selector);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => context.close(),
  };
}

/** A free port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** WebDriver's key codes for the keys the tests press. */
const WEBDRIVER_KEYS = { Escape: '\uE00C', Tab: '\uE004', Enter: '\uE007' } as const;
/** The W3C WebDriver name of an element reference in JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

async function launchWebKit(options: LaunchOptions): Promise<EnginePage> {
  const { webkitDriver, miniBrowser, xvfbRun } = findEngines();
  const port = await freePort();
  const env = { ...process.env, ...browserEnvironment(options, true) };
  // Without a display (a server, CI), xvfb-run gives the driver's browser a virtual one.
  const [command, args] = process.env['DISPLAY']
    ? [webkitDriver, [`--port=${port}`]]
    : [xvfbRun!, ['-a', '-s', '-screen 0 1600x1200x24', webkitDriver, `--port=${port}`]];
  const driver: ChildProcess = spawn(command, args, { env, stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const { value } = (await response.json()) as { value: unknown };
    if (!response.ok) {
      const error = value as { error?: string; message?: string };
      throw new Error(`WebKitWebDriver ${method} ${path}: ${error.error} ${error.message ?? ''}`);
    }
    return value;
  };
  await waitFor(() => call('GET', '/status').then(() => true), 'WebKitWebDriver to start', 20_000);
  const { sessionId } = (await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    },
  })) as { sessionId: string };
  const session = (path: string) => `/session/${sessionId}${path}`;
  const run = (fn: (...args: never[]) => unknown, args: unknown[]) =>
    call('POST', session('/execute/sync'), { script: `return (${fn.toString()}).apply(null, arguments);`, args });
  const find = async (selector: string) =>
    ((await call('POST', session('/element'), { using: 'css selector', value: selector })) as Record<string, string>)[
      ELEMENT
    ]!;
  return {
    engine: 'webkit',
    async goto(url) {
      await call('POST', session('/url'), { url });
    },
    async setViewport(width, height) {
      // The window has chrome around the page: size it, measure the page, and correct once.
      await call('POST', session('/window/rect'), { width, height });
      const [innerWidth, innerHeight] = (await run(() => [window.innerWidth, window.innerHeight], [])) as number[];
      await call('POST', session('/window/rect'), {
        width: width + (width - innerWidth!),
        height: height + (height - innerHeight!),
      });
      const [gotWidth, gotHeight] = (await run(() => [window.innerWidth, window.innerHeight], [])) as number[];
      return { width: gotWidth!, height: gotHeight! };
    },
    evaluate: (fn, ...args) => run(fn, args) as never,
    async evaluateInFrame(frameSelector, fn, ...args) {
      const frame = await find(frameSelector);
      await call('POST', session('/frame'), { id: { [ELEMENT]: frame } });
      try {
        return (await run(fn, args)) as never;
      } finally {
        await call('POST', session('/frame/parent'), {});
      }
    },
    async click(selector) {
      await call('POST', session(`/element/${await find(selector)}/click`), {});
    },
    async press(key) {
      const value = WEBDRIVER_KEYS[key];
      await call('POST', session('/actions'), {
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value },
              { type: 'keyUp', value },
            ],
          },
        ],
      });
    },
    async screenshot(path) {
      writeFileSync(path, Buffer.from((await call('GET', session('/screenshot'))) as string, 'base64'));
    },
    async close() {
      await call('DELETE', session('')).catch(() => undefined);
      // The driver and its virtual display are one process group.
      if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
    },
  };
}
