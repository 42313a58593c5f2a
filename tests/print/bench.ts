// Measures the print engine on this machine: browser launch, native-mode throughput (a 2-page sheet with
// three inline SVG charts) with 1, 2 and 3 tabs in parallel, the paged-mode time of a ~10-page report, and PDF
// sizes before/after qpdf. Uses the test fixtures' documents. On a busy machine wall-clock figures drop; the
// CPU time per sheet (browser processes + this one) gives the throughput two idle cores would allow.
//
//   npx tsx tests/print/bench.ts [--sheets 60]
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { NOTICE, fontCss, reportHtml, sheetHtml } from './fixtures/docs.ts';
import { launchBrowser } from '../../pipeline/print/launch.ts';
import type { NativeFrame } from '../../pipeline/print/native-frame.ts';
import { editPdf, shrinkPdf } from '../../pipeline/print/postprocess.ts';
import { pagedCss } from '../../pipeline/print/page-css.ts';
import { openPrinter, printPdf, type PrintJob } from '../../pipeline/print/print.ts';

const sheets = Number(process.argv[process.argv.indexOf('--sheets') + 1]) || 60;
const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (2 cores: figures above ~2 mean other work competes)`);
const launches: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = process.hrtime.bigint();
  const b = await launchBrowser();
  launches.push(ms(t0));
  await b.close();
}
console.log(`launch: median ${median(launches).toFixed(0)} ms (${launches.map((x) => x.toFixed(0)).join(', ')})`);

const chrome = await launchBrowser();

/** CPU milliseconds used so far by this process and the browser's process tree (Linux /proc; ticks of 10 ms). */
function cpuMs(): number {
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((pid) => {
      try {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return { pid: Number(pid), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
      } catch {
        return undefined;
      }
    })
    .filter((x) => x !== undefined);
  const tree = new Set([chrome.browser.process()?.pid ?? -1]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) if (tree.has(s.ppid) && !tree.has(s.pid)) {
      tree.add(s.pid);
      grew = true;
    }
  }
  const browserTicks = stats.filter((s) => tree.has(s.pid)).reduce((a, s) => a + s.ticks, 0);
  const own = process.cpuUsage();
  return browserTicks * 10 + (own.user + own.system) / 1000;
}
const frame: NativeFrame = { fontFamily: 'sans-serif', headerLeft: 'Lillestrøm (3205)', headerRight: 'Faktaark 2024', footerLeft: NOTICE };
const html = sheetHtml();

async function throughput(label: string, job: PrintJob, parallel: number): Promise<void> {
  const printers = await Promise.all(Array.from({ length: parallel }, () => openPrinter(chrome.browser)));
  await Promise.all(printers.map((p) => p.print(job))); // warm
  let next = 0;
  const cpu0 = cpuMs();
  const t0 = process.hrtime.bigint();
  await Promise.all(
    printers.map(async (p) => {
      while (next < sheets) {
        next++;
        const r = await p.print(job);
        if (r.pdf.length === 0) throw new Error('the printer returned an empty PDF');
      }
    }),
  );
  const elapsed = ms(t0);
  const cpuPerSheet = (cpuMs() - cpu0) / sheets;
  await Promise.all(printers.map((p) => p.close()));
  console.log(
    `native ${label}, ${parallel} tab(s): ${((sheets / elapsed) * 1000).toFixed(1)} sheets/s (${sheets} in ${elapsed.toFixed(0)} ms); ` +
      `${cpuPerSheet.toFixed(0)} CPU ms/sheet → at most ${(2000 / cpuPerSheet).toFixed(1)} sheets/s on 2 idle cores`,
  );
}

const job: PrintJob = { html, mode: 'native', native: { frame } };
for (const parallel of [1, 2, 3]) await throughput('system-font header', job, parallel);
const latin400 = fontCss().split('\n').filter((l) => l.includes('font-weight: 400')).join('\n');
await throughput('Open Sans in header (fontFaceCss)', { ...job, native: { frame: { ...frame, fontFamily: "'Open Sans'", fontFaceCss: latin400 } } }, 2);
await throughput('no header/footer', { html, mode: 'native' }, 2);
// The same header/footer drawn by CSS margin boxes (page-css.ts) instead of Chrome's templates.
const cssFrame = pagedCss({ fontFamily: 'sans-serif', notice: NOTICE, defaultHead: 'Lillestrøm (3205)', margin: '18mm 15mm' }, []);
await throughput('margin-box header/footer', { html: html.replace('</style>', `${cssFrame}</style>`), mode: 'native' }, 2);

const sheet = await printPdf(chrome.browser, job);
let sheetFinal = sheet.pdf;
const editTimes: number[] = [];
const qpdfTimes: number[] = [];
for (let i = 0; i < 10; i++) {
  const te = process.hrtime.bigint();
  const edited = await editPdf(sheet.pdf, { metadata: { title: 'Faktaark', author: 'x', subject: 'y' }, headings: sheet.headings });
  editTimes.push(ms(te));
  const tq = process.hrtime.bigint();
  sheetFinal = shrinkPdf(edited);
  qpdfTimes.push(ms(tq));
}
console.log(`sheet postprocess: pdf-lib edits median ${median(editTimes).toFixed(0)} ms, qpdf median ${median(qpdfTimes).toFixed(0)} ms`);
console.log(`sheet size: ${(sheet.pdf.length / 1024).toFixed(0)} KiB from Chrome → ${(sheetFinal.length / 1024).toFixed(0)} KiB after metadata + qpdf`);

const paged: PrintJob = { html: reportHtml(), mode: 'paged', paged: { frame: { fontFamily: "'Open Sans', sans-serif", notice: NOTICE } } };
await printPdf(chrome.browser, paged); // warm
const times: number[] = [];
let report = await printPdf(chrome.browser, paged);
for (let i = 0; i < 3; i++) {
  const t0 = process.hrtime.bigint();
  report = await printPdf(chrome.browser, paged);
  times.push(ms(t0));
}
const t0 = process.hrtime.bigint();
const edited = await editPdf(report.pdf, { metadata: { title: 'Rapport', author: 'x', subject: 'y' }, headings: report.headings });
const editMs = ms(t0);
const t1 = process.hrtime.bigint();
const reportFinal = shrinkPdf(edited);
const finishMs = ms(t1);
console.log(`paged report: median ${median(times).toFixed(0)} ms for ${report.passes} prints (${times.map((x) => x.toFixed(0)).join(', ')}); pdf-lib edits ${editMs.toFixed(0)} ms, qpdf ${finishMs.toFixed(0)} ms`);
console.log(`report size: ${(report.pdf.length / 1024).toFixed(0)} KiB from Chrome → ${(reportFinal.length / 1024).toFixed(0)} KiB after metadata + qpdf`);
await chrome.close();
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
