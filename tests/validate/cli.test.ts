// `is248 validate FILE...` in a child process, as a user runs it: exit code, and output that names file,
// sheet, cell and rule, without a stack trace, for every kind of bad input.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../fixtures/check.ts';

function validate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'pipeline', 'cli.ts'), 'validate', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
}

const STACK = /^\s+at .+[:(]\d+:\d+\)?$/m;

describe('validate CLI', () => {
  it('a clean workbook: exit 0, no errors', () => {
    const r = validate(join(FIXTURES, 'clean.xlsx'), '--year', '2024');
    expect(r.code).toBe(0);
    expect(r.out).toContain('clean.xlsx: 0 errors, 0 warnings, 0 info');
    expect(r.all).not.toMatch(STACK);
  });

  it.each([
    ['sum-mismatch.xlsx', 'Årsverk!T4', 'sum.tiltak-utdanning'],
    ['unknown-code.xlsx', 'Innsending!A8', 'unit.unknown'],
    ['formula-no-result.xlsx', 'Årsverk!E6', 'value.formula-no-result'],
    ['missing-sheet.xlsx', 'Spørsmål', 'sheet.missing'],
    ['not-excel.xlsx', '', 'file.not-excel'],
  ])('%s: exit 1, names file, sheet, cell and rule', (name, place, rule) => {
    const r = validate(join(FIXTURES, name), '--year', '2024');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`x ${name}${place ? ` › ${place}` : ''}  [${rule}]`);
    expect(r.all).not.toMatch(STACK);
  });

  it('the whole corpus at once, a missing file included, with the report written', () => {
    const out = mkdtempSync(join(tmpdir(), 'is248-cli-'));
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => join(FIXTURES, f));
    const r = validate(...files, join(FIXTURES, 'no-such-file.xlsx'), '--year', '2024', '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^ {2}error +file\.not-found +1 /m);
    expect(r.out).toMatch(/^ {2}error +file\.empty +1 /m);
    expect(r.all).not.toMatch(STACK);
    expect(existsSync(join(out, 'kvalitet.html'))).toBe(true);
    expect(existsSync(join(out, 'kvalitet.xlsx'))).toBe(true);
  });

  it('reads the year from is248_<year>.xlsx and compares with the year before when both are given', () => {
    const r = validate(join(FIXTURES, 'change', 'is248_2024.xlsx'), join(FIXTURES, 'change', 'is248_2023.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('is248_2024.xlsx › Årsverk!C6  [change.large]');
  });

  it('without a year: an error that says how to give one', () => {
    const r = validate(join(FIXTURES, 'clean.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('[file.year-unknown]');
    expect(r.out).toContain('--year');
  });
});
