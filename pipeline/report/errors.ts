import { PipelineError } from '../errors.ts';

// The report stage's error: a stable code (`report.ref-unknown`, `report.duplicate-item`, …), a message and,
// where there is one, the template it happened in.
export class ReportError extends PipelineError {
  constructor(code: string, message: string, at?: string) {
    super(code, message, at === undefined ? undefined : { at });
  }
}
