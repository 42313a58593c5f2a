// Output faults at the atomic-write layer: each errno a full disk, a read-only file system, a folder that is a
// file or a missing permission gives becomes an OutputError naming the path and the cause, and the file that
// was there before is left as it was, with no temporary file beside it. The fs calls are replaced here to
// raise the errors; tests/util/output-faults.test.ts produces them for real with whole commands.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OutputError, outputFs, writeFileAtomic } from '../../pipeline/util/atomic-write.ts';

const original = { ...outputFs };
const dirs: string[] = [];
afterEach(() => {
  Object.assign(outputFs, original);
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'is248-atomic-'));
  dirs.push(d);
  return d;
};
const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: simulated`), { code });

describe('writeFileAtomic on a faulty output', () => {
  it.each([
    ['ENOSPC', 'output.disk-full', /the disk holding .* is full \(ENOSPC\)/],
    ['EROFS', 'output.read-only', /is on a read-only file system \(EROFS\)/],
    ['EACCES', 'output.no-permission', /no permission to write in .* \(EACCES/],
    ['EIO', 'output.write-failed', /EIO: simulated/],
  ])('%s while writing: %s, the earlier file intact, no temporary file', (code, errorCode, message) => {
    const dir = tmp();
    const file = join(dir, 'rapport.pdf');
    writeFileSync(file, 'the earlier report');
    // The temporary file is half written when the disk fills.
    outputFs.writeFileSync = ((path: string, data: string) => {
      original.writeFileSync(path, String(data).slice(0, 3));
      throw errno(code);
    }) as typeof outputFs.writeFileSync;
    let error: unknown;
    try {
      writeFileAtomic(file, 'the new report');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect(error).toMatchObject({ code: errorCode, path: file });
    expect((error as Error).message).toMatch(new RegExp(`^cannot write ${file}: `));
    expect((error as Error).message).toMatch(message);
    expect(readFileSync(file, 'utf8')).toBe('the earlier report');
    expect(readdirSync(dir)).toEqual(['rapport.pdf']);
  });

  it('names the file that stands where a folder should be (real ENOTDIR, no simulation)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'output'), 'a file, not a folder');
    expect(() => writeFileAtomic(join(dir, 'output', '2024', 'kvalitet', 'kvalitet.html'), 'x')).toThrow(
      new RegExp(`cannot write ${dir}/output/2024/kvalitet/kvalitet.html: ${dir}/output is a file, not a folder \\(ENOTDIR\\)`),
    );
    expect(readFileSync(join(dir, 'output'), 'utf8')).toBe('a file, not a folder');
  });

  it('names a folder that stands where the file should be (real EISDIR)', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'index.html'));
    expect(() => writeFileAtomic(join(dir, 'index.html'), 'x')).toThrow(OutputError);
    expect(readdirSync(dir)).toEqual(['index.html']);
  });
});
