// Writes a file atomically: to a temporary file beside the target, then rename. A crash or a failing
// unit never leaves a half-written output behind.
//
// An output that cannot be written (a full disk, a read-only file system, a folder that is a file, no
// permission) throws an OutputError naming the path and what is wrong; the file that was there before is
// untouched (the temporary file is removed), so every earlier output stays as it was.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PipelineError } from '../errors.ts';

export type OutputErrorCode = 'output.disk-full' | 'output.read-only' | 'output.not-a-folder' | 'output.is-a-folder' | 'output.no-permission' | 'output.write-failed';

/** An output file that could not be written; the message names the path and the cause. */
export class OutputError extends PipelineError {
  constructor(
    code: OutputErrorCode,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, undefined, options);
  }
}

/** The fs layer (replaced in tests to simulate a fault the machine cannot produce on demand). */
export const outputFs = { mkdirSync, writeFileSync, renameSync };

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  try {
    outputFs.mkdirSync(dirname(file), { recursive: true });
  } catch (err) {
    throw outputError(err, file);
  }
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    outputFs.writeFileSync(tmp, data);
    outputFs.renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw outputError(err, file);
  }
}

/** What an fs error means for the output `file`, in words. */
export function outputError(err: unknown, file: string): OutputError {
  const code = (err as NodeJS.ErrnoException).code;
  const cannot = `cannot write ${file}`;
  const make = (c: OutputErrorCode, what: string): OutputError => new OutputError(c, file, `${cannot}: ${what}`, { cause: err });
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return make('output.disk-full', `the disk holding ${dirname(file)} is full (${code}); free space or choose another --out`);
    case 'EROFS':
      return make('output.read-only', `${dirname(file)} is on a read-only file system (EROFS); choose another --out`);
    case 'ENOTDIR':
    case 'EEXIST': {
      const blocker = fileInTheWay(dirname(file));
      return make('output.not-a-folder', `${blocker ?? dirname(file)} is a file, not a folder (${code}); move it or choose another --out`);
    }
    case 'EISDIR':
      return make('output.is-a-folder', `a folder of that name is in the way (EISDIR)`);
    case 'EACCES':
    case 'EPERM':
      return make('output.no-permission', `no permission to write in ${dirname(file)} (${code}; read-only or immutable folder?)`);
    default:
      return make('output.write-failed', err instanceof Error ? err.message : String(err));
  }
}

/** The nearest existing ancestor of `dir` (or `dir` itself) when it is not a folder. */
function fileInTheWay(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    try {
      return statSync(d).isDirectory() ? undefined : d;
    } catch {
      if (dirname(d) === d) return undefined;
    }
  }
}
