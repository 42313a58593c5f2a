import { PipelineError } from '../errors.ts';

// The print stage's error: a stable code (`print.browser-missing`, `print.page-refs-unstable`, …), a message
// and, where there is one, a location (a file, an element id).
export class PrintError extends PipelineError {
  constructor(code: string, message: string, at?: string) {
    super(code, message, at === undefined ? undefined : { at });
  }
}
