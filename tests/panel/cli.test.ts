// `npm start -- panel`: runs on a folder with two of the sample workbooks (kept small for speed).
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseUnitCode, runPanel } from '../../pipeline/panel/cli.ts';
import type { PanelRow } from '../../pipeline/types.ts';

const present = ['2023', '2024'].every((y) => existsSync(`data/raw/is248_${y}.xlsx`));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'panel-cli-'));
  for (const y of ['2023', '2024']) copyFileSync(`data/raw/is248_${y}.xlsx`, join(dir, `is248_${y}.xlsx`));
  return dir;
}
async function run(opts: { unit?: string; json?: boolean; year?: number; data: string }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPanel(opts, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('unit codes typed by a user', () => {
  it('restores a lost leading zero', () => {
    expect(normaliseUnitCode('301')).toBe('0301');
    expect(normaliseUnitCode('30101')).toBe('030101');
    expect(normaliseUnitCode(' 4601 ')).toBe('4601');
  });
});

describe.skipIf(!present)('panel command', () => {
  const data = present ? folder() : '';

  it('prints a unit’s years as a table, and the same rows as JSON', async () => {
    const text = await run({ data, unit: '4601' });
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^4601 Bergen — kommune, Vestland \(46\)/);
    expect(text.out).toMatch(/\n2023 .* reported|\n2023 .*(carried|estimated)/);
    expect(text.out.split('\n').filter((l) => /^20(23|24) /.test(l))).toHaveLength(2);

    const json = await run({ data, unit: '4601', json: true });
    const parsed = JSON.parse(json.out) as { unit: { code: string }; rows: PanelRow[] };
    expect(parsed.unit.code).toBe('4601');
    expect(parsed.rows.map((r) => r.year)).toEqual([2023, 2024]);
    // the table shows the JSON's total with one decimal, Norwegian style
    const total2024 = parsed.rows[1]!.total.V + parsed.rows[1]!.total.B;
    const shown = total2024.toFixed(1).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
    expect(text.out.split('\n').find((l) => l.startsWith('2024 '))).toContain(shown);
  });

  it('explains an unknown unit and exits 1', async () => {
    const r = await run({ data, unit: '1507' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Unknown unit 1507: not a kommune or Oslo bydel in the 2024 structure');
    expect(r.err).toContain('1508 Ålesund, 1580 Haram');
    const none = await run({ data, unit: '9999' });
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/Unknown unit 9999/);
  });

  it('prints national sums with the imputation counts, and Oslo as a whole for 0301', async () => {
    const n = await run({ data });
    expect(n.code).toBe(0);
    expect(n.out).toMatch(/National sums, 2024 structure/);
    expect(n.out).toMatch(/\n2024 +B /);
    const oslo = await run({ data, unit: '301', year: 2024 });
    expect(oslo.code).toBe(0);
    expect(oslo.out).toMatch(/0301 Oslo as a whole: sum of its 15 bydeler/);
    expect(oslo.out).toContain('717\u00a0710');
  });

  it('refuses a report year with no workbook', async () => {
    const r = await run({ data, year: 2019 });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/No workbook for 2019/);
  });
});
