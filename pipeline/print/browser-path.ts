// Finds the Chrome/Chromium to print with. Order:
//   1. $PUPPETEER_EXECUTABLE_PATH, then $CHROME_PATH
//   2. a system Chrome/Chromium: Debian's headless shell binary (/usr/lib/chromium/chromium-headless-shell:
//      its /usr/bin wrapper does not exec, so the browser's pid would be the shell's and a kill would miss
//      Chrome), then chromium-headless-shell, chrome-headless-shell, chromium, chromium-browser,
//      google-chrome-stable, google-chrome on $PATH (on Windows chrome-headless-shell.exe and chrome.exe),
//      then the standard install locations of the platform: on Linux /usr/bin, /opt/google/chrome,
//      /snap/bin; on macOS the Google Chrome and Chromium apps in /Applications and ~/Applications; on Windows
//      Google Chrome and Chromium under Program Files, Program Files (x86) and the user's local app data. The
//      headless shell comes first: it prints the fact sheets ~15 % faster than the full browser in headless
//      mode (measured with `npm run bench`).
//   3. a browser in puppeteer's cache ($PUPPETEER_CACHE_DIR or ~/.cache/puppeteer, as `npx @puppeteer/browsers
//      install chrome-headless-shell@stable` fills it), read with @puppeteer/browsers: the headless shell before
//      Chrome, the newest build first.
// When none is found, `findBrowser` throws a PrintError (`print.browser-missing`) whose message says what to
// install. The platform, file system and environment are injected, so the order is testable with fakes.
//
//   findBrowser()                     → '/usr/bin/chromium'
//   lookupBrowser(deps)               → { path, source, skipped } | { path: undefined, message, skipped }
//   tsx pipeline/print/browser-path.ts   prints the path (exit 0) or the message (exit 1)
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, posix, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrintError } from './errors.ts';

export type BrowserSource = 'PUPPETEER_EXECUTABLE_PATH' | 'CHROME_PATH' | 'system' | 'puppeteer-cache';

export interface BrowserLookupDeps {
  /** `process.platform`: decides the standard locations, executable names and PATH syntax. */
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** True when `path` is an executable regular file. */
  isExecutable: (path: string) => boolean;
  /** Browsers in puppeteer's cache, in the order to try (may be empty). */
  puppeteerCache: () => string[];
  /** True on Debian/Ubuntu (decides the install hint). */
  isDebian: () => boolean;
}

export type BrowserLookup =
  | { path: string; source: BrowserSource; skipped: string[] }
  | { path: undefined; message: string; skipped: string[] };

/** Executable names looked up on $PATH, in order. */
export const SYSTEM_BROWSER_NAMES = [
  'chromium-headless-shell',
  'chrome-headless-shell',
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
] as const;

/** Headless shell binaries, checked before $PATH (their launchers on $PATH are wrapper scripts). */
export const HEADLESS_SHELL_BINARIES = ['/usr/lib/chromium/chromium-headless-shell'] as const;

/** Known install locations on Linux, checked after $PATH. */
export const SYSTEM_BROWSER_PATHS = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
] as const;

/** The standard install locations of Chrome and Chromium on the platform, in order. */
export function standardBrowserPaths(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    const roots = ['/Applications', ...(env['HOME'] ? [posix.join(env['HOME'], 'Applications')] : [])];
    return roots.flatMap((root) => apps.map((app) => posix.join(root, app)));
  }
  if (platform === 'win32') {
    // Program Files for a machine-wide install, the user's local app data for a per-user one (Chromium's
    // installer always installs there).
    const roots = [env['PROGRAMFILES'] ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env['LOCALAPPDATA']].filter(
      (r): r is string => r !== undefined && r !== '',
    );
    return roots.flatMap((root) => [win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), win32.join(root, 'Chromium', 'Application', 'chrome.exe')]);
  }
  return [...SYSTEM_BROWSER_PATHS];
}

/** Executable names looked up on $PATH on the platform. */
function pathNames(platform: NodeJS.Platform): string[] {
  return platform === 'win32' ? ['chrome-headless-shell.exe', 'chrome.exe'] : [...SYSTEM_BROWSER_NAMES];
}

export function lookupBrowser(deps: BrowserLookupDeps = systemDeps()): BrowserLookup {
  const skipped: string[] = [];

  for (const name of ['PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const) {
    const value = deps.env[name];
    if (!value) continue;
    if (deps.isExecutable(value)) return { path: value, source: name, skipped };
    skipped.push(`$${name} is set to ${value}, which is not an executable file`);
  }

  if (deps.platform === 'linux') {
    for (const candidate of HEADLESS_SHELL_BINARIES) {
      if (deps.isExecutable(candidate)) return { path: candidate, source: 'system', skipped };
    }
  }

  const path = deps.platform === 'win32' ? win32 : posix;
  const pathDirs = (deps.env['PATH'] ?? deps.env['Path'] ?? '').split(path.delimiter).filter((d) => d !== '');
  for (const name of pathNames(deps.platform)) {
    for (const dir of pathDirs) {
      const candidate = path.join(dir, name);
      if (deps.isExecutable(candidate)) return { path: candidate, source: 'system', skipped };
    }
  }
  for (const candidate of standardBrowserPaths(deps.platform, deps.env)) {
    if (deps.isExecutable(candidate)) return { path: candidate, source: 'system', skipped };
  }

  for (const cached of deps.puppeteerCache()) {
    if (deps.isExecutable(cached)) return { path: cached, source: 'puppeteer-cache', skipped };
    skipped.push(`puppeteer's cache lists a browser at ${cached}, which is not an executable file`);
  }

  return { path: undefined, message: missingBrowserMessage(deps.isDebian(), skipped), skipped };
}

/**
 * True for Chrome's headless shell (`chromium-headless-shell`, `chrome-headless-shell`), which puppeteer must
 * launch with `headless: 'shell'`.
 */
export function isHeadlessShell(executablePath: string): boolean {
  return /headless[-_]shell(\.exe)?$/i.test(basename(executablePath));
}

/** The browser's path; throws PrintError `print.browser-missing` with install instructions when there is none. */
export function findBrowser(deps: BrowserLookupDeps = systemDeps()): string {
  const found = lookupBrowser(deps);
  if (found.path === undefined) throw new PrintError('print.browser-missing', found.message);
  return found.path;
}

function missingBrowserMessage(debian: boolean, skipped: readonly string[]): string {
  const lines = ['No Chrome or Chromium browser found to print PDFs with.'];
  for (const s of skipped) lines.push(`  (${s})`);
  lines.push(
    debian
      ? 'Install Debian\'s Chromium as root: `apt-get update && apt-get install -y chromium` (on Ubuntu: `apt-get install -y chromium-browser`),'
      : 'Install Chromium or Google Chrome with your system\'s package manager (on Debian: `apt-get install -y chromium`),',
    'or point to an installed browser: `export PUPPETEER_EXECUTABLE_PATH=/path/to/chrome`.',
  );
  return lines.join('\n');
}

/** The real platform, environment, file system and puppeteer cache. */
export function systemDeps(): BrowserLookupDeps {
  return {
    platform: process.platform,
    env: process.env,
    isExecutable: (path) => {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    puppeteerCache: () => puppeteerCacheBrowsers(process.env['PUPPETEER_CACHE_DIR'] ?? posix.join(homedir(), '.cache', 'puppeteer')),
    isDebian: () => existsSync('/etc/debian_version'),
  };
}

/**
 * The browsers installed in a puppeteer cache folder (@puppeteer/browsers' Cache): Chrome's headless shell
 * before Chrome, the newest build first. Empty when the folder is missing or unreadable.
 */
export function puppeteerCacheBrowsers(cacheDir: string): string[] {
  if (!existsSync(cacheDir)) return [];
  try {
    // Loaded only here, when no system browser was found.
    const { Cache } = createRequire(import.meta.url)('@puppeteer/browsers') as typeof import('@puppeteer/browsers');
    const rank = (browser: string): number => ['chrome-headless-shell', 'chrome'].indexOf(browser);
    return new Cache(cacheDir)
      .getInstalledBrowsers()
      .filter((b) => rank(b.browser) >= 0)
      .sort((a, b) => rank(a.browser) - rank(b.browser) || b.buildId.localeCompare(a.buildId, 'en', { numeric: true }))
      .map((b) => b.executablePath);
  } catch {
    return [];
  }
}

// Script entry: print the path, or the message and exit 1.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = lookupBrowser();
  if (found.path !== undefined) {
    console.log(found.path);
  } else {
    console.error(found.message);
    process.exitCode = 1;
  }
}
