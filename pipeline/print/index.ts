// The print stage: finished HTML → tagged, accessible PDF with headless Chrome. See print.ts for the modes,
// postprocess.ts for metadata/qpdf/atomic writing, inspect.ts (tests only) for reading PDFs back.
//
//   const chrome = await launchBrowser({ log: ctx.log });
//   try {
//     const result = await printPdf(chrome.browser, { html, mode: 'paged', paged: { frame } });
//     await writePdf(file, result.pdf, { metadata, headings: result.headings, log: ctx.log });
//   } finally {
//     await chrome.close();
//   }
export { findBrowser, lookupBrowser } from './browser-path.ts';
export { PrintError } from './errors.ts';
export { launchBrowser, type LaunchedBrowser, type LaunchOptions } from './launch.ts';
export { nativeTemplates, type NativeFrame } from './native-frame.ts';
export { pagedCss, type PageFrame, type RunningHead } from './page-css.ts';
export { editPdf, finishPdf, shrinkPdf, writePdf, type FinishOptions, type PdfMetadata } from './postprocess.ts';
export { openPrinter, printPdf, type Printer, type PrinterOptions, type PrintJob, type PrintMode, type PrintResult } from './print.ts';
