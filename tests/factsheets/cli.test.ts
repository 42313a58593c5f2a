// `npm run factsheets` end to end with the real content and a real browser, on three units.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceClosure } from '../../pipeline/stage/code-key.ts';
import { DEFAULT_PATHS, PROJECT_ROOT } from '../../pipeline/paths.ts';
import { loadProject } from '../../pipeline/project/index.ts';

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'factsheets-cli-'));
  // Start from the cached data stages when there are any (the CLI computes them otherwise).
  const cache = join(DEFAULT_PATHS.out, '.cache');
  if (existsSync(cache)) cpSync(cache, join(out, '.cache'), { recursive: true });
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const command = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'pipeline/cli.ts'), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 110_000,
  });
const cli = (...args: string[]) => command('factsheets', '--out', out, ...args);

describe('factsheets command', () => {
  it('renders the chosen units to PDF and HTML, lists them in the index and the statistikkpakke, and renders nothing the second time', () => {
    const first = cli('--unit', '4601,030101', '--unit', '46');
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/3 selected, 3 rendered, 0 unchanged, 0 failed/);

    const year = readdirSync(out).find((d) => /^\d{4}$/.test(d))!;
    const dir = join(out, year, 'faktaark');
    const rows = readFileSync(join(dir, 'index.csv'), 'utf8').trim().split('\r\n').map((l) => l.split(';'));
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const byCode = new Map(rows.slice(1).map((r) => [r[col('code')]!, r]));
    expect(byCode.size).toBeGreaterThan(370); // every unit of the year is listed
    for (const code of ['4601', '030101', '46']) {
      const row = byCode.get(code)!;
      expect(row[col('status')]).toBe('rendered');
      const file = row[col('file')]!;
      expect(file).toMatch(new RegExp(`^${code}-[a-z0-9-]+\\.pdf$`));
      expect(existsSync(join(dir, file.replace(/\.pdf$/, '.html')))).toBe(true);
    }
    expect(byCode.get('4601')![col('kind')]).toBe('kommune');
    expect(byCode.get('030101')![col('kind')]).toBe('bydel');
    expect(byCode.get('46')![col('kind')]).toBe('fylke');
    expect(byCode.get('0301')![col('status')]).toBe('missing');
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toHaveLength(3);
    expect(readdirSync(join(out, year, 'statistikkpakke')).filter((f) => f.endsWith('.xlsx')).sort()).toEqual(['03-oslo.xlsx', '46-vestland.xlsx']);

    const again = cli('--unit', '4601,030101,46');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/3 selected, 0 rendered, 3 unchanged, 0 failed/);
  });

  it('merges a run\'s folder into the folder given with merge\'s own --out, with an index from the sheets there', () => {
    const into = mkdtempSync(join(tmpdir(), 'factsheets-merge-'));
    try {
      cpSync(join(out, '.cache'), join(into, '.cache'), { recursive: true });
      const merged = command('factsheets', 'merge', out, '--out', into);
      // The other units have no sheet: exit 1, naming them.
      expect(merged.status).toBe(1);
      expect(merged.stderr).toMatch(/have no up-to-date sheet after the merge: 00 \(missing\)/);
      const year = readdirSync(out).find((d) => /^\d{4}$/.test(d))!;
      const rows = readFileSync(join(into, year, 'faktaark', 'index.csv'), 'utf8').trim().split('\r\n').map((l) => l.split(';'));
      const status = rows[0]!.indexOf('status');
      const listed = rows.slice(1).filter((r) => r[status] === 'unchanged').map((r) => r[0]);
      expect(listed.sort()).toEqual(['030101', '46', '4601']);
      expect(readdirSync(join(into, year, 'faktaark')).filter((f) => f.endsWith('.pdf'))).toHaveLength(3);
      // The statistikkpakke is made from the data for every fylke (not collected from the shard folders).
      const pakke = readdirSync(join(into, year, 'statistikkpakke')).filter((f) => f.endsWith('.xlsx'));
      expect(pakke).toHaveLength(15);
      expect(pakke).toEqual(expect.arrayContaining(['03-oslo.xlsx', '46-vestland.xlsx']));
    } finally {
      rmSync(into, { recursive: true, force: true });
    }
  });

  it('has readable, compact, 2–4 page PDFs with the unit in the title', async () => {
    const year = readdirSync(out).find((d) => /^\d{4}$/.test(d))!;
    const dir = join(out, year, 'faktaark');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.pdf'))) {
      const bytes = readFileSync(join(dir, file));
      // Structure elements in compressed object streams: ~100–160 KB a sheet (Chrome writes ~180–260 KB).
      expect(bytes.toString('latin1')).toMatch(/\/Type \/ObjStm/);
      expect(bytes.length, file).toBeLessThan(200_000);
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
      expect(pdf.getPageCount()).toBeLessThanOrEqual(4);
      expect(pdf.getTitle()).toBeTruthy();
      // The institution that writes the report (report.yaml).
      expect(pdf.getAuthor()).toBe(loadProject().institution);
    }
  });

  it('refuses bad arguments with exit code 2 and a message', () => {
    const bad = cli('--unit', '46x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--unit takes codes of digits/);
    const unknown = cli('--unit', '9999');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/no such unit.*9999/);
    const shard = cli('--shard', '3/2');
    expect(shard.status).toBe(2);
    expect(shard.stderr).toMatch(/--shard takes i\/n/);
    // Commander's own errors too (exit 1 by default).
    const option = cli('--no-such-option');
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/unknown option '--no-such-option'/);
    const missing = command('factsheets', 'merge');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing required argument 'dirs'/);
    const folder = command('factsheets', 'merge', join(out, 'not-a-run'), '--out', out);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/not-a-run.*does not exist/);
  });
});

describe('the fact-sheet command without work to do', () => {
  it('loads neither the browser nor the PDF and workbook libraries before it knows a sheet must be made', () => {
    // A rerun with nothing changed loads the CLI and run.ts only; puppeteer, pdf-lib and exceljs are imported
    // when something is rendered (they made the rerun ~1 s slower: ~600 module files).
    const c = sourceClosure([join(PROJECT_ROOT, 'pipeline/factsheets/cli.ts'), join(PROJECT_ROOT, 'pipeline/factsheets/run.ts')], { dynamic: false });
    for (const heavy of ['puppeteer', 'puppeteer-core', 'pdf-lib', 'exceljs', 'vega', 'vega-lite', 'handlebars']) expect(c.packages).not.toContain(heavy);
  });
});
