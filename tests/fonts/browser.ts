// Headless Chromium for tests that compare with what a browser actually draws (found like the print stage
// finds it; never downloaded).
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';
import { findBrowser, isHeadlessShell } from '../../pipeline/print/browser-path.ts';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowser();
  return puppeteer.launch({
    executablePath,
    headless: isHeadlessShell(executablePath) ? 'shell' : true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--font-render-hinting=none',
    ],
  });
}
