// Combining shard runs: three `--shard i/3` runs into three folders, merged into one (stand-in content, fake printers).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildData } from '../../pipeline/types.ts';
import { inShard } from '../../pipeline/batch/shard.ts';
import { mergeFactsheets, MergeError } from '../../pipeline/factsheets/merge.ts';
import { sheetFiles } from '../../pipeline/factsheets/render.ts';
import { runFactsheets, type FactsheetOptions } from '../../pipeline/factsheets/run.ts';
import { parseExcelCsv } from '../util/read-csv.ts';
import { fakePrinters, sampleData, standInContent, standInUnits, testContext } from './batch-fixtures.ts';

let data: BuildData;
let root: string;
const SHARDS = 3;
const shardDir = (i: number) => join(root, `shard-${i}`);
const year = () => String(data.reportYear);

const common = () => ({ data: 'unused', buildData: data, content: standInContent(), codeKey: 'code-v1', progress: 'none' as const });
const runShard = (index: number, extra: Partial<FactsheetOptions> = {}) =>
  runFactsheets({ ...common(), out: shardDir(index), backend: () => fakePrinters(), shard: { index, count: SHARDS }, ...extra }, testContext());
const merge = (from: string[], out: string, ctx = testContext()) => {
  const noBrowser = { launch: () => Promise.reject(new Error('merge must not start a browser')) };
  return mergeFactsheets({ ...common(), from, out, backend: () => noBrowser }, ctx);
};
async function indexRows(out: string): Promise<Record<string, string>[]> {
  const { rows } = await parseExcelCsv(readFileSync(join(out, year(), 'faktaark', 'index.csv'), 'utf8'));
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

beforeAll(async () => {
  data = await sampleData();
  root = mkdtempSync(join(tmpdir(), 'factsheets-merge-'));
  for (let i = 1; i <= SHARDS; i++) expect((await runShard(i)).exitCode).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('merging shard runs', () => {
  it('each shard alone lists the other shards\' units as missing', async () => {
    const units = standInUnits(data);
    for (let i = 1; i <= SHARDS; i++) {
      const rows = await indexRows(shardDir(i));
      expect(rows.filter((r) => r['status'] === 'missing').map((r) => r['code']).sort()).toEqual(units.filter((u) => !inShard(u.code, { index: i, count: SHARDS })).map((u) => u.code).sort());
    }
  });

  it('gives one folder with every sheet, a complete index and manifest and every statistikkpakke, without a browser', async () => {
    const out = join(root, 'merged');
    const r = await merge([1, 2, 3].map(shardDir), out);
    expect(r.exitCode).toBe(0);
    expect(r.launches).toBe(0);
    const units = standInUnits(data);
    const dir = join(out, year(), 'faktaark');
    for (const u of units) for (const f of Object.values(sheetFiles(u))) expect(existsSync(join(dir, f)), f).toBe(true);
    const rows = await indexRows(out);
    expect(rows.map((row) => row['code']).sort()).toEqual(units.map((u) => u.code).sort());
    for (const row of rows) {
      expect(row['status'], row['code']).toBe('unchanged');
      expect(row['file'], row['code']).toBe(sheetFiles(units.find((u) => u.code === row['code'])!).pdf);
    }
    const manifest = JSON.parse(readFileSync(join(dir, '.manifest.json'), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(manifest.entries).sort()).toEqual(units.map((u) => u.code).sort());
    const fylker = units.filter((u) => u.kind === 'fylke');
    expect(readdirSync(join(out, year(), 'statistikkpakke')).filter((f) => f.endsWith('.xlsx'))).toEqual(fylker.map((f) => `${f.code}-${f.slug}.xlsx`));
    // The same as one unsharded run, file for file.
    const whole = join(root, 'whole');
    await runFactsheets({ ...common(), out: whole, backend: () => fakePrinters() }, testContext());
    const names = (o: string) => readdirSync(join(o, year(), 'faktaark')).filter((f) => !f.startsWith('.')).sort();
    expect(names(out)).toEqual(names(whole));
  });

  it('says which units are missing and exits 1 when a shard is left out', async () => {
    const out = join(root, 'partial');
    const ctx = testContext();
    const r = await merge([shardDir(1), shardDir(2)], out, ctx);
    const third = standInUnits(data).filter((u) => inShard(u.code, { index: 3, count: SHARDS }));
    expect(third.length).toBeGreaterThan(0);
    expect(r.exitCode).toBe(1);
    const rows = await indexRows(out);
    expect(rows.filter((row) => row['status'] === 'missing').map((row) => row['code']).sort()).toEqual(third.map((u) => u.code).sort());
    expect(ctx.log.lines.some((l) => l.level === 'error' && l.message.includes(`${third[0]!.code} (missing)`))).toBe(true);
  });

  it('merges into one of the shard folders too', async () => {
    const into = join(root, 'into-first');
    cpSync(shardDir(1), into, { recursive: true });
    const r = await merge([into, shardDir(2), shardDir(3)], into);
    expect(r.exitCode).toBe(0);
    expect((await indexRows(into)).every((row) => row['status'] === 'unchanged')).toBe(true);
  });

  it('refuses a unit that two folders hold with different content, naming both, and a folder that is not there', async () => {
    const other = join(root, 'other-run');
    cpSync(shardDir(1), other, { recursive: true });
    const manifestFile = join(other, year(), 'faktaark', '.manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { entries: Record<string, { hash: string }> };
    const code = Object.keys(manifest.entries)[0]!;
    manifest.entries[code]!.hash = 'another';
    writeFileSync(manifestFile, JSON.stringify(manifest));
    await expect(merge([shardDir(1), other], join(root, 'conflict'))).rejects.toThrow(new RegExp(`${code} is in both .*shard-1.* and .*other-run`));
    await expect(merge([join(root, 'nowhere')], join(root, 'x'))).rejects.toThrow(MergeError);
  });
});
