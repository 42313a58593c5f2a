// Prints one document to PDF on demand, with a browser launched on the first request and kept warm for the
// next ones (a launch costs a few hundred ms, a warm print tens). One print at a time; a crashed browser is
// relaunched on the next request. The print is the same call as the build's (pipeline/print), and so are the
// document properties when the document has them.
import type { Logger } from '../context.ts';
import { editPdf, launchBrowser, openPrinter, type LaunchedBrowser, type Printer } from '../print/index.ts';
import type { RenderedDoc } from './project.ts';

export interface PdfPrinter {
  print(doc: RenderedDoc): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function createPdfPrinter(log: Logger, launch: () => Promise<LaunchedBrowser> = () => launchBrowser({ log })): PdfPrinter {
  let chrome: Promise<{ browser: LaunchedBrowser; printer: Printer }> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const warm = () => {
    chrome ??= (async () => {
      const browser = await launch();
      return { browser, printer: await openPrinter(browser.browser) };
    })();
    chrome.catch(() => (chrome = undefined));
    return chrome;
  };
  return {
    print(doc) {
      const job = async () => {
        let c = await warm();
        if (!c.browser.browser.connected) {
          await c.browser.close();
          chrome = undefined;
          c = await warm();
        }
        const result = await c.printer.print({ html: doc.html, ...doc.print });
        if (result.blocked.length > 0) log.warn(`print blocked ${result.blocked.length} request(s), e.g. ${result.blocked[0]}`);
        // The build's document properties, outline titles and artifacts (no qpdf: a download, not an archive).
        return doc.metadata ? editPdf(result.pdf, { metadata: doc.metadata, headings: result.headings }) : result.pdf;
      };
      const run = queue.then(job, job);
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      const c = await chrome?.catch(() => undefined);
      chrome = undefined;
      if (c) {
        await c.printer.close().catch(() => undefined);
        await c.browser.close();
      }
    },
  };
}
