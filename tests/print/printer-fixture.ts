// A browser and one printer (a tab of it) for the tests of the enclosing describe block or file: opened before
// them, closed after. Read `chrome` and `printer` inside a test, once they are open.
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openPrinter, type LaunchedBrowser, type Printer } from '../../pipeline/print/index.ts';

export function usePrinter(): { readonly chrome: LaunchedBrowser; readonly printer: Printer } {
  let chrome: LaunchedBrowser | undefined;
  let printer: Printer | undefined;
  beforeAll(async () => {
    chrome = await launchBrowser();
    printer = await openPrinter(chrome.browser);
  });
  afterAll(async () => {
    await printer?.close();
    await chrome?.close();
  });
  return {
    get chrome() {
      if (!chrome) throw new Error('usePrinter: the browser is not open (read it inside a test)');
      return chrome;
    },
    get printer() {
      if (!printer) throw new Error('usePrinter: the printer is not open (read it inside a test)');
      return printer;
    },
  };
}
