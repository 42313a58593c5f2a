// What the command line does with an error a command throws. A broken input file of the project itself (the
// codebook, a reference file) is the user's to fix, not a bug: one line naming the file (and key or line),
// exit code 2, no stack trace. Anything else is a bug and keeps its stack trace.
import { CodebookError } from './codebook/load.ts';
import { ReferenceFileError } from './reference/csv.ts';

/** Exit code 2: bad arguments or a broken input file; see the README's table of exit codes. */
export const EXIT_BAD_INPUT = 2;

/** The message for a known input error, or undefined for an error that is a bug. */
export function inputErrorMessage(err: unknown): string | undefined {
  if (err instanceof CodebookError || err instanceof ReferenceFileError) return err.message;
  return undefined;
}
