// The scheduler's backend for real printing: one headless Chrome (pipeline/print launchBrowser) whose tabs are
// print-ready printers (openPrinter). A crashed or killed browser shows up as `alive() === false` (puppeteer's
// 'disconnected' event), and the scheduler starts a new one.
import { TargetType } from 'puppeteer-core';
import type { WebFonts } from '../fonts/css.ts';
import { launchBrowser, openPrinter, type LaunchOptions, type Printer } from '../print/index.ts';
import type { BatchBackend, BatchSession } from './scheduler.ts';

export interface BrowserBackendOptions extends LaunchOptions {
  /** Called with the browser's process id after each launch (the benchmark samples its memory). */
  onLaunch?: (pid: number | undefined) => void;
  /** Fonts each printer loads once (openPrinter `fonts`). */
  fonts?: WebFonts;
}

export function browserBackend(options: BrowserBackendOptions = {}): BatchBackend<Printer> {
  const { onLaunch, fonts, ...launch } = options;
  return {
    async launch(): Promise<BatchSession<Printer>> {
      const chrome = await launchBrowser(launch);
      let connected = true;
      chrome.browser.once('disconnected', () => {
        connected = false;
      });
      onLaunch?.(chrome.browser.process()?.pid);
      // The first printer takes the blank tab the browser started with.
      let blank = chrome.browser.targets().find((t) => t.type() === TargetType.PAGE);
      return {
        open: () => {
          const target = blank;
          blank = undefined;
          return openPrinter(chrome.browser, { ...(target !== undefined ? { blank: target } : {}), ...(fonts !== undefined ? { fonts } : {}) });
        },
        alive: () => connected && chrome.browser.connected,
        close: () => chrome.close(),
      };
    },
  };
}
