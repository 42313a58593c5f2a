import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PrintError } from '../../pipeline/print/errors.ts';
import { BROWSER_ARGS, launchBrowser, OFFLINE_ARGS } from '../../pipeline/print/launch.ts';

describe('launchBrowser', () => {
  it('starts a headless browser with the flags and a fresh profile, and closes it cleanly', async () => {
    const chrome = await launchBrowser();
    const proc = chrome.browser.process();
    try {
      expect(chrome.browser.connected).toBe(true);
      expect(existsSync(chrome.userDataDir)).toBe(true);
      const args = proc?.spawnargs ?? [];
      for (const flag of [...BROWSER_ARGS, ...OFFLINE_ARGS, '--disable-gpu', '--no-first-run']) expect(args).toContain(flag);
      expect(args.some((a) => a.startsWith('--headless'))).toBe(true);
      if (process.getuid?.() === 0) expect(args).toContain('--no-sandbox');
      expect(args).toContain(`--user-data-dir=${chrome.userDataDir}`);
    } finally {
      await chrome.close();
    }
    expect(chrome.browser.connected).toBe(false);
    expect(existsSync(chrome.userDataDir)).toBe(false);
    expect(proc?.exitCode !== null || proc?.signalCode !== null).toBe(true);
    await chrome.close(); // a second close is harmless
  });

  it('fails with a coded error when the browser cannot start', async () => {
    await expect(launchBrowser({ executablePath: '/bin/false' })).rejects.toBeInstanceOf(PrintError);
    await expect(launchBrowser({ executablePath: '/bin/false' })).rejects.toMatchObject({ code: 'print.launch-failed' });
  });
});
