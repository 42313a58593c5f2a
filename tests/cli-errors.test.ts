// A broken codebook or reference file ends the command with one line naming the file (exit code 2), not a stack trace.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputErrorMessage } from '../pipeline/cli-errors.ts';
import { loadCodebook } from '../pipeline/codebook/index.ts';
import { loadReference } from '../pipeline/reference/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'is248-broken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The message the command line prints for what `run` throws (undefined: not an input error). */
function messageOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (err) {
    return inputErrorMessage(err);
  }
  throw new Error('expected an error');
}

describe('input errors on the command line', () => {
  it('names the codebook file and the key', () => {
    const file = join(dir, 'codebook.yaml');
    writeFileSync(file, readFileSync('data/codebooks/is248-codebook.yaml', 'utf8').replace('years:', 'yeers:'));
    const message = messageOf(() => loadCodebook(file));
    expect(message).toContain(file);
    expect(message).toMatch(/yeers/);
  });

  it('names the reference file and line: a bad number, a missing column, a missing file', () => {
    const ref = join(dir, 'reference');
    cpSync('data/reference', ref, { recursive: true });
    const pop = join(ref, 'folketall.csv');
    const lines = readFileSync(pop, 'utf8').split('\n');
    writeFileSync(pop, [lines[0], lines[1], lines[2]!.replace(/,\d+$/, ',12x3'), ...lines.slice(3)].join('\n'));
    expect(messageOf(() => loadReference(ref))).toBe(`${pop}:3: expected an integer in column age_18pluss, found "12x3"`);

    writeFileSync(pop, lines.map((l) => l.replace(/^year,/, 'aar,')).join('\n'));
    expect(messageOf(() => loadReference(ref))).toMatch(new RegExp(`^${pop.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: no column year`));

    writeFileSync(pop, lines.join('\n'));
    rmSync(join(ref, 'malform.csv'));
    expect(messageOf(() => loadReference(ref))).toBe(`${join(ref, 'malform.csv')}: the file is missing`);
  });

  it('leaves any other error alone (a bug keeps its stack trace)', () => {
    expect(inputErrorMessage(new Error('x'))).toBeUndefined();
    expect(inputErrorMessage(new TypeError('y'))).toBeUndefined();
  });
});
