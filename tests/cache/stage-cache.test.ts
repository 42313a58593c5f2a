import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedStage, hashParts, stableJson } from '../../pipeline/cache/index.ts';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'is248-cache-'));
}

describe('stage cache', () => {
  it('reuses an artifact when inputs are unchanged and recomputes when a file changes', async () => {
    const dir = tmp();
    const input = join(dir, 'input.txt');
    writeFileSync(input, 'a');
    const cache = { dir: join(dir, '.cache'), read: true };
    let calls = 0;
    const compute = () => ({ n: ++calls });

    const first = await cachedStage(cache, 'ingest', '2024', [{ file: input }], compute);
    const second = await cachedStage(cache, 'ingest', '2024', [{ file: input }], compute);
    expect(first.hit).toBe(false);
    expect(second.hit).toBe(true);
    expect(second.value).toEqual({ n: 1 });

    writeFileSync(input, 'b');
    const third = await cachedStage(cache, 'ingest', '2024', [{ file: input }], compute);
    expect(third.hit).toBe(false);
    expect(third.value).toEqual({ n: 2 });
    // The stale artifact is gone: one file per stage and name.
    expect(readdirSync(join(cache.dir, 'ingest'))).toHaveLength(1);
  });

  it('recomputes when the code folder changes, and always when reading is off', async () => {
    const dir = tmp();
    const code = join(dir, 'code');
    const cache = { dir: join(dir, '.cache'), read: true };
    mkdirSync(code);
    writeFileSync(join(code, 'stage.ts'), 'export const x = 1;');
    let calls = 0;
    await cachedStage(cache, 's', 'n', [{ dir: code }], () => ++calls);
    writeFileSync(join(code, 'stage.ts'), 'export const x = 2;');
    await cachedStage(cache, 's', 'n', [{ dir: code }], () => ++calls);
    await cachedStage({ ...cache, read: false }, 's', 'n', [{ dir: code }], () => ++calls);
    expect(calls).toBe(3);
  });

  it('names files and folders relative to the project root: a moved checkout keeps its keys', () => {
    const layout = (root: string, content: string): { file: string; dir: string } => {
      mkdirSync(join(root, 'data', 'raw'), { recursive: true });
      mkdirSync(join(root, 'pipeline', 'ingest'), { recursive: true });
      writeFileSync(join(root, 'data', 'raw', 'is248_2024.xlsx'), content);
      writeFileSync(join(root, 'pipeline', 'ingest', 'read.ts'), 'export const x = 1;');
      return { file: join(root, 'data', 'raw', 'is248_2024.xlsx'), dir: join(root, 'pipeline', 'ingest') };
    };
    const [a, b, c] = [tmp(), tmp(), tmp()];
    const keyOf = (root: string, p: { file: string; dir: string }) => hashParts([{ file: p.file }, { dir: p.dir, ext: ['.ts'] }], root);
    const here = layout(a, 'workbook');
    // The same files at another place: the same key.
    expect(keyOf(b, layout(b, 'workbook'))).toBe(keyOf(a, here));
    // Other content, or the same content under another name, is another key.
    expect(keyOf(c, layout(c, 'workbook, corrected'))).not.toBe(keyOf(a, here));
    expect(hashParts([{ file: here.file }], a)).not.toBe(hashParts([{ file: here.file }], join(a, 'data')));
  });

  it('hashes values independently of key order', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    expect(hashParts([{ value: { a: 1, b: 2 } }])).toBe(hashParts([{ value: { b: 2, a: 1 } }]));
    expect(hashParts([{ value: { a: 1 } }])).not.toBe(hashParts([{ value: { a: 2 } }]));
  });
});
