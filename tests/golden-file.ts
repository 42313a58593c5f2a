// Golden files: compare a test's output with a stored file, or write it when UPDATE_GOLDEN=1 (then review the
// diff). Used by the report's chart cases (tests/charts/golden.test.ts) and the fact sheets' (tests/factsheets/svg).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export const UPDATE_GOLDEN = process.env['UPDATE_GOLDEN'] === '1';

export function golden(path: string, actual: string, what: string): void {
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden file ${path}; run with UPDATE_GOLDEN=1 to create it`);
  expect(actual, `${what} differs from the golden file`).toBe(readFileSync(path, 'utf8'));
}
