import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, isHeadlessShell, lookupBrowser, puppeteerCacheBrowsers, type BrowserLookupDeps } from '../../pipeline/print/browser-path.ts';
import { PrintError } from '../../pipeline/print/errors.ts';

/** A fake machine: `files` are the executables that exist. */
function fake(options: { env?: Record<string, string>; files?: string[]; cache?: string; debian?: boolean; platform?: NodeJS.Platform }): BrowserLookupDeps {
  const files = new Set(options.files ?? []);
  return {
    platform: options.platform ?? 'linux',
    env: { PATH: '/usr/local/bin:/usr/bin', ...options.env },
    isExecutable: (p) => files.has(p),
    puppeteerCache: () => (options.cache !== undefined ? [options.cache] : []),
    isDebian: () => options.debian ?? true,
  };
}

const CACHE = '/root/.cache/puppeteer/chrome/linux-1/chrome-linux64/chrome';
const ALL = ['/opt/env-chrome', '/opt/chrome-path', '/usr/bin/chromium', '/usr/bin/google-chrome', CACHE];

describe('lookupBrowser', () => {
  it('prefers PUPPETEER_EXECUTABLE_PATH over everything', () => {
    const found = lookupBrowser(fake({ env: { PUPPETEER_EXECUTABLE_PATH: '/opt/env-chrome', CHROME_PATH: '/opt/chrome-path' }, files: ALL, cache: CACHE }));
    expect(found).toMatchObject({ path: '/opt/env-chrome', source: 'PUPPETEER_EXECUTABLE_PATH' });
  });

  it('then CHROME_PATH', () => {
    const found = lookupBrowser(fake({ env: { CHROME_PATH: '/opt/chrome-path' }, files: ALL, cache: CACHE }));
    expect(found).toMatchObject({ path: '/opt/chrome-path', source: 'CHROME_PATH' });
  });

  it('skips an environment variable that points to nothing, and says so', () => {
    const found = lookupBrowser(fake({ env: { PUPPETEER_EXECUTABLE_PATH: '/nope/chrome' }, files: ALL, cache: CACHE }));
    expect(found).toMatchObject({ path: '/usr/bin/chromium', source: 'system' });
    expect(found.skipped.join('\n')).toContain('/nope/chrome');
  });

  it('then a system browser: chromium before google-chrome, found on PATH', () => {
    const found = lookupBrowser(fake({ files: ['/usr/bin/google-chrome', '/usr/local/bin/chromium', CACHE], cache: CACHE }));
    expect(found).toMatchObject({ path: '/usr/local/bin/chromium', source: 'system' });
  });

  it("prefers Chrome's headless shell to the full browser, and Debian's binary to its wrapper script", () => {
    const found = lookupBrowser(fake({ files: ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell', CACHE], cache: CACHE }));
    expect(found).toMatchObject({ path: '/usr/bin/chromium-headless-shell', source: 'system' });
    const debian = ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell'];
    expect(lookupBrowser(fake({ files: debian }))).toMatchObject({ path: '/usr/lib/chromium/chromium-headless-shell', source: 'system' });
    const deps = fake({ files: ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell'] });
    expect(lookupBrowser({ ...deps, env: { PATH: '/nowhere' } })).toMatchObject({ path: '/usr/bin/chromium-headless-shell' });
  });

  it('tells the headless shell (launched as `shell`) from a full browser by its file name', () => {
    expect(isHeadlessShell('/usr/bin/chromium-headless-shell')).toBe(true);
    expect(isHeadlessShell('/root/.cache/puppeteer/chrome-headless-shell/linux-1/chrome-headless-shell-linux64/chrome-headless-shell')).toBe(true);
    expect(isHeadlessShell('/usr/bin/chromium')).toBe(false);
    expect(isHeadlessShell('/opt/headless-shell/chrome')).toBe(false);
  });

  it('finds a system browser in its known location when PATH does not list it', () => {
    const deps = fake({ files: ['/opt/google/chrome/chrome', CACHE], cache: CACHE });
    expect(lookupBrowser({ ...deps, env: { PATH: '/nowhere' } })).toMatchObject({ path: '/opt/google/chrome/chrome', source: 'system' });
  });

  it("then puppeteer's cache, only when the file exists", () => {
    expect(lookupBrowser(fake({ files: [CACHE], cache: CACHE }))).toMatchObject({ path: CACHE, source: 'puppeteer-cache' });
    const none = lookupBrowser(fake({ files: [], cache: CACHE }));
    expect(none.path).toBeUndefined();
    expect(none.skipped.join('\n')).toContain(CACHE);
  });

  it('finds Chrome and Chromium in the standard places on macOS', () => {
    const mac = (files: string[]) => lookupBrowser(fake({ platform: 'darwin', env: { PATH: '/usr/bin:/bin', HOME: '/Users/kari' }, files }));
    expect(mac(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'])).toMatchObject({ path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', source: 'system' });
    expect(mac(['/Users/kari/Applications/Chromium.app/Contents/MacOS/Chromium'])).toMatchObject({ path: '/Users/kari/Applications/Chromium.app/Contents/MacOS/Chromium' });
    // Debian's path means nothing on a Mac.
    expect(mac(['/usr/lib/chromium/chromium-headless-shell']).path).toBeUndefined();
  });

  it('finds Chrome on Windows: on PATH (with ;), under Program Files, Program Files (x86) and the local app data', () => {
    const env = { PATH: 'C:\\Windows;C:\\Tools\\chrome', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\kari\\AppData\\Local' };
    const win = (files: string[]) => lookupBrowser(fake({ platform: 'win32', env, files }));
    expect(win(['C:\\Tools\\chrome\\chrome.exe', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'])).toMatchObject({ path: 'C:\\Tools\\chrome\\chrome.exe' });
    expect(win(['C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'])).toMatchObject({ path: 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe', source: 'system' });
    expect(win(['C:\\Users\\kari\\AppData\\Local\\Chromium\\Application\\chrome.exe']).path).toBe('C:\\Users\\kari\\AppData\\Local\\Chromium\\Application\\chrome.exe');
    expect(win(['/usr/bin/chromium']).path).toBeUndefined();
  });

  it("reads puppeteer's cache with @puppeteer/browsers: headless shell before Chrome, newest build first", () => {
    const dir = mkdtempSync(join(tmpdir(), 'puppeteer-cache-'));
    try {
      expect(puppeteerCacheBrowsers(join(dir, 'none'))).toEqual([]);
      for (const d of ['chrome/linux-120.0.6099.109', 'chrome-headless-shell/linux-119.0.6045.105', 'chrome-headless-shell/linux-131.0.6778.85', 'firefox/linux-stable_120.0']) {
        mkdirSync(join(dir, d), { recursive: true });
      }
      const found = puppeteerCacheBrowsers(dir);
      expect(found).toHaveLength(3);
      expect(found[0]).toContain(join('chrome-headless-shell', 'linux-131.0.6778.85'));
      expect(found[1]).toContain(join('chrome-headless-shell', 'linux-119.0.6045.105'));
      expect(found[2]).toContain(join('chrome', 'linux-120.0.6099.109'));
      expect(isHeadlessShell(found[0]!)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says exactly what to install when there is no browser', () => {
    const debian = lookupBrowser(fake({ debian: true }));
    expect(debian.path).toBeUndefined();
    if (debian.path === undefined) {
      expect(debian.message).toContain('apt-get install -y chromium');
      expect(debian.message).toContain('PUPPETEER_EXECUTABLE_PATH');
    }
    let error: unknown;
    try {
      findBrowser(fake({ debian: false }));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PrintError);
    expect((error as PrintError).code).toBe('print.browser-missing');
    expect((error as PrintError).message).toContain('PUPPETEER_EXECUTABLE_PATH');
  });
});
