// The preview's live reload, measured: a preview server on temporary copies of the workbooks and templates
// (and of output/.cache, so it starts warm), a headless browser on one page, then edits saved one after the
// other; each time, from the save to the open page reloaded and laid out by itself (the moment the page
// marks itself ready, stamped in the page). Used by `npm run bench`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { Context } from '../pipeline/context.ts';
import { outputLayout } from '../pipeline/layout.ts';
import { DEFAULT_PATHS } from '../pipeline/paths.ts';
import { pipelineSource, startPreview } from '../pipeline/preview/index.ts';
import { launchBrowser } from '../pipeline/print/index.ts';
import { editWorkbook } from '../tests/preview/edit-workbook.ts';

export interface ReloadTimes {
  page: string;
  what: 'data' | 'template';
  /** Milliseconds from the save to the page laid out again, one per edit. */
  ms: number[];
}


/** Epoch ms at which the page (a new document after a reload) marked itself ready. */
const READY_STAMP = `
  new MutationObserver((_, obs) => {
    if (document.documentElement.hasAttribute('data-preview-ready')) { window.__readyAt = Date.now(); obs.disconnect(); }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-preview-ready'] });`;

async function timeReload(page: Page, save: () => void | Promise<void>, timeoutMs = 60_000): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __old: boolean }).__old = true));
  const saved = Date.now();
  await save();
  await page.waitForFunction(() => !(window as unknown as { __old?: boolean }).__old && (window as unknown as { __readyAt?: number }).__readyAt !== undefined, {
    timeout: timeoutMs,
    polling: 50,
  });
  const readyAt = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  return readyAt - saved;
}

export async function benchPreviewReload(opts: { unit: string; edits: number; ctx: Context }): Promise<ReloadTimes[]> {
  const dir = mkdtempSync(join(tmpdir(), 'is248-bench-preview-'));
  cpSync(DEFAULT_PATHS.templates, join(dir, 'templates'), { recursive: true });
  cpSync(DEFAULT_PATHS.data, join(dir, 'data'), { recursive: true });
  const cache = outputLayout(DEFAULT_PATHS.out).cache;
  if (existsSync(cache)) cpSync(cache, outputLayout(join(dir, 'output')).cache, { recursive: true });
  const ctx: Context = { ...opts.ctx, root: dir };
  const source = pipelineSource({ data: join(dir, 'data'), out: join(dir, 'output'), templates: join(dir, 'templates'), review: join(dir, 'review') }, ctx);
  const preview = await startPreview({ source, host: '127.0.0.1', port: 0 }, ctx);
  const chrome = await launchBrowser({ offline: false });
  const results: ReloadTimes[] = [];
  try {
    const page = await chrome.browser.newPage();
    await page.setViewport({ width: 1200, height: 1000 });
    await page.evaluateOnNewDocument(READY_STAMP);
    const workbook = join(dir, 'data', `is248_${(await preview.site.project()).year}.xlsx`);
    const css = join(dir, 'templates', 'factsheet', 'style.css');
    const open = async (path: string) => {
      await page.goto(`${preview.url}${path}`, { waitUntil: 'load' });
      await page.waitForSelector('html[data-preview-ready]', { timeout: 120_000 });
      await preview.changes.last;
      await new Promise((r) => setTimeout(r, 3_000)); // the warm-up (every sheet's hash, the report) is done
    };
    const settle = async () => {
      await preview.changes.last; // the report's second step too
      await new Promise((r) => setTimeout(r, 500));
    };
    const runs: { path: string; page: string; what: ReloadTimes['what']; save: (i: number) => Promise<void> | void }[] = [
      { path: `factsheet/${opts.unit}`, page: `factsheet:${opts.unit}`, what: 'data', save: () => editWorkbook(workbook, opts.unit, 1) },
      {
        path: `factsheet/${opts.unit}`,
        page: `factsheet:${opts.unit}`,
        what: 'template',
        save: (i) => writeFileSync(css, `${readFileSync(css, 'utf8')}\n/* bench edit ${i} */\n`),
      },
      { path: '', page: 'index', what: 'data', save: () => editWorkbook(workbook, opts.unit, 1) },
      { path: 'report/sammendrag', page: 'report:sammendrag', what: 'data', save: () => editWorkbook(workbook, opts.unit, 1) },
    ];
    for (const run of runs) {
      await open(run.path);
      const ms: number[] = [];
      for (let i = 0; i < opts.edits; i++) {
        ms.push(await timeReload(page, () => run.save(i)));
        await settle();
      }
      results.push({ page: run.page, what: run.what, ms });
    }
  } finally {
    await chrome.close();
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
