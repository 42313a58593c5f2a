// Launches one headless Chrome/Chromium for printing, with a fresh temporary profile that `close()` removes.
// Launch once and print many documents with it (a warm browser prints a page in tens of milliseconds; a
// launch costs a few hundred).
//
// A browser never outlives the process that started it. It is driven through a pipe (`pipe: true`), not a
// WebSocket, and Chrome exits when the pipe closes, so a process killed with SIGKILL takes its browser with it
// (within ~2 s; tests/print/lifetime.test.ts). A process that stops on a signal closes its browsers
// (pipeline/util/stop.ts aborts `stopSignal`), one that exits kills those still open, and puppeteer's own
// signal handlers are off: they would close the browser under a batch that then takes it for a crash.
//
//   const chrome = await launchBrowser({ log });
//   try { … printPdf(chrome.browser, job) … } finally { await chrome.close(); }
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, PuppeteerNode } from 'puppeteer-core';
import type { Logger } from '../context.ts';
import { stopSignal } from '../util/stop.ts';
import { isHeadlessShell, lookupBrowser } from './browser-path.ts';
import { PrintError } from './errors.ts';
import { processAlive } from '../util/process.ts';

// puppeteer-core (we never download a browser), through its CommonJS build: under tsx's module hooks that loads
// in ~0,3 s instead of ~0,6 s for the ESM build of `puppeteer`, on every command that prints.
const puppeteer = createRequire(import.meta.url)('puppeteer-core') as PuppeteerNode;

/**
 * Flags for a quiet, headless, network-shy browser. `--font-render-hinting=none`: glyphs are placed at their
 * designed advances. With hinting (Chrome's default on Linux) every advance is rounded to a whole CSS pixel,
 * which in print makes letter spacing visibly uneven and words 1–3 % narrower or wider than the font's metrics (and
 * than the chart labels measured with fontkit, pipeline/fonts); the PDF then also positions each glyph on its own.
 */
export const BROWSER_ARGS: readonly string[] = [
  '--font-render-hinting=none',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
];

/**
 * The browser's own network switched off, below request interception: `<link rel=prefetch>` and
 * `rel=preconnect` reach the network even with interception on (tests/print/native.test.ts shows it). Every
 * host, IP literals included, resolves to nothing, and all traffic goes to a proxy at a closed local port.
 */
export const OFFLINE_ARGS: readonly string[] = [
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

export interface LaunchOptions {
  /** Browser to run; default: `lookupBrowser()` (see browser-path.ts). */
  executablePath?: string;
  log?: Logger;
  /** Chrome needs --no-sandbox when run as root; default: true when the process runs as root. */
  noSandbox?: boolean;
  /** Cut the browser off from every network (OFFLINE_ARGS); default true. */
  offline?: boolean;
  /** Milliseconds for one DevTools call (a print of a long document is one call). Default 120 000. */
  protocolTimeoutMs?: number;
}

export interface LaunchedBrowser {
  browser: Browser;
  executablePath: string;
  /** The temporary profile folder, removed by close(). */
  userDataDir: string;
  /** Closes the browser (kills it if it does not close in 5 s) and removes its temporary profile. */
  close(): Promise<void>;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  let executablePath = options.executablePath;
  if (executablePath === undefined) {
    const found = lookupBrowser();
    for (const note of found.skipped) options.log?.warn(note);
    if (found.path === undefined) throw new PrintError('print.browser-missing', found.message);
    executablePath = found.path;
  }
  const noSandbox = options.noSandbox ?? process.getuid?.() === 0;
  removeDeadProfiles();
  const userDataDir = mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: isHeadlessShell(executablePath) ? 'shell' : true,
      userDataDir,
      args: [
        ...BROWSER_ARGS,
        ...(options.offline === false ? [] : OFFLINE_ARGS),
        ...(noSandbox ? ['--no-sandbox', '--disable-setuid-sandbox'] : []),
      ],
      protocolTimeout: options.protocolTimeoutMs ?? 120_000,
      // Chrome exits when this process dies (the pipe closes); with a WebSocket it would run on.
      pipe: true,
      // Closing on a signal is ours to do (pipeline/util/stop.ts): no browser closed under a running batch.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new PrintError('print.launch-failed', `could not start the browser: ${(err as Error).message}`, executablePath);
  }

  let closed = false;
  const kill = (): void => {
    browser.process()?.kill('SIGKILL');
    rmSync(userDataDir, { recursive: true, force: true });
  };
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    live.delete(kill);
    stopSignal.removeEventListener('abort', onStop);
    try {
      await withTimeout(browser.close(), 3_000);
    } catch {
      browser.process()?.kill('SIGKILL');
    }
    // Chrome may still be writing its profile for a moment after exit.
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  const onStop = (): void => void close();
  live.add(kill);
  stopSignal.addEventListener('abort', onStop, { once: true });
  if (stopSignal.aborted) await close();
  return { browser, executablePath, userDataDir, close };
}

/** Temporary profiles are named after the process: `is248-chrome-<pid>-XXXXXX`. */
const PROFILE_PREFIX = 'is248-chrome-';

/** Kills the browsers still open when the process exits (synchronously: an 'exit' handler cannot wait). */
const live = new Set<() => void>();
process.on('exit', () => {
  for (const kill of live) kill();
});

/** Profiles left by processes that were killed (SIGKILL leaves no time to remove them). */
function removeDeadProfiles(): void {
  const dir = tmpdir();
  for (const name of readdirSync(dir)) {
    const pid = name.startsWith(PROFILE_PREFIX) ? Number(/^(\d+)-/.exec(name.slice(PROFILE_PREFIX.length))?.[1]) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
