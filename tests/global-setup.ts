// Every temporary file of a test run in one folder, removed when the run ends: tests (and the browsers they
// start) make folders with mkdtemp(os.tmpdir()), and a test that fails or is killed may not remove its own.
// os.tmpdir() follows TMPDIR, which the test workers inherit from here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const before = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), 'is248-tests-'));
  process.env['TMPDIR'] = dir;
  return () => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  };
}
