// The generator is deterministic: the same seed twice gives the same cells (and bytes) as the committed
// data/raw; another seed gives other numbers.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../pipeline/context.ts';
import { loadReference } from '../../pipeline/reference/index.ts';
import { generateSampleYears } from '../../pipeline/sample-data/generate.ts';
import { runSampleData } from '../../pipeline/sample-data/index.ts';
import { dumpCells } from './read-workbooks.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function generate(seed: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'is248-sample-'));
  dirs.push(dir);
  const log = memoryLogger();
  expect(await runSampleData({ seed, out: dir, log })).toBe(0);
  expect(log.lines.filter((l) => l.level !== 'info')).toEqual([]);
  return dir;
}

describe('sample data: determinism', () => {
  it('gives data/raw again from seed 248, twice: same bytes each run, same cells as the committed files', async () => {
    const first = await generate(248);
    const second = await generate(248);
    const files = readdirSync('data/raw').filter((f) => f.endsWith('.xlsx') || f === 'README.md').sort();
    expect(files).toHaveLength(11);
    expect(readdirSync(first).sort()).toEqual(files);
    for (const f of files) {
      const bytes = readFileSync(join(first, f));
      expect(bytes.equals(readFileSync(join(second, f))), `${f}: two runs differ`).toBe(true);
      const committed = readFileSync(join('data/raw', f));
      // Identical bytes mean identical cells; otherwise (e.g. another zip library version) compare the cells.
      if (bytes.equals(committed)) continue;
      if (f === 'README.md') expect(bytes.toString('utf8')).toBe(committed.toString('utf8'));
      else expect(await dumpCells(join(first, f)), `${f} differs from data/raw: run npm run sample-data`).toBe(await dumpCells(join('data/raw', f)));
    }
  });

  it('gives other numbers for another seed', () => {
    const reference = loadReference('data/reference');
    const run = (seed: number) => generateSampleYears({ seed, reference, codebooks: 'data/codebooks', years: [2015, 2016] });
    const totals = (seed: number) => run(seed)[1]!.units.map((u) => u.totals?.V ?? -1);
    expect(totals(248)).toEqual(totals(248));
    expect(totals(249)).not.toEqual(totals(248));
  });

  it('refuses a seed that is not a whole number', async () => {
    const log = memoryLogger();
    expect(await runSampleData({ seed: Number.NaN, out: tmpdir(), log })).toBe(2);
    expect(log.lines[0]!.level).toBe('error');
  });
});
